import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditLogs, staff } from '../../db/schema';
import { loadConfig } from '../../server/config';
import { createStaff } from '../helpers/staff';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { INTAKE_KEY } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('staff sign-in', () => {
  it('when the password is right, then the session cookie is HttpOnly and SameSite=Strict and /me answers', async () => {
    const c = t.anonymous();
    const res = await c.post('/api/auth/login', { username: 'admin', password: 'Admin@2026' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'admin', roles: ['sysadmin'], orgId: null });
    const cookie = res.headers.getSetCookie().find((x) => x.startsWith('hrss_sid='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await c.get('/api/auth/me')).body.username).toBe('admin');
  });

  it('when the user is unknown or the password wrong, then the message is the same 401', async () => {
    const a = await t.anonymous().post('/api/auth/login', { username: 'nobody', password: 'x' });
    const b = await t.anonymous().post('/api/auth/login', { username: 'kefu02', password: 'wrong' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body.message).toBe(b.body.message);
  });

  it('when logging in twice, then each login gets a new session id', async () => {
    const c1 = await t.login('kefu01');
    const c2 = await t.login('kefu01');
    expect((c1 as any).cookie).not.toBe((c2 as any).cookie);
  });

  it('without a session, then every staff route answers 401 but health answers', async () => {
    expect((await t.anonymous().get('/api/staff')).status).toBe(401);
    expect((await t.anonymous().get('/api/auth/me')).status).toBe(401);
    const health = await t.anonymous().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.database).toBe('ok');
  });

  it('after logout, then the old cookie no longer works', async () => {
    const c = await t.login('kefu01');
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('after five wrong passwords in a row, then the account is locked for 15 minutes (423), even with the right password', async () => {
    const c = t.anonymous();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await c.post('/api/auth/login', { username: 'jigou01', password: 'Wrong@2026' })).status);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const locked = await c.post('/api/auth/login', { username: 'jigou01', password: 'Jigou@2026' });
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/锁定/);
    t.clock.advance(16 * 60_000);
    expect((await c.post('/api/auth/login', { username: 'jigou01', password: 'Jigou@2026' })).status).toBe(200);
    const rows = t.db.select().from(auditLogs).where(eq(auditLogs.action, 'auth.locked')).all();
    expect(rows).toHaveLength(1);
  });

  it('after four wrong passwords, then the right one signs in and the count starts again', async () => {
    const c = t.anonymous();
    for (let i = 0; i < 4; i++)
      expect((await c.post('/api/auth/login', { username: 'shenhe_prov', password: 'Wrong@2026' })).status).toBe(401);
    expect((await c.post('/api/auth/login', { username: 'shenhe_prov', password: 'Shenhe@2026' })).status).toBe(200);
    expect(t.db.select().from(staff).where(eq(staff.username, 'shenhe_prov')).get()).toMatchObject({
      failedLogins: 0,
      lockedUntil: null,
    });
    expect((await c.post('/api/auth/login', { username: 'shenhe_prov', password: 'Wrong@2026' })).status).toBe(401);
  });

  it('when someone logs out, then an audit row says who; a logout without a session writes none', async () => {
    const c = await t.login('kefu02');
    const id = t.db.select().from(staff).where(eq(staff.username, 'kefu02')).get()!.id;
    const logouts = () => t.db.select().from(auditLogs).where(eq(auditLogs.action, 'auth.logout')).all();
    const before = logouts().length;
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect(logouts()).toHaveLength(before + 1);
    expect(logouts().at(-1)).toMatchObject({ actorId: id, resource: 'staff', resourceId: String(id) });
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect(logouts()).toHaveLength(before + 1);
  });

  it('when a session is idle for more than 30 minutes, then it expires; activity keeps it alive', async () => {
    const c = await t.login('kefu02');
    t.clock.advance(25 * 60_000);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(25 * 60_000);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('when a session is older than 12 hours, then it expires however active it was', async () => {
    const c = await t.login('kefu02');
    for (let i = 0; i < 26; i++) {
      t.clock.advance(28 * 60_000);
      await c.get('/api/auth/me');
    }
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('when a mutating request comes from a foreign Origin, then it is refused', async () => {
    const c = await t.login('admin');
    const foreign = await c.post(
      '/api/orgs',
      { name: '外站机构', level: 'province' },
      { origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const ours = await c.post('/api/auth/logout', {}, { origin: t.url });
    expect(ours.status).toBe(200);
  });

  it('when too many logins come from one address, then it is rate limited before any hashing (429)', async () => {
    const c = t.anonymous().withHeaders({});
    let last = 0;
    for (let i = 0; i < 25; i++)
      last = (await c.post('/api/auth/login', { username: `ghost${i}`, password: 'x' })).status;
    expect(last).toBe(429);
    t.clock.advance(61_000);
  });
});

describe('password change', () => {
  it('when an account is flagged, then it may only change its password; afterwards everything opens', async () => {
    const created = await createStaff(t, {
      username: 'newbie',
      name: '新同事',
      roles: ['appeal_agent'],
      password: 'Temp@2026x',
    });
    expect(created.status).toBe(201);
    const c = await t.login('newbie', 'Temp@2026x');
    const blocked = await c.get('/api/notifications');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/auth/password', { oldPassword: 'Temp@2026x', newPassword: 'abcdefgh' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors.newPassword).toBeTruthy();
    const ok = await c.post('/api/auth/password', { oldPassword: 'Temp@2026x', newPassword: 'Better#2026' });
    expect(ok.status).toBe(200);
    expect((await c.get('/api/notifications')).status).toBe(200);
  });

  it('when the password changes, then the other sessions of that person are revoked', async () => {
    await createStaff(t, {
      username: 'twice',
      name: '两处登录',
      roles: ['appeal_agent'],
      password: 'Temp@2026x',
    });
    const first = await t.login('twice', 'Temp@2026x');
    const second = await t.login('twice', 'Temp@2026x');
    expect(
      (await second.post('/api/auth/password', { oldPassword: 'Temp@2026x', newPassword: 'Other#2026' })).status,
    ).toBe(200);
    expect((await first.get('/api/auth/me')).status).toBe(401);
    expect((await second.get('/api/auth/me')).status).toBe(200);
  });

  it('when the security administrator disables an account, then its open sessions stop working at once', async () => {
    const admin = await t.login('secadmin');
    const victim = await t.login('kefu01');
    const row = t.db.select().from(staff).where(eq(staff.username, 'kefu01')).get()!;
    const res = await admin.post(`/api/staff/${row.id}/disable`, { version: row.version });
    expect(res.status).toBe(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    const again = await t.anonymous().post('/api/auth/login', { username: 'kefu01', password: 'Kefu@2026' });
    expect(again.status).toBe(403);
    await admin.post(`/api/staff/${row.id}/enable`, { version: row.version + 1 });
  });
});

const lastLoginIp = (app: TestApp, username: string) => {
  const id = app.db.select().from(staff).where(eq(staff.username, username)).get()!.id;
  return app.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.action, 'auth.login'), eq(auditLogs.resourceId, String(id))))
    .orderBy(desc(auditLogs.id))
    .get()!.ip;
};
const wrongKey = { 'X-Intake-Key': 'guessed-key-0000' };

describe('client addresses (TRUST_PROXY)', () => {
  it('by default, then X-Forwarded-For is ignored: the audit row has the real address and the login limit cannot be dodged', async () => {
    t.clock.advance(61_000);
    const forged = t.anonymous().withHeaders({ 'X-Forwarded-For': '203.0.113.7' });
    expect((await forged.post('/api/auth/login', { username: 'kefu02', password: 'Kefu@2026' })).status).toBe(200);
    expect(lastLoginIp(t, 'kefu02')).toMatch(/127\.0\.0\.1/);
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      const c = t.anonymous().withHeaders({ 'X-Forwarded-For': `198.51.100.${i}` });
      codes.push((await c.post('/api/auth/login', { username: `ghost${i}`, password: 'x' })).status);
    }
    expect(codes.at(-1)).toBe(429);
    t.clock.advance(61_000);
  });

  it("with TRUST_PROXY naming the proxy, then the forwarded address is the client's, and one address guessing intake keys does not block another", async () => {
    const behindProxy = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const c = behindProxy.anonymous().withHeaders({ 'X-Forwarded-For': '203.0.113.7' });
      expect((await c.post('/api/auth/login', { username: 'kefu02', password: 'Kefu@2026' })).status).toBe(200);
      expect(lastLoginIp(behindProxy, 'kefu02')).toBe('203.0.113.7');
      const guesser = behindProxy.anonymous().withHeaders({ 'X-Forwarded-For': '198.51.100.66' });
      for (let i = 0; i < 31; i++) await guesser.put('/api/intake/title-applications/999999', {}, wrongKey);
      expect((await guesser.put('/api/intake/title-applications/999999', {}, INTAKE_KEY)).status).toBe(429);
      const hall = behindProxy.anonymous().withHeaders({ 'X-Forwarded-For': '198.51.100.1' });
      expect([401, 429]).not.toContain(
        (await hall.put('/api/intake/title-applications/999999', {}, INTAKE_KEY)).status,
      );
    } finally {
      await behindProxy.close();
    }
  });

  it('when TRUST_PROXY is read, then it is off, a hop count or addresses; "true" and bad addresses stop the boot', () => {
    const trust = (v?: string) =>
      loadConfig({ NODE_ENV: 'test', ...(v === undefined ? {} : { TRUST_PROXY: v }) }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.0/8, loopback,::1')).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    expect(() => trust('true')).toThrow(/TRUST_PROXY/);
    expect(() => trust('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
    expect(() => trust('proxy.example')).toThrow(/TRUST_PROXY/);
  });
});

describe('intake key', () => {
  it('when 45 wrong keys arrive in a burst, then the first 30 get 401 and the rest 429, the right key from there too, until the minute is over', async () => {
    t.clock.advance(61_000);
    const codes = (
      await Promise.all(Array.from({ length: 45 }, () => t.anonymous().post('/api/intake/appeals', {}, wrongKey)))
    ).map((r) => r.status);
    expect(codes.filter((c) => c === 401)).toHaveLength(30);
    expect(codes.filter((c) => c === 429)).toHaveLength(15);
    expect((await t.anonymous().put('/api/intake/title-applications/999999', {}, INTAKE_KEY)).status).toBe(429);
    t.clock.advance(61_000);
    expect([401, 429]).not.toContain(
      (await t.anonymous().put('/api/intake/title-applications/999999', {}, INTAKE_KEY)).status,
    );
  });
});
