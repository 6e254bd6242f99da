import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditLogs, legacyAccounts, notifications, operators, unitChanges, units } from '../../db/schema';
import { createRng } from '../../db/seed/random';
import { LEGACY_DEMO_PASSWORD, legacyCsv, legacyFileRow, type LegacyFileRow } from '../../db/seed/legacyAccounts';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { multipart, residentIdFor } from '../helpers/fixtures';
import { hall } from '../helpers/seals';
import { seedUnit } from '../helpers/units';

let t: TestApp;
let jigou: ApiClient;
let admin: ApiClient;
let kefu: ApiClient;
let intake: ApiClient;
const rng = createRng(314);
let n = 1000;
const row = (over: Partial<LegacyFileRow> & { password?: string } = {}) => legacyFileRow(rng, ++n, over);

beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
  admin = await t.login('admin');
  kefu = await t.login('kefu01');
  intake = hall(t);
});
afterAll(() => t.close());

const upload = (c: ApiClient, body: string | Buffer, name = 'accounts.csv') =>
  c.post('/api/legacy-accounts/import', multipart({}, { file: [Buffer.from(body), name] }));
const count = () => t.db.select().from(legacyAccounts).all().length;
const accountOf = (uscc: string) => t.db.select().from(legacyAccounts).where(eq(legacyAccounts.uscc, uscc)).get()!;

async function imported(...rows: LegacyFileRow[]) {
  const res = await upload(jigou, legacyCsv(rows));
  expect(res.status).toBe(200);
  expect(res.body.imported).toBe(rows.length);
  return rows;
}

const upgradeBody = (r: LegacyFileRow, over: Record<string, unknown> = {}) => ({
  uscc: r.uscc,
  legacySystem: r.legacySystem,
  legacyPassword: LEGACY_DEMO_PASSWORD,
  legalRepName: r.legalRepName,
  legalRepIdType: 'resident_id',
  legalRepIdNumber: residentIdFor(++n),
  admin: { name: '周管理', idType: 'resident_id', idNumber: residentIdFor(++n), phone: '13900001111' },
  ...over,
});

