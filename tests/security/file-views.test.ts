import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditLogs, files } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { tinyPng } from '../helpers/fixtures';
import { buildAppealFields, buildAppealMaterials, intakeAppeal } from '../helpers/appeals';
import { buildUnitFields, registrationForm } from '../helpers/units';

/**
 * Opening a material that shows an ID number is a reveal of personal data, like a /pii answer: it
 * writes an audit row naming the material, the file and the record, and counts against the same
 * per-staff hourly limit (业务设置 pii.revealLimitPerHour), beyond which both answer 429 — audited too.
 */
let t: TestApp;
let kefu01: ApiClient;

const ID_NUMBER = '11010519491231002X';
// The rule, written out: the ID card photos, the window's 办理人身份证 and the authorisation letters
// (they carry the signatories' ID numbers) are reveals; the business licence shows no ID number.
const SHOWS_ID = [
  'legalRepIdFront',
  'legalRepIdBack',
  'operatorIdFront',
  'operatorIdBack',
  'operatorHoldingId',
  'authorizationLetter',
];

beforeAll(async () => {
  t = await startTestApp();
  kefu01 = await t.login('kefu01');
});
afterAll(() => t.close());

async function submitAppeal() {
  // The ID number as the photo's file name: it must not reach the audit log through the summary.
  const res = await intakeAppeal(
    t,
    buildAppealFields({ idNumber: ID_NUMBER }),
    buildAppealMaterials({ operatorIdFront: [tinyPng(), `${ID_NUMBER}.png`] }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}
const fileOf = (ownerType: string, ownerId: number, field: string) =>
  t.db
    .select()
    .from(files)
    .where(and(eq(files.ownerType, ownerType), eq(files.ownerId, ownerId), eq(files.field, field)))
    .get()!;
const viewsOf = (fileId: number) =>
  t.db
    .select()
    .from(auditLogs)
    .where(like(auditLogs.summary, `%（文件 #${fileId}）`))
    .all();

describe('audited file views', () => {
  it('when an agent opens each appeal material, then exactly the ones showing an ID number write a files.view row naming material, file and appeal', async () => {
    const id = await submitAppeal();
    for (const field of Object.keys(buildAppealMaterials())) {
      const file = fileOf('appeals', id, field);
      const res = await kefu01.raw(`/api/files/${file.id}`);
      expect(res.status, field).toBe(200);
      await res.arrayBuffer();
      const rows = viewsOf(file.id);
      if (!SHOWS_ID.includes(field)) {
        expect(rows, field).toHaveLength(0);
        continue;
      }
      expect(rows, field).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'files.view',
        resource: 'appeals',
        resourceId: String(id),
        actorName: expect.any(String),
      });
      expect(rows[0].summary).toMatch(new RegExp(`^查看材料「.+」（文件 #${file.id}）$`));
      expect(rows[0].summary).not.toContain(ID_NUMBER);
    }
    expect(viewsOf(fileOf('appeals', id, 'operatorIdFront').id)[0].summary).toBe(
      `查看材料「经办人身份证（人像面）」（文件 #${fileOf('appeals', id, 'operatorIdFront').id}）`,
    );
  });

  it('when a clerk downloads the window registration’s 办理人身份证, then the row is on the unit and says 下载', async () => {
    const jigou = await t.login('jigou01');
    const res = await jigou.post('/api/units', registrationForm(buildUnitFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const file = fileOf('units', res.body.id, 'handlerId');
    expect((await jigou.raw(`/api/files/${file.id}?download`)).status).toBe(200);
    expect(viewsOf(file.id)).toMatchObject([
      {
        action: 'files.view',
        resource: 'units',
        resourceId: String(res.body.id),
        summary: `下载材料「办理人身份证」（文件 #${file.id}）`,
      },
    ]);
  });

  it('when the caller may not see the owner, then 404 and no row: a refusal reveals nothing', async () => {
    const id = await submitAppeal();
    const file = fileOf('appeals', id, 'legalRepIdFront');
    const jigou = await t.login('jigou01');
    expect((await jigou.get(`/api/files/${file.id}`)).status).toBe(404);
    expect(viewsOf(file.id)).toHaveLength(0);
  });
});

describe('the PII reveal limit', () => {
  const MIN = 60_000;
  // Sessions idle out after 30 minutes: each test starts two hours after the last reveals, signs in
  // afresh, and moves the clock by less than that between requests.
  async function freshHour() {
    t.clock.advance(120 * MIN);
    const [adm, a, b] = await Promise.all([t.login('admin'), t.login('kefu01'), t.login('kefu02')]);
    return {
      adm,
      kefu01: a,
      kefu02: b,
      setLimit: (value: number) => adm.put('/api/settings/pii.revealLimitPerHour', { value }),
    };
  }

  it('when an agent passes the hourly limit, then ID photos and /pii both answer 429, each refusal is audited, and places come back as reveals leave the hour', async () => {
    const id = await submitAppeal();
    const photo = fileOf('appeals', id, 'legalRepIdFront');
    const licence = fileOf('appeals', id, 'businessLicense');
    const { kefu01, kefu02, setLimit } = await freshHour();
    expect((await setLimit(3)).status).toBe(200);
    try {
      expect((await kefu02.get(`/api/files/${photo.id}`)).status).toBe(200);
      t.clock.advance(10 * MIN);
      expect((await kefu02.get(`/api/appeals/${id}/pii?reason=核对身份信息`)).status).toBe(200);
      t.clock.advance(10 * MIN);
      expect((await kefu02.get(`/api/files/${photo.id}?download`)).status).toBe(200);

      const refusedFile = await kefu02.get(`/api/files/${photo.id}`);
      expect(refusedFile.status).toBe(429);
      expect(refusedFile.body.message).toMatch(/已达 3 次上限，请约 40 分钟后再试/);
      const refusedPii = await kefu02.get(`/api/appeals/${id}/pii?reason=核对身份信息`);
      expect(refusedPii.status).toBe(429);
      expect(JSON.stringify(refusedPii.body)).not.toContain(ID_NUMBER);
      // What shows no ID number is not a reveal and stays open.
      expect((await kefu02.get(`/api/files/${licence.id}`)).status).toBe(200);
      // The limit is per staff member: another agent still sees the photo.
      expect((await kefu01.get(`/api/files/${photo.id}`)).status).toBe(200);

      const refusals = t.db.select().from(auditLogs).where(like(auditLogs.action, '%_refused')).all();
      expect(refusals.map((r) => [r.action, r.resource, r.resourceId, r.actorName])).toEqual([
        ['files.view_refused', 'appeals', String(id), expect.any(String)],
        ['appeals.pii_reveal_refused', 'appeals', String(id), expect.any(String)],
      ]);
      expect(refusals[0].summary).toBe(
        `超出每小时 3 次上限，未予显示：查看材料「法人身份证（人像面）」（文件 #${photo.id}）`,
      );

      t.clock.advance(20 * MIN);
      expect((await kefu02.get(`/api/files/${photo.id}`)).status).toBe(429);
      // The first reveal leaves the hour; refused attempts never counted, so exactly one place opens.
      t.clock.advance(20 * MIN + 1);
      expect((await kefu02.get(`/api/appeals/${id}/pii?reason=核对身份信息`)).body.idNumber).toBe(ID_NUMBER);
      expect((await kefu02.get(`/api/files/${photo.id}`)).status).toBe(429);
    } finally {
      await setLimit(120);
    }
  });

  it('when one place is left and five views race for it, then exactly one is served', async () => {
    const id = await submitAppeal();
    const photo = fileOf('appeals', id, 'operatorHoldingId');
    const { kefu02, setLimit } = await freshHour();
    expect((await setLimit(2)).status).toBe(200);
    try {
      expect((await kefu02.get(`/api/files/${photo.id}`)).status).toBe(200);
      const statuses = await Promise.all(
        Array.from({ length: 5 }, () => kefu02.get(`/api/files/${photo.id}`).then((r) => r.status)),
      );
      expect(statuses.sort()).toEqual([200, 429, 429, 429, 429]);
    } finally {
      await setLimit(120);
    }
  });

  it('when the limit is set out of range, then 400 and the old value stays', async () => {
    const { adm, setLimit } = await freshHour();
    expect((await setLimit(0)).status).toBe(400);
    expect((await adm.get('/api/settings/pii.revealLimitPerHour')).body).toMatchObject({ value: 120, default: 120 });
  });
});
