import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appeals, institutions, operators, sealGrants, titleApplications, units } from '../../db/schema';
import { residentIdCheckChar, usccCheckChar } from '../../server/domain/validators';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { buildUnitFields, registrationForm, seedUnit } from '../helpers/units';
import { buildAppealFields, intakeAppeal } from '../helpers/appeals';
import { buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';
import { FACE, hall, seedSealUnit } from '../helpers/seals';

/*
 * GB/T 2260 at every entry point: a province that does not exist → 400 on the field; a county the current
 * list lacks (公主岭市's old 220381, merged into 长春 as 220184) → accepted and flagged regionCodeUnknown.
 */

let t: TestApp;
let jigou: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
  admin = await t.login('admin');
});
afterAll(() => t.close());

let n = 0;
const idIn = (region: string) => {
  const first17 = `${region}1985${String(1 + (n % 12)).padStart(2, '0')}15${String(100 + n++).slice(-3)}`;
  return first17 + residentIdCheckChar(first17);
};
const usccIn = (region: string) => {
  const first17 = `91${region}MA${String(1000000 + n++).slice(-7)}`;
  return first17 + usccCheckChar(first17);
};
const NO_PROVINCE = '990101';
const MERGED = '220381';
const ID_MESSAGE = '证件号码前六位不是有效的行政区划代码';
const USCC_MESSAGE = '统一社会信用代码第 3–8 位不是有效的行政区划代码';