describe('importing an old system’s account list (导入历史账号)', () => {
  it('when every row is right, then all are imported, an audit row says how many, and the list shows them without hashes', async () => {
    const rows = [row(), row({ passwordAlgo: 'md5' }), row()];
    const res = await upload(jigou, legacyCsv(rows));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 3, skipped: [] });
    const audit = t.db.select().from(auditLogs).where(eq(auditLogs.action, 'legacyAccounts.import')).all().at(-1)!;
    expect(audit.summary).toContain('导入 3 条，跳过 0 条');
    const list = await jigou.get(
      `/api/legacy-accounts?filter=${encodeURIComponent(JSON.stringify({ q: rows[1].uscc }))}`,
    );
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ uscc: rows[1].uscc, weakHash: true, upgraded: false, locked: false });
    expect(list.body[0]).not.toHaveProperty('passwordHash');
    expect(list.body[0]).not.toHaveProperty('passwordSalt');
  });

  it('when the header uses the Chinese titles in another order, then the rows are read by title', async () => {
    const r = row();
    const zhHeader = '法定代表人,统一社会信用代码,单位名称,原系统,原账号,密码算法,盐值,密码摘要';
    const line = [
      r.legalRepName,
      r.uscc,
      r.name,
      r.legacySystem,
      r.legacyAccount,
      r.passwordAlgo,
      r.passwordSalt,
      r.passwordHash,
    ].join(',');
    const res = await upload(jigou, `\uFEFF${zhHeader}\n${line}\n`);
    expect(res.body).toEqual({ imported: 1, skipped: [] });
    expect(accountOf(r.uscc).legalRepName).toBe(r.legalRepName);
  });

  it('when rows are wrong, then the good ones are imported and each bad one is reported with its file row and reason', async () => {
    const unitUscc = t.db
      .select()
      .from(units)
      .where(eq(units.id, seedUnit(t)))
      .get()!.uscc;
    const [already] = await imported(row());
    const good = row();
    const dupInFile = row();
    const rows = [
      good, // row 2
      row({ uscc: '91220102MA0000000X' }), // 3 bad check character
      row({ passwordAlgo: 'sha1' as never }), // 4
      row({ passwordHash: 'xyz' }), // 5
      row({ name: '' }), // 6
      dupInFile, // 7
      { ...row(), uscc: dupInFile.uscc }, // 8 same USCC within the file
      row({ uscc: unitUscc }), // 9 a registered unit
      row({ uscc: already.uscc }), // 10 imported before
      { ...row(), legacySystem: already.legacySystem, legacyAccount: already.legacyAccount }, // 11 same old account
    ];
    const res = await upload(jigou, legacyCsv(rows));
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(2);
    const reasons = Object.fromEntries(res.body.skipped.map((s: { row: number; reason: string }) => [s.row, s.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([3, 4, 5, 6, 8, 9, 10, 11]);
    expect(reasons[3]).toContain('统一社会信用代码');
    expect(reasons[4]).toContain('sha256 或 md5');
    expect(reasons[5]).toContain('64 位十六进制');
    expect(reasons[6]).toContain('单位名称不能为空');
    expect(reasons[8]).toContain('与第 7 行重复');
    expect(reasons[9]).toContain('已注册单位账号');
    expect(reasons[10]).toContain('已导入过历史账号');
    expect(reasons[11]).toContain('原系统账号已导入过');
    expect(accountOf(good.uscc)).toBeTruthy();
  });

  it('when the file is an .xlsx, then its first sheet is imported (checked by content, whatever its name)', async () => {
    const rows = [row(), row()];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('账号');
    ws.addRow(['统一社会信用代码', '单位名称', '原系统', '原账号', '密码算法', '盐值', '密码摘要', '法定代表人']);
    for (const r of rows)
      ws.addRow([
        r.uscc,
        r.name,
        r.legacySystem,
        r.legacyAccount,
        r.passwordAlgo,
        r.passwordSalt,
        r.passwordHash,
        r.legalRepName,
      ]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(jigou, buf, 'export.dat');
    expect(res.body).toEqual({ imported: 2, skipped: [] });
  });

  it.each([
    ['not a spreadsheet', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), '.xlsx 或'],
    ['a broken zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), '无法读取 .xlsx'],
    [
      'a header without the hash column',
      'uscc,name,legacySystem,legacyAccount,passwordAlgo,passwordSalt,legalRepName\n',
      'passwordHash',
    ],
    ['an unterminated quote', null, '引号未闭合'],
    ['an empty file', '', '文件为空'],
  ])('when the file is %s, then 400 and nothing is written', async (_what, body, text) => {
    const before = count();
    const content = body ?? legacyCsv([row()]) + '"91220102,broken';
    const res = await upload(jigou, content);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(text);
    expect(count()).toBe(before);
  });

  it('when the list is filtered by system, upgraded and locked, then only matching accounts come back', async () => {
    const [a, b] = await imported(row(), row());
    const filter = (f: Record<string, unknown>) =>
      jigou.get(`/api/legacy-accounts?filter=${encodeURIComponent(JSON.stringify(f))}&range=[0,999]`);
    const bySystem = (await filter({ legacySystem: a.legacySystem })).body as { legacySystem: string; uscc: string }[];
    expect(bySystem.length).toBeGreaterThan(0);
    expect(bySystem.every((r) => r.legacySystem === a.legacySystem)).toBe(true);
    expect((await intake.post('/api/intake/legacy-upgrades', upgradeBody(b))).status).toBe(201);
    const upgraded = (await filter({ upgraded: true })).body as { uscc: string; upgraded: boolean }[];
    expect(upgraded.map((r) => r.uscc)).toContain(b.uscc);
    expect(upgraded.every((r) => r.upgraded)).toBe(true);
    const waiting = (await filter({ upgraded: false, locked: false })).body as {
      uscc: string;
      upgraded: boolean;
      locked: boolean;
    }[];
    expect(waiting.map((r) => r.uscc)).toContain(a.uscc);
    expect(waiting.map((r) => r.uscc)).not.toContain(b.uscc);
    expect(waiting.every((r) => !r.upgraded && !r.locked)).toBe(true);
  });

  it('when no file is sent, then 400 names the field', async () => {
    const res = await jigou.post('/api/legacy-accounts/import', multipart({}, {}));
    expect(res.status).toBe(400);
    expect(res.body.errors.file).toBeTruthy();
  });

  it('when the sysadmin reads, then the list and progress answer; importing and unlocking are 403 for sysadmin and agents', async () => {
    expect((await admin.get('/api/legacy-accounts')).status).toBe(200);
    const progress = await admin.get('/api/legacy-accounts/progress');
    expect(progress.status).toBe(200);
    expect(progress.body[0]).toEqual({
      legacySystem: expect.any(String),
      imported: expect.any(Number),
      upgraded: expect.any(Number),
      locked: expect.any(Number),
    });
    expect((await upload(admin, legacyCsv([row()]))).status).toBe(403);
    expect((await admin.post('/api/legacy-accounts/1/unlock', { reason: '核实身份', version: 1 })).status).toBe(403);
    expect((await kefu.get('/api/legacy-accounts')).status).toBe(403);
  });
});

describe('upgrading through the public hall (历史用户升级)', () => {
  it('when the old password and legal representative are right, then in one go the unit is active on the upgrade channel with its administrator, the account is marked upgraded with its hash erased, and an SMS is queued', async () => {
    const [r] = await imported(row());
    const res = await intake.post('/api/intake/legacy-upgrades', upgradeBody(r));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'active', channel: 'legacy_upgrade', account: r.legacyAccount });
    const unit = t.db.select().from(units).where(eq(units.id, res.body.unitId)).get()!;
    expect(unit).toMatchObject({
      uscc: r.uscc,
      name: r.name,
      status: 'active',
      channel: 'legacy_upgrade',
      adminCount: 1,
      mustChangePassword: true,
    });
    const ops = t.db.select().from(operators).where(eq(operators.unitId, unit.id)).all();
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ role: 'admin', name: '周管理', manageRight: true });
    const acc = accountOf(r.uscc);
    expect(acc).toMatchObject({ unitId: unit.id, passwordHash: null, passwordSalt: null });
    expect(acc.upgradedAt).toBeTruthy();
    const sms = t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.relatedType, 'units'), eq(notifications.relatedId, unit.id)))
      .all();
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toContain(r.legacySystem);
    expect(sms[0].content).toContain('{{secret}}');
    const history = t.db.select().from(unitChanges).where(eq(unitChanges.unitId, unit.id)).all();
    expect(history).toEqual([
      expect.objectContaining({ source: 'legacy_upgrade', oldValue: `${r.legacySystem} · ${r.legacyAccount}` }),
    ]);
    const actions = t.db
      .select()
      .from(auditLogs)
      .all()
      .filter((a) => a.summary?.includes(r.name))
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['units.create', 'operators.create', 'legacyAccounts.upgrade']));
    // Staff see it upgraded; the unit's own history answers through the units API.
    expect((await jigou.get(`/api/legacy-accounts/${acc.id}`)).body).toMatchObject({ upgraded: true, unitId: unit.id });
    expect((await jigou.get(`/api/units/${unit.id}/changes`)).body[0]).toMatchObject({ source: 'legacy_upgrade' });

    const again = await intake.post('/api/intake/legacy-upgrades', upgradeBody(r));
    expect(again.status).toBe(409);
  });

  it('when the md5 account gives its password, then it upgrades too; the legacy account name that breaks our rule becomes lg+USCC', async () => {
    const [r] = await imported(row({ passwordAlgo: 'md5', legacyAccount: '7old' }));
    const res = await intake.post('/api/intake/legacy-upgrades', upgradeBody(r));
    expect(res.status).toBe(201);
    expect(res.body.account).toBe(`lg${r.uscc}`);
  });

  it('when the password is wrong, then 401 counts it; the fifth wrong one locks the account (423), and even the right password is refused until staff unlock it', async () => {
    const [r] = await imported(row());
    const id = accountOf(r.uscc).id;
    for (let i = 1; i <= 4; i++) {
      const res = await intake.post('/api/intake/legacy-upgrades', upgradeBody(r, { legacyPassword: `wrong${i}` }));
      expect(res.status).toBe(401);
      expect(res.body.message).toContain(`还可尝试 ${5 - i} 次`);
    }
    expect(
      (await intake.post('/api/intake/legacy-upgrades', upgradeBody(r, { legacyPassword: 'wrong5' }))).status,
    ).toBe(423);
    expect((await intake.post('/api/intake/legacy-upgrades', upgradeBody(r))).status).toBe(423);
    expect(accountOf(r.uscc)).toMatchObject({ failed: 5 });
    const audits = t.db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.resourceId, String(id)))
      .all()
      .filter((a) => a.resource === 'legacy-accounts');
    expect(audits.filter((a) => a.action === 'legacyAccounts.upgrade_failed')).toHaveLength(5);
    expect(audits.filter((a) => a.action === 'legacyAccounts.lock')).toHaveLength(1);

    const shown = (await jigou.get(`/api/legacy-accounts/${id}`)).body;
    expect(shown).toMatchObject({ locked: true, allowedActions: ['unlock'] });
    expect((await jigou.post(`/api/legacy-accounts/${id}/unlock`, { reason: '', version: shown.version })).status).toBe(
      400,
    );
    expect(
      (
        await jigou.post(`/api/legacy-accounts/${id}/unlock`, {
          reason: '已电话核实法定代表人身份',
          version: shown.version - 1,
        })
      ).status,
    ).toBe(409);
    const unlocked = await jigou.post(`/api/legacy-accounts/${id}/unlock`, {
      reason: '已电话核实法定代表人身份',
      version: shown.version,
    });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ locked: false, failed: 0, allowedActions: [] });
    expect(
      t.db.select().from(auditLogs).where(eq(auditLogs.action, 'legacyAccounts.unlock')).all().at(-1)!.summary,
    ).toContain('已电话核实法定代表人身份');
    expect(
      (await jigou.post(`/api/legacy-accounts/${id}/unlock`, { reason: '再解一次', version: unlocked.body.version }))
        .status,
    ).toBe(409);
    expect((await intake.post('/api/intake/legacy-upgrades', upgradeBody(r))).status).toBe(201);
  });

  it('when wrong guesses arrive in parallel, then the account still locks at exactly 5 failures', async () => {
    const [r] = await imported(row());
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        intake.post('/api/intake/legacy-upgrades', upgradeBody(r, { legacyPassword: `guess${i}` })),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 423)).toHaveLength(4);
    expect(accountOf(r.uscc).failed).toBe(5);
  });

  it('when the USCC was registered as a unit meanwhile, then 409 and nothing changes', async () => {
    const [r] = await imported(row());
    seedUnit(t, { uscc: r.uscc });
    const res = await intake.post('/api/intake/legacy-upgrades', upgradeBody(r));
    expect(res.status).toBe(409);
    expect(accountOf(r.uscc).upgradedAt).toBeNull();
  });

  it('when the account is unknown or the legal representative differs, then 401 / 400 and no unit is created', async () => {
    const [r] = await imported(row());
    const before = t.db.select().from(units).all().length;
    expect(
      (await intake.post('/api/intake/legacy-upgrades', upgradeBody(r, { legacySystem: '不存在的系统' }))).status,
    ).toBe(401);
    const wrongRep = await intake.post('/api/intake/legacy-upgrades', upgradeBody(r, { legalRepName: '王别人' }));
    expect(wrongRep.status).toBe(400);
    expect(wrongRep.body.errors.legalRepName).toBeTruthy();
    const bad = await intake.post(
      '/api/intake/legacy-upgrades',
      upgradeBody(r, { admin: { name: '周', idType: 'resident_id', idNumber: '123', phone: '1' } }),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(['admin.phone', 'admin.idNumber']));
    expect(t.db.select().from(units).all().length).toBe(before);
  });

  it('when the intake key is missing, then 401', async () => {
    expect((await t.anonymous().post('/api/intake/legacy-upgrades', {})).status).toBe(401);
  });
});
