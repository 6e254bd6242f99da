import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appealEvents, appealMaterials, appeals, auditLogs, files, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { seedUnit } from '../helpers/units';
import { INTAKE_KEY, multipart, tinyPdf, tinyPng } from '../helpers/fixtures';
import { buildAppealFields, buildAppealMaterials, intakeAppeal, submitAppeal } from '../helpers/appeals';

let t: TestApp;
beforeAll(async () => {
  // A small upload limit, so "too large" needs no megabytes.
  t = await startTestApp({ env: { UPLOAD_MAX_BYTES: String(64 * 1024) } });
});
afterAll(() => t.close());
// Each test in its own rate-limit window (the limit has a test of its own).
beforeEach(() => t.clock.advance(61_000));

/** What a bad request must leave untouched: rows and files on disk. */
function stored() {
  const dir = t.ctx.config.uploadDir;
  return {
    appeals: t.db.select().from(appeals).all().length,
    files: t.db.select().from(files).all().length,
    onDisk: fs.existsSync(dir) ? fs.readdirSync(dir).length : 0,
  };
}

describe('intake from the public hall: a good appeal', () => {
  it('when a complete 未注册 appeal arrives, then it is stored with its seven materials, a deadline of 3 working days and its first timeline entry', async () => {
    const fields = buildAppealFields();
    const res = await intakeAppeal(t, fields);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(Number), status: 'submitted' });
    const row = t.db.select().from(appeals).where(eq(appeals.id, res.body.id)).get()!;
    // Submitted Monday 2026-11-02 (Beijing): Tue, Wed, Thu.
    expect(row).toMatchObject({
      type: 'assisted_registration',
      status: 'submitted',
      uscc: fields.uscc,
      idValidTo: null,
      dueDate: '2026-11-05',
      deadlineDays: 3,
      assigneeId: null,
    });
    const mats = t.db.select().from(appealMaterials).where(eq(appealMaterials.appealId, row.id)).all();
    expect(mats.map((m) => m.field).sort()).toEqual([
      'authorizationLetter',
      'businessLicense',
      'legalRepIdBack',
      'legalRepIdFront',
      'operatorHoldingId',
      'operatorIdBack',
      'operatorIdFront',
    ]);
    const licence = t.db
      .select()
      .from(files)
      .where(eq(files.id, mats.find((m) => m.field === 'businessLicense')!.fileId))
      .get()!;
    expect(licence).toMatchObject({
      ownerType: 'appeals',
      ownerId: row.id,
      mime: 'application/pdf',
      originalName: '营业执照.pdf',
    });
    expect(fs.existsSync(`${t.ctx.config.uploadDir}/${licence.storageName}`)).toBe(true);
    expect(
      t.db
        .select()
        .from(appealEvents)
        .where(eq(appealEvents.appealId, row.id))
        .all()
        .map((e) => e.kind),
    ).toEqual(['submitted']);
    const audit = t.db.select().from(auditLogs).where(eq(auditLogs.action, 'appeals.submit')).all().at(-1)!;
    expect(audit).toMatchObject({ resourceId: String(row.id), actorId: null });
    expect(audit.summary).toContain('135****7850');
    expect(audit.summary).not.toContain('13512347850');
    expect(audit.summary).not.toContain('11010519491231002X');
  });

  it('when the working-days setting changes, then new appeals get the new deadline', async () => {
    const admin = await t.login('admin');
    expect((await admin.put('/api/settings/appeals.deadlineWorkingDays', { value: 5 })).status).toBe(200);
    const id = await submitAppeal(t);
    expect(t.db.select().from(appeals).where(eq(appeals.id, id)).get()).toMatchObject({
      deadlineDays: 5,
      dueDate: '2026-11-09',
    });
    await admin.put('/api/settings/appeals.deadlineWorkingDays', { value: 3 });
  });

  it('when the ID is a passport and the validity is long-term, then the ID is checked as a passport', async () => {
    const res = await intakeAppeal(t, buildAppealFields({ idType: 'passport', idNumber: 'E12345678', idValidTo: '' }));
    expect(res.status).toBe(201);
  });

  it('when the licence is a JPG photo and the authorisation letter a PNG, then both are accepted', async () => {
    const res = await intakeAppeal(
      t,
      buildAppealFields(),
      buildAppealMaterials({
        businessLicense: [tinyPng(), '执照.jpg'],
        authorizationLetter: [tinyPng(), '授权书.png'],
      }),
    );
    expect(res.status).toBe(201);
  });

  it('when an info change names a registered unit, then the appeal points at that unit and keeps the requested values', async () => {
    const unitId = seedUnit(t, { status: 'active' });
    const u = t.db.select().from(units).where(eq(units.id, unitId)).get()!;
    const res = await intakeAppeal(
      t,
      buildAppealFields({
        type: 'info_change',
        uscc: u.uscc,
        account: u.account,
        changes: JSON.stringify({ phone: '13904311234', legalRepName: '李秀英' }),
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const row = t.db.select().from(appeals).where(eq(appeals.id, res.body.id)).get()!;
    expect(row).toMatchObject({
      type: 'info_change',
      unitId,
      changes: { phone: '13904311234', legalRepName: '李秀英' },
    });
  });
});

describe('intake: every bad input is refused and stores nothing', () => {
  it('when the key is missing or wrong, then 401', async () => {
    const before = stored();
    const form = multipart(buildAppealFields(), buildAppealMaterials());
    expect((await t.anonymous().post('/api/intake/appeals', form)).status).toBe(401);
    expect(
      (
        await t.anonymous().post('/api/intake/appeals', multipart(buildAppealFields(), buildAppealMaterials()), {
          'X-Intake-Key': 'wrong-key-1234',
        })
      ).status,
    ).toBe(401);
    expect(stored()).toEqual(before);
  });

  const badFields: [string, Record<string, string>, string][] = [
    ['type', { type: 'forgot_password' }, '申诉类型'],
    ['uscc', { uscc: '91350100M000100Y44' }, '统一社会信用代码'],
    ['name', { name: '' }, '企业名称'],
    ['legalPersonType', { legalPersonType: 'company' }, '法人类型'],
    ['legalRepName', { legalRepName: '王' }, '姓名'],
    ['idNumber', { idNumber: '110105194912310021' }, '校验位'],
    ['idNumber', { idType: 'hk_macao_permit', idNumber: 'X12345678' }, '港澳'],
    ['idValidFrom', { idValidFrom: '2031-01-01' }, '开始日期'],
    ['idValidTo', { idValidFrom: '2000-01-01', idValidTo: '2010-01-01' }, '过期'],
    ['phone', { phone: '12345678901' }, '手机号'],
    ['account', { account: 'abc123' }, '8–20'],
    ['account', { account: '1abcdefgh' }, '字母开头'],
    ['remark', { remark: '申'.repeat(151) }, '150'],
    ['remark', { remark: '' }, '申诉备注'],
  ];
  for (const [field, over, words] of badFields) {
    it(`when ${field} is ${JSON.stringify(Object.values(over)[0]).slice(0, 24)}, then 400 names ${field} and nothing is stored`, async () => {
      const before = stored();
      const res = await intakeAppeal(t, buildAppealFields(over));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toContain(field);
      expect(res.body.errors[field]).toContain(words);
      expect(stored()).toEqual(before);
    });
  }

  it('when several fields are wrong at once, then every one is named in one answer', async () => {
    const res = await intakeAppeal(t, buildAppealFields({ uscc: 'X', phone: '1', account: '', remark: '' }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['account', 'phone', 'remark', 'uscc']);
  });

  it('when a required material is missing, then 400 names it and not even the good files are kept', async () => {
    const before = stored();
    const { operatorHoldingId: _drop, ...rest } = buildAppealMaterials();
    const res = await intakeAppeal(t, buildAppealFields(), rest);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ operatorHoldingId: '请上传「经办人手持身份证照片」' });
    expect(stored()).toEqual(before);
  });

  it('when a file has the right extension but other bytes inside, then 415 names it and nothing is stored', async () => {
    const before = stored();
    const res = await intakeAppeal(
      t,
      buildAppealFields(),
      buildAppealMaterials({ businessLicense: [Buffer.from('MZ this is an executable, not a pdf'), '营业执照.pdf'] }),
    );
    expect(res.status).toBe(415);
    expect(res.body.errors.businessLicense).toContain('PDF、JPG、PNG');
    expect(stored()).toEqual(before);
  });

  it('when an ID photo is a PDF, then 415: ID photos are JPG or PNG only', async () => {
    const res = await intakeAppeal(
      t,
      buildAppealFields(),
      buildAppealMaterials({ legalRepIdFront: [tinyPdf(), '身份证.png'] }),
    );
    expect(res.status).toBe(415);
    expect(res.body.errors.legalRepIdFront).toContain('实际为 PDF');
  });

  it('when a file is too large, then 413 and nothing is stored', async () => {
    const before = stored();
    const big = Buffer.concat([tinyPng(), Buffer.alloc(100 * 1024)]);
    const res = await intakeAppeal(
      t,
      buildAppealFields(),
      buildAppealMaterials({ operatorHoldingId: [big, '手持.png'] }),
    );
    expect(res.status).toBe(413);
    expect(stored()).toEqual(before);
  });

  it('when a file comes under a field that is not a material, then 400', async () => {
    const res = await intakeAppeal(t, buildAppealFields(), { ...buildAppealMaterials(), virus: [tinyPng(), 'x.png'] });
    expect(res.status).toBe(400);
  });

  it('when a 未注册 appeal names a USCC that is already registered, then 409 says to use the other type, and nothing is stored', async () => {
    const unitId = seedUnit(t);
    const u = t.db.select().from(units).where(eq(units.id, unitId)).get()!;
    const before = stored();
    const res = await intakeAppeal(t, buildAppealFields({ uscc: u.uscc }));
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('已注册');
    expect(res.body.errors.uscc).toBeTruthy();
    expect(stored()).toEqual(before);
  });

  it('when a 未注册 appeal asks for an account name already in use, then 409 names the account', async () => {
    const unitId = seedUnit(t);
    const u = t.db.select().from(units).where(eq(units.id, unitId)).get()!;
    const res = await intakeAppeal(t, buildAppealFields({ account: u.account }));
    expect(res.status).toBe(409);
    expect(res.body.errors.account).toBeTruthy();
  });
});