describe('window registration and unit edits', () => {
  it('when the USCC or the legal representative ID names no province, then 400 on that field and nothing is stored', async () => {
    const before = t.db.select().from(units).all().length;
    const badUscc = await jigou.post('/api/units', registrationForm(buildUnitFields({ uscc: usccIn(NO_PROVINCE) })));
    expect(badUscc.status).toBe(400);
    expect(badUscc.body.errors.uscc).toBe(USCC_MESSAGE);
    const badId = await jigou.post('/api/units', registrationForm(buildUnitFields({ idNumber: idIn(NO_PROVINCE) })));
    expect(badId.status).toBe(400);
    expect(badId.body.errors.idNumber).toBe(ID_MESSAGE);
    expect(t.db.select().from(units).all().length).toBe(before);
  });

  it('when the county was merged away, then the unit is registered and flagged; a central-authority USCC (100000) is not', async () => {
    const merged = await jigou.post('/api/units', registrationForm(buildUnitFields({ uscc: usccIn(MERGED) })));
    expect(merged.status, JSON.stringify(merged.body)).toBe(201);
    expect(merged.body.regionCodeUnknown).toBe(true);
    const central = await jigou.post('/api/units', registrationForm(buildUnitFields({ uscc: usccIn('100000') })));
    expect(central.status, JSON.stringify(central.body)).toBe(201);
    expect(central.body.regionCodeUnknown).toBe(false);
  });

  it('when an edit puts in an ID of a merged county, then the unit becomes flagged; an unknown province is refused', async () => {
    const id = seedUnit(t, { status: 'active' });
    const shown = (await jigou.get(`/api/units/${id}`)).body;
    expect(shown.regionCodeUnknown).toBe(false);
    const refused = await jigou.put(`/api/units/${id}`, { ...shown, idNumber: idIn(NO_PROVINCE) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.idNumber).toBe(ID_MESSAGE);
    const res = await jigou.put(`/api/units/${id}`, { ...shown, idNumber: idIn(MERGED) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.regionCodeUnknown).toBe(true);
    expect(t.db.select().from(units).where(eq(units.id, id)).get()!.regionCodeUnknown).toBe(true);
  });
});

describe('intake appeals and info changes', () => {
  it('when the appeal form carries an unknown province, then 400 on the field; a merged county is stored flagged', async () => {
    const refused = await intakeAppeal(t, buildAppealFields({ uscc: usccIn(NO_PROVINCE) }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors.uscc).toBe(USCC_MESSAGE);
    const ok = await intakeAppeal(t, buildAppealFields({ idNumber: idIn(MERGED) }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(t.db.select().from(appeals).where(eq(appeals.id, ok.body.id)).get()!.regionCodeUnknown).toBe(true);
  });

  it('when an info change asks for a new ID of an unknown province, then 400; of a merged county, then flagged', async () => {
    const f = buildUnitFields();
    seedUnit(t, { status: 'active', uscc: f.uscc, account: f.account });
    const change = (idNumber: string) =>
      intakeAppeal(
        t,
        buildAppealFields({
          type: 'info_change',
          uscc: f.uscc,
          account: f.account,
          changes: JSON.stringify({ idNumber }),
        }),
      );
    const refused = await change(idIn(NO_PROVINCE));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain(ID_MESSAGE);
    const ok = await change(idIn(MERGED));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(t.db.select().from(appeals).where(eq(appeals.id, ok.body.id)).get()!.regionCodeUnknown).toBe(true);
  });
});

describe('operators', () => {
  const operator = (unitId: number, idNumber: string) => ({
    unitId,
    role: 'operator',
    name: '经办人乙',
    idType: 'resident_id',
    idNumber,
    phone: '13812345678',
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    manageRight: false,
    businessItemIds: [],
  });

  it('when the ID names no province, then 400 on idNumber; a merged county is added flagged', async () => {
    const unitId = seedUnit(t, { status: 'active' });
    const refused = await jigou.post('/api/operators', operator(unitId, idIn(NO_PROVINCE)));
    expect(refused.status).toBe(400);
    expect(refused.body.errors.idNumber).toBe(ID_MESSAGE);
    const ok = await jigou.post('/api/operators', operator(unitId, idIn(MERGED)));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.regionCodeUnknown).toBe(true);
    expect(t.db.select().from(operators).where(eq(operators.id, ok.body.id)).get()!.regionCodeUnknown).toBe(true);
  });
});

describe('institutions and their administrators', () => {
  const registration = {
    name: '长春市区划测试人力资源服务有限公司',
    type: 'hr_service',
    level: 'city',
    region: '吉林省长春市',
    regionCode: '220100',
    address: '长春市朝阳区人民大街 1 号',
    contactName: '刘敏',
    contactPhone: '13904311234',
  };
  const adminOf = (adminIdNumber: string) => ({
    adminName: '王建国',
    adminIdType: 'resident_id',
    adminIdNumber,
    adminPhone: '13512347850',
  });

  it('when the region code names no province, then 400 on regionCode', async () => {
    const res = await jigou.post('/api/institutions', { ...registration, regionCode: '990100' });
    expect(res.status).toBe(400);
    expect(res.body.errors.regionCode).toBe('行政区划代码不是有效的 GB/T 2260 代码');
  });

  it('when the administrator ID names no province, then 400; of a merged county, then opened and flagged, and a new administrator clears it', async () => {
    const inst = (await jigou.post('/api/institutions', registration)).body;
    const refused = await jigou.post(`/api/institutions/${inst.id}/open`, {
      ...adminOf(idIn(NO_PROVINCE)),
      version: inst.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.adminIdNumber).toBe(ID_MESSAGE);
    const opened = await jigou.post(`/api/institutions/${inst.id}/open`, {
      ...adminOf(idIn(MERGED)),
      version: inst.version,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body.regionCodeUnknown).toBe(true);
    const changed = await jigou.post(`/api/institutions/${inst.id}/change-admin`, {
      ...adminOf(idIn('220102')),
      adminName: '李秀英',
      version: opened.body.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(t.db.select().from(institutions).where(eq(institutions.id, inst.id)).get()!.regionCodeUnknown).toBe(false);
  });
});

describe('title intake', () => {
  it('when the applicant ID names no province, then 400; of a merged county, then stored flagged', async () => {
    const plan = await createTitlePlan(admin);
    const refused = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId: plan.id,
        applicant: { name: '王秀兰', idNumber: idIn(NO_PROVINCE), phone: '13604312345' },
      }),
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain(ID_MESSAGE);
    const ok = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId: plan.id,
        applicant: { name: '王秀兰', idNumber: idIn(MERGED), phone: '13604312345' },
      }),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(
      t.db.select().from(titleApplications).where(eq(titleApplications.id, ok.body.id)).get()!.regionCodeUnknown,
    ).toBe(true);
  });
});

describe('seal grants', () => {
  it('when the person ID names no province, then 400; of a merged county, then granted flagged', async () => {
    const u = seedSealUnit(t);
    const intake = hall(t);
    const seal = await intake.post('/api/intake/seals', {
      uscc: u.uscc,
      type: 'official',
      appliedBy: u.legalRep,
      faceVerifiedAt: FACE,
    });
    expect(seal.status).toBe(201);
    const grant = (idNumber: string) =>
      intake.post(`/api/intake/seals/${seal.body.id}/grants`, {
        person: { name: '赵被授', idType: 'resident_id', idNumber },
        validFrom: '2026-11-01',
        validTo: '2027-03-31',
        by: u.legalRep,
      });
    const refused = await grant(idIn(NO_PROVINCE));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain(ID_MESSAGE);
    const ok = await grant(idIn(MERGED));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(t.db.select().from(sealGrants).where(eq(sealGrants.id, ok.body.id)).get()!.regionCodeUnknown).toBe(true);
    const listed = await jigou.get(`/api/seal-grants/${ok.body.id}`);
    expect(listed.body.regionCodeUnknown).toBe(true);
  });
});
