import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { buildUnitFields, registrationForm } from '../helpers/units';

// Issue 11 item 5: nothing under /api that may hold personal data is kept by a browser or a proxy.
let t: TestApp;
let admin: ApiClient;
let jigou: ApiClient;
let auditor: ApiClient;
let unit: { id: number; materials: { id: number; field: string }[] };
beforeAll(async () => {
  t = await startTestApp();
  [admin, jigou, auditor] = await Promise.all([t.login('admin'), t.login('jigou01'), t.login('auditor')]);
  const res = await jigou.post('/api/units', registrationForm(buildUnitFields()));
  expect(res.status).toBe(201);
  unit = res.body;
});
afterAll(() => t.close());

const cacheOf = async (client: ApiClient, path: string, expectStatus: number) => {
  const res = await client.raw(path);
  expect(res.status, path).toBe(expectStatus);
  await res.arrayBuffer();
  return res.headers.get('cache-control');
};

describe('Cache-Control on /api', () => {
  it('when a list, a record or a reveal is read, then no-store', async () => {
    expect(await cacheOf(jigou, '/api/units?range=[0,9]', 200)).toBe('no-store');
    expect(await cacheOf(jigou, `/api/units/${unit.id}`, 200)).toBe('no-store');
    expect(await cacheOf(jigou, `/api/units/${unit.id}/pii?reason=核对身份信息`, 200)).toBe('no-store');
    expect(await cacheOf(admin, '/api/staff', 200)).toBe('no-store');
    expect(await cacheOf(admin, '/api/auth/me', 200)).toBe('no-store');
  });

  it('when the audit log is exported as CSV, then no-store', async () => {
    expect(await cacheOf(auditor, '/api/audit-logs/export', 200)).toBe('no-store');
  });

  it('when the answer is an error (401, 403, 404, 400), then no-store too', async () => {
    expect(await cacheOf(t.anonymous(), '/api/units', 401)).toBe('no-store');
    expect(await cacheOf(jigou, '/api/staff', 403)).toBe('no-store');
    expect(await cacheOf(jigou, '/api/units/999999', 404)).toBe('no-store');
    expect(await cacheOf(jigou, '/api/no-such-thing', 404)).toBe('no-store');
    expect(await cacheOf(jigou, '/api/units?sort=x', 400)).toBe('no-store');
    expect(await cacheOf(jigou, '/api/units/%E0%A4%A', 400)).toBe('no-store');
  });

  it('when an uploaded material (licence, ID photo, letter) is downloaded, then no-store: every stored file is personal', async () => {
    expect(unit.materials.map((m) => m.field).sort()).toEqual(['authorizationLetter', 'businessLicense', 'handlerId']);
    for (const m of unit.materials) expect(await cacheOf(jigou, `/api/files/${m.id}`, 200), m.field).toBe('no-store');
  });

  it('when the health check or the intake answers, then no-store as well (one rule for the whole /api)', async () => {
    expect(await cacheOf(t.anonymous(), '/api/health', 200)).toBe('no-store');
    expect(await cacheOf(t.anonymous(), '/api/intake/appeals/1/supplement', 401)).toBe('no-store');
  });
});