describe('intake: info changes', () => {
  let unit: { uscc: string; account: string; phone: string };
  beforeAll(() => {
    unit = t.db
      .select()
      .from(units)
      .where(eq(units.id, seedUnit(t, { status: 'active' })))
      .get()!;
  });
  const change = (changes: unknown) =>
    buildAppealFields({
      type: 'info_change',
      uscc: unit.uscc,
      account: unit.account,
      changes: typeof changes === 'string' ? changes : JSON.stringify(changes),
    });

  it('when the USCC is not registered, then 400 says to use the 未注册 type', async () => {
    const res = await intakeAppeal(
      t,
      buildAppealFields({ type: 'info_change', changes: JSON.stringify({ phone: '13904311234' }) }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.uscc).toContain('尚未注册');
  });

  it('when no change is named, then 400 on changes', async () => {
    const res = await intakeAppeal(t, change({}));
    expect(res.status).toBe(400);
    expect(res.body.errors.changes).toBeTruthy();
  });

  it('when the change is not JSON, then 400 on changes', async () => {
    const res = await intakeAppeal(t, change('{phone:'));
    expect(res.status).toBe(400);
    expect(res.body.errors.changes).toBeTruthy();
  });

  it('when the USCC is asked to change, then 400: it never changes', async () => {
    const res = await intakeAppeal(t, change({ uscc: '91350100M000100Y43' }));
    expect(res.status).toBe(400);
    expect(res.body.errors['changes.uscc']).toBe('统一社会信用代码不能修改');
  });

  it('when a field outside the unit identity or a bad value is asked for, then each is named', async () => {
    const res = await intakeAppeal(
      t,
      change({ passwordHash: 'x', phone: '12345', account: '9abc', idNumber: '110105194912310021' }),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'changes.account',
      'changes.idNumber',
      'changes.passwordHash',
      'changes.phone',
    ]);
  });

  it('when the ID type changes without a new number, then 400 asks for the number', async () => {
    const res = await intakeAppeal(t, change({ idType: 'passport' }));
    expect(res.status).toBe(400);
    expect(res.body.errors['changes.idNumber']).toContain('证件号码');
  });

  it('when the requested values are what the unit already has, then 400', async () => {
    const res = await intakeAppeal(t, change({ phone: unit.phone }));
    expect(res.status).toBe(400);
    expect(res.body.errors.changes).toContain('相同');
  });

  it('when a 未注册 appeal carries changes, then 400', async () => {
    const res = await intakeAppeal(t, buildAppealFields({ changes: JSON.stringify({ phone: '13904311234' }) }));
    expect(res.status).toBe(400);
    expect(res.body.errors.changes).toBeTruthy();
  });
});

describe('intake: rate limit', () => {
  it('when one address sends more than 30 appeals in a minute, then the rest get 429 before anything is parsed', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await t.anonymous().post('/api/intake/appeals', new FormData(), INTAKE_KEY)).status);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    t.clock.advance(61_000);
    expect((await t.anonymous().post('/api/intake/appeals', new FormData(), INTAKE_KEY)).status).toBe(400);
  });
});
