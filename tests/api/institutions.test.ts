import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLogs, institutions, notifications } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { totalOf } from '../helpers/http';
import { verifyPassword } from '../../server/security/passwords';

let t: TestApp;
let jigou: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
});
afterAll(() => t.close());

const registration = (over: Record<string, unknown> = {}) => ({
  name: '长春市博远人力资源服务有限公司',
  type: 'hr_service',
  level: 'city',
  region: '吉林省长春市',
  regionCode: '220100',
  address: '长春市朝阳区人民大街 100 号',
  contactName: '刘敏',
  contactPhone: '13904311234',
  ...over,
});
const admin = (over: Record<string, unknown> = {}) => ({
  adminName: '王建国',
  adminIdType: 'resident_id',
  adminIdNumber: '11010519491231002X',
  adminPhone: '13512347850',
  ...over,
});

async function registerOne(over: Record<string, unknown> = {}) {
  const res = await jigou.post('/api/institutions', registration(over));
  expect(res.status).toBe(201);
  return res.body;
}
async function openOne() {
  const inst = await registerOne();
  const res = await jigou.post(`/api/institutions/${inst.id}/open`, { ...admin(), version: inst.version });
  expect(res.status).toBe(200);
  return res.body;
}

describe('registering an institution', () => {
  it('when the form is right, then it is registered with a readable number and audited', async () => {
    const inst = await registerOne();
    expect(inst).toMatchObject({
      status: 'registered',
      level: 'city',
      type: 'hr_service',
      contactPhone: '139****1234',
    });
    expect(inst.number).toMatch(/^JGC220100\d{5}$/);
    expect(inst.allowedActions).toEqual(['edit', 'open']);
    const audit = t.db.select().from(auditLogs).where(eq(auditLogs.action, 'institutions.create')).all();
    expect(audit.at(-1)!.summary).toContain(inst.number);
    expect(audit.at(-1)!.summary).not.toContain('13904311234');
  });

  it('when fields are wrong, then each gets its Chinese message and nothing is stored', async () => {
    const before = t.db.select().from(institutions).all().length;
    const res = await jigou.post(
      '/api/institutions',
      registration({ name: '', type: 'bank', level: 'village', regionCode: '22', contactPhone: '12345678901' }),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['contactPhone', 'level', 'name', 'regionCode', 'type']);
    expect(t.db.select().from(institutions).all().length).toBe(before);
  });

  it('when the 联系电话 is a landline with or without the dash, then it is taken; a short area code or number is refused on the field', async () => {
    for (const phone of ['0431-88888888', '043188888888', '010-6512345', '0433-2345678']) {
      const res = await jigou.post(
        '/api/institutions',
        registration({ name: `座机机构${phone}`, contactPhone: phone }),
      );
      expect(res.status, phone).toBe(201);
      expect((await jigou.get(`/api/institutions/${res.body.id}/pii?reason=核对联系电话`)).body.contactPhone).toBe(
        phone,
      );
    }
    for (const phone of ['431-88888888', '0431-888888', '0431-888888888', '1431-88888888', '02-88888888']) {
      const res = await jigou.post(
        '/api/institutions',
        registration({ name: `错误座机${phone}`, contactPhone: phone }),
      );
      expect(res.status, phone).toBe(400);
      expect(res.body.errors.contactPhone).toContain('固定电话');
    }
  });

  it('when the region does not fit the level (a 市级 at a county, a 县级 at a city, a 省级 at a city), then 400 on 所在地区', async () => {
    const cases = [
      { level: 'city', regionCode: '220102', region: '吉林省长春市南关区' },
      { level: 'county', regionCode: '220100', region: '吉林省长春市' },
      { level: 'province', regionCode: '220100', region: '吉林省长春市' },
      { level: 'city', regionCode: '220000', region: '吉林省' },
    ];
    for (const c of cases) {
      const res = await jigou.post(
        '/api/institutions',
        registration({ name: `层级不符${c.level}${c.regionCode}`, ...c }),
      );
      expect(res.status, JSON.stringify(c)).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual(['regionCode']);
    }
    const fits = await jigou.post(
      '/api/institutions',
      registration({ name: '省级人力资源服务机构', level: 'province', regionCode: '220000', region: '吉林省' }),
    );
    expect(fits.status).toBe(201);
  });

  it('when twenty are registered at once in one division, then every number is different and consecutive', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        jigou.post(
          '/api/institutions',
          registration({ name: `并发登记机构${i}`, level: 'county', regionCode: '222401' }),
        ),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const seq = results.map((r) => Number(r.body.number.slice(-5))).sort((a, b) => a - b);
    expect(seq).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('opening, changing the administrator, resetting, disabling', () => {
  it('when opened, then the account is the number, the password is prefix + last six of the ID (hashed), and the SMS tells the rule, not the password', async () => {
    const inst = await openOne();
    expect(inst).toMatchObject({
      status: 'open',
      adminName: '王建国',
      adminIdNumber: '110***********002X',
      adminPhone: '135****7850',
      mustChangePassword: true,
    });
    expect(JSON.stringify(inst)).not.toContain('passwordHash');
    const row = t.db.select().from(institutions).where(eq(institutions.id, inst.id)).get()!;
    expect(await verifyPassword(row.passwordHash!, 'Jl31002X')).toBe(true);
    const sms = t.db
      .select()
      .from(notifications)
      .where(eq(notifications.relatedId, inst.id))
      .all()
      .filter((n) => n.relatedType === 'institutions');
    expect(sms).toHaveLength(1);
    expect(sms[0].phone).toBe('13512347850');
    expect(sms[0].content).toContain(inst.number);
    expect(sms[0].content).toContain('“Jl”+管理员证件号码后六位');
    expect(sms[0].content).not.toContain('Jl31002X');
  });

  it('when the prefix setting changes, then new passwords follow it', async () => {
    const adm = await t.login('admin');
    expect((await adm.put('/api/settings/institutions.passwordPrefix', { value: 'Js' })).status).toBe(200);
    const inst = await openOne();
    const row = t.db.select().from(institutions).where(eq(institutions.id, inst.id)).get()!;
    expect(await verifyPassword(row.passwordHash!, 'Js31002X')).toBe(true);
    await adm.put('/api/settings/institutions.passwordPrefix', { value: 'Jl' });
  });

  it('when the administrator is not a valid real-name person, then 400 names the fields and nothing changes', async () => {
    const inst = await registerOne();
    const res = await jigou.post(`/api/institutions/${inst.id}/open`, {
      adminName: 'x1',
      adminIdType: 'resident_id',
      adminIdNumber: '110105194912310021',
      adminPhone: '123',
      version: inst.version,
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['adminIdNumber', 'adminName', 'adminPhone']);
    expect((await jigou.get(`/api/institutions/${inst.id}`)).body.status).toBe('registered');
  });

  it('when the administrator changes, then the old one goes to the history and the password follows the new one', async () => {
    const inst = await openOne();
    const res = await jigou.post(`/api/institutions/${inst.id}/change-admin`, {
      ...admin({ adminName: '李秀英', adminIdNumber: '220102199001010076', adminPhone: '13604315678' }),
      version: inst.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', adminName: '李秀英', adminIdNumber: '220***********0076' });
    expect(res.body.adminHistory).toHaveLength(1);
    expect(res.body.adminHistory[0]).toMatchObject({
      adminName: '王建国',
      adminIdNumber: '110***********002X',
      changedByName: '机构管理员王强',
    });
    const row = t.db.select().from(institutions).where(eq(institutions.id, inst.id)).get()!;
    expect(await verifyPassword(row.passwordHash!, 'Jl010076')).toBe(true);
    const sms = t.db
      .select()
      .from(notifications)
      .all()
      .filter((n) => n.relatedType === 'institutions' && n.relatedId === inst.id);
    expect(sms.at(-1)!.phone).toBe('13604315678');
  });

  it('when the new administrator is the same person, then it is refused', async () => {
    const inst = await openOne();
    const res = await jigou.post(`/api/institutions/${inst.id}/change-admin`, { ...admin(), version: inst.version });
    expect(res.status).toBe(400);
    expect(res.body.errors.adminIdNumber).toBeTruthy();
  });

  it('disable needs a reason; a disabled institution cannot change its administrator (409) until enabled', async () => {
    const inst = await openOne();
    expect((await jigou.post(`/api/institutions/${inst.id}/disable`, { version: inst.version })).status).toBe(400);
    const off = await jigou.post(`/api/institutions/${inst.id}/disable`, {
      reason: '年检不合格',
      version: inst.version,
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({
      status: 'disabled',
      statusReason: '年检不合格',
      allowedActions: ['edit', 'enable'],
    });
    const refused = await jigou.post(`/api/institutions/${inst.id}/change-admin`, {
      ...admin({ adminIdNumber: '220102199001010076' }),
      version: off.body.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('已停用');
    const on = await jigou.post(`/api/institutions/${inst.id}/enable`, { version: off.body.version });
    expect(on.body.status).toBe('open');
  });

  it('a registered institution cannot be reset or disabled (409)', async () => {
    const inst = await registerOne();
    expect((await jigou.post(`/api/institutions/${inst.id}/reset-password`, { version: inst.version })).status).toBe(
      409,
    );
    expect(
      (await jigou.post(`/api/institutions/${inst.id}/disable`, { reason: '测试', version: inst.version })).status,
    ).toBe(409);
  });

  it('reset returns the password to the rule and tells the administrator by SMS', async () => {
    const inst = await openOne();
    t.db
      .update(institutions)
      .set({ passwordHash: 'changed-by-the-institution', mustChangePassword: false })
      .where(eq(institutions.id, inst.id))
      .run();
    const res = await jigou.post(`/api/institutions/${inst.id}/reset-password`, { version: inst.version });
    expect(res.status).toBe(200);
    const row = t.db.select().from(institutions).where(eq(institutions.id, inst.id)).get()!;
    expect(row.mustChangePassword).toBe(true);
    expect(await verifyPassword(row.passwordHash!, 'Jl31002X')).toBe(true);
  });

  it('when an action comes twice or out of order, then 409 and nothing changes', async () => {
    const inst = await openOne();
    const again = await jigou.post(`/api/institutions/${inst.id}/open`, {
      ...admin({ adminIdNumber: '220102199001010076' }),
      version: inst.version,
    });
    expect(again.status).toBe(409);
    expect((await jigou.post(`/api/institutions/${inst.id}/enable`, { version: inst.version })).status).toBe(409);
    expect((await jigou.get(`/api/institutions/${inst.id}`)).body).toMatchObject({
      version: inst.version,
      adminName: '王建国',
    });
  });

  it('when the clerk opened a stale copy, then opening is refused (409) and the first administrator stays', async () => {
    const inst = await registerOne();
    await jigou.put(`/api/institutions/${inst.id}`, { name: '先改了名称', version: inst.version });
    const res = await jigou.post(`/api/institutions/${inst.id}/open`, { ...admin(), version: inst.version });
    expect(res.status).toBe(409);
    expect((await jigou.get(`/api/institutions/${inst.id}`)).body.status).toBe('registered');
  });

  it('when the institution does not exist, then 404; when the registering unit does not exist, then 400 on unitId', async () => {
    expect((await jigou.post('/api/institutions/999999/open', { ...admin(), version: 1 })).status).toBe(404);
    expect((await jigou.get('/api/institutions/999999')).status).toBe(404);
    const res = await jigou.post('/api/institutions', registration({ unitId: 999999 }));
    expect(res.status).toBe(400);
    expect(res.body.errors.unitId).toBe('登记单位不存在');
  });

  it('when the version or the reason is missing, then each gets its Chinese message', async () => {
    const inst = await openOne();
    const res = await jigou.post(`/api/institutions/${inst.id}/disable`, { reason: ' ' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['reason', 'version']);
    const noType = await jigou.post(`/api/institutions/${inst.id}/change-admin`, {
      ...admin({ adminIdType: 'library_card' }),
      version: inst.version,
    });
    expect(Object.keys(noType.body.errors)).toEqual(['adminIdType']);
  });

  it('after open, change of administrator and reset, no password appears in the audit log or the SMS outbox', async () => {
    const inst = await openOne();
    const changed = await jigou.post(`/api/institutions/${inst.id}/change-admin`, {
      ...admin({ adminName: '李秀英', adminIdNumber: '220102199001010076', adminPhone: '13604315678' }),
      version: inst.version,
    });
    await jigou.post(`/api/institutions/${inst.id}/reset-password`, { version: changed.body.version });
    const texts = [
      ...t.db
        .select()
        .from(auditLogs)
        .where(eq(auditLogs.resourceId, String(inst.id)))
        .all()
        .filter((a) => a.resource === 'institutions')
        .map((a) => a.summary),
      ...t.db
        .select()
        .from(notifications)
        .all()
        .filter((n) => n.relatedType === 'institutions' && n.relatedId === inst.id)
        .map((n) => n.content),
    ];
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const text of texts) {
      expect(text).not.toContain('Jl31002X');
      expect(text).not.toContain('Jl010076');
      expect(text).not.toContain('220102199001010076');
    }
  });

  it('when two clerks act on the same version, then the second gets 409 and changes nothing', async () => {
    const inst = await openOne();
    const first = await jigou.post(`/api/institutions/${inst.id}/disable`, { reason: '第一位', version: inst.version });
    const second = await jigou.post(`/api/institutions/${inst.id}/reset-password`, { version: inst.version });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect((await jigou.get(`/api/institutions/${inst.id}`)).body.statusReason).toBe('第一位');
  });
});

describe('lists, search, counts and personal data', () => {
  it('filters by type, level, status and region, searches number, name and administrator', async () => {
    const inst = await openOne();
    expect(
      (await jigou.list('institutions', { filter: { status: 'open', level: 'city' } })).body.every(
        (i: any) => i.status === 'open' && i.level === 'city',
      ),
    ).toBe(true);
    expect((await jigou.list('institutions', { filter: { q: inst.number } })).body.map((i: any) => i.id)).toEqual([
      inst.id,
    ]);
    expect((await jigou.list('institutions', { filter: { q: '王建国' } })).body.length).toBeGreaterThan(0);
    expect(totalOf(await jigou.list('institutions', { filter: { regionCode: '222401' } }))).toBe(20);
    expect((await jigou.list('institutions', { filter: { type: 'bank' } })).status).toBe(400);
    const stats = (await jigou.get('/api/institutions/stats')).body;
    expect(stats.byLevel.county).toBe(20);
    expect(stats.byType.hr_service).toBeGreaterThan(20);
  });

  it('reveals the full administrator data only on request, and audits it', async () => {
    const inst = await openOne();
    const pii = await jigou.get(`/api/institutions/${inst.id}/pii?reason=核对身份信息`);
    expect(pii.body).toMatchObject({ adminIdNumber: '11010519491231002X', adminPhone: '13512347850' });
    const logged = t.db.select().from(auditLogs).where(eq(auditLogs.action, 'institutions.pii_reveal')).all();
    expect(logged.at(-1)!.resourceId).toBe(String(inst.id));
    const trail = await jigou.get(`/api/audit-logs/trail?resource=institutions&resourceId=${inst.id}`);
    expect(trail.body.map((r: any) => r.action)).toEqual([
      'institutions.pii_reveal',
      'institutions.open',
      'institutions.create',
    ]);
  });

  it('edits the contact details with a version check; the number, level and region stay', async () => {
    const inst = await registerOne();
    const res = await jigou.put(`/api/institutions/${inst.id}`, {
      name: '改名后的机构',
      contactPhone: '13900001111',
      version: inst.version,
      number: 'JGX99999999999',
      level: 'province',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '改名后的机构', number: inst.number, level: 'city' });
    expect((await jigou.put(`/api/institutions/${inst.id}`, { name: '再改', version: inst.version })).status).toBe(409);
    // The form sends the masked phone back untouched: the number is kept, not overwritten with stars.
    const kept = await jigou.put(`/api/institutions/${inst.id}`, {
      name: '三改',
      contactPhone: res.body.contactPhone,
      version: res.body.version,
    });
    expect(kept.status).toBe(200);
    expect((await jigou.get(`/api/institutions/${inst.id}/pii?reason=核对身份信息`)).body.contactPhone).toBe(
      '13900001111',
    );
    const wrongMask = await jigou.put(`/api/institutions/${inst.id}`, {
      name: '四改',
      contactPhone: '135****0000',
      version: kept.body.version,
    });
    expect(wrongMask.status).toBe(400);
  });
});

describe('other roles', () => {
  for (const username of ['admin', 'kefu01', 'shenhe_unit']) {
    it(`${username} may not see or touch institutions (403)`, async () => {
      const c = await t.login(username);
      expect((await c.list('institutions')).status).toBe(403);
      expect((await c.post('/api/institutions', registration())).status).toBe(403);
      expect((await c.post('/api/institutions/1/open', { ...admin(), version: 1 })).status).toBe(403);
      expect((await c.get('/api/institutions/1/pii?reason=核对身份信息')).status).toBe(403);
      expect((await c.get('/api/institutions/1')).status).toBe(403);
      expect((await c.get('/api/institutions/stats')).status).toBe(403);
      expect((await c.put('/api/institutions/1', { name: '越权修改', version: 1 })).status).toBe(403);
      for (const action of ['change-admin', 'reset-password', 'disable', 'enable']) {
        expect(
          (await c.post(`/api/institutions/1/${action}`, { ...admin(), reason: '越权', version: 1 })).status,
          action,
        ).toBe(403);
      }
    });
  }
});
