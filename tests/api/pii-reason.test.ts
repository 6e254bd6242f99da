import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { seedUnit } from '../helpers/units';
import { submitAppeal } from '../helpers/appeals';

let t: TestApp;
let jigou: ApiClient;
let kefu: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
  kefu = await t.login('kefu01');
});
afterAll(() => t.close());

const reveals = (resource: string, id: number) =>
  t.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resource, resource), eq(auditLogs.resourceId, String(id))))
    .all()
    .filter((r) => r.action.endsWith('.pii_reveal'));

describe('a PII reveal says why', () => {
  it('when /pii is asked without a reason (or a blank or one-character one), then 400 on reason, nothing is shown and nothing is audited', async () => {
    const unitId = seedUnit(t, { status: 'active' });
    const appealId = await submitAppeal(t);
    for (const [client, path, resource, id] of [
      [jigou, `/api/units/${unitId}/pii`, 'units', unitId],
      [kefu, `/api/appeals/${appealId}/pii`, 'appeals', appealId],
    ] as const) {
      for (const query of ['', '?reason=', '?reason=%20%20', '?reason=查']) {
        const res = await client.get(`${path}${query}`);
        expect(res.status, `${path}${query}`).toBe(400);
        expect(res.body.errors.reason).toBeTruthy();
        expect(JSON.stringify(res.body)).not.toContain('11010519491231002X');
      }
      expect(reveals(resource, id)).toHaveLength(0);
    }
  });

  it('when a reason is given, then the full data is shown and the audit row records the reason', async () => {
    const unitId = seedUnit(t, { status: 'active' });
    const res = await jigou.get(`/api/units/${unitId}/pii?${new URLSearchParams({ reason: '电话联系当事人' })}`);
    expect(res.status).toBe(200);
    expect(res.body.idNumber).toBe('11010519491231002X');
    const rows = reveals('units', unitId);
    expect(rows).toHaveLength(1);
    expect(rows[0].summary).toContain('查看原因：电话联系当事人');
  });

  it('when the other /pii endpoints are asked without a reason, then each answers 400 too', async () => {
    for (const path of ['/api/operators/1/pii', '/api/institutions/1/pii'])
      expect((await jigou.get(path)).status, path).toBe(400);
    const reviewer = await t.login('shenhe_unit');
    expect((await reviewer.get('/api/title-applications/1/pii')).status).toBe(400);
  });
});
