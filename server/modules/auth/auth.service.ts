import { eq } from 'drizzle-orm';
import { staff } from '../../../db/schema';
import type { AppContext } from '../../context';
import { AppError, invalid, unauthenticated } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { permissionsOf } from '../../domain/policy';
import { recordAudit } from '../../audit/record';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../security/passwords';
import { revokeSessions } from '../../http/session';

const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60_000;
// One message for unknown user and wrong password: the login form must not reveal who has an account.
const BAD_CREDENTIALS = '用户名或密码错误';

const hhmm = (d: Date) =>
  d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });

export type StaffRow = typeof staff.$inferSelect;

/** Checks the password, counting failures and locking after five in a row; returns the staff row on success. */
export async function login(ctx: AppContext, username: string, password: string, ip: string | undefined): Promise<StaffRow> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const found = ctx.db.select().from(staff).where(eq(staff.username, username)).get();
  if (!found) {
    await verifyPassword(await dummyPasswordHash(), password);
    ctx.db.transaction((tx) =>
      recordAudit(tx, { actor: null, action: 'auth.login_failed', resource: 'staff', summary: `未知用户名 ${username.slice(0, 32)}`, at, ip }),
    );
    throw unauthenticated(BAD_CREDENTIALS);
  }
  if (found.lockedUntil && Date.parse(found.lockedUntil) > now.getTime()) {
    throw new AppError(423, `连续登录失败次数过多，账号已锁定，请于 ${hhmm(new Date(found.lockedUntil))} 后再试`);
  }
  const ok = await verifyPassword(found.passwordHash, password);
  const actor = { id: found.id, name: found.name, ip };
  if (!ok) {
    const failures = found.failedLogins + 1;
    const lock = failures >= MAX_FAILURES;
    const lockedUntil = lock ? new Date(now.getTime() + LOCK_MS).toISOString() : null;
    ctx.db.transaction((tx) => {
      tx.update(staff).set({ failedLogins: lock ? 0 : failures, lockedUntil }).where(eq(staff.id, found.id)).run();
      recordAudit(tx, {
        actor,
        action: lock ? 'auth.locked' : 'auth.login_failed',
        resource: 'staff',
        resourceId: found.id,
        summary: lock ? `连续 ${MAX_FAILURES} 次密码错误，锁定至 ${lockedUntil}` : `密码错误（第 ${failures} 次）`,
        at,
        ip,
      });
    });
    if (lock) throw new AppError(423, `连续 ${MAX_FAILURES} 次密码错误，账号已锁定 15 分钟，请于 ${hhmm(new Date(lockedUntil!))} 后再试`);
    throw unauthenticated(BAD_CREDENTIALS);
  }
  if (found.status !== 'active') throw new AppError(403, '账号已停用，请联系系统管理员');
  ctx.db.transaction((tx) => {
    tx.update(staff).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at }).where(eq(staff.id, found.id)).run();
    recordAudit(tx, { actor, action: 'auth.login', resource: 'staff', resourceId: found.id, summary: '登录成功', at, ip });
  });
  return found;
}

/** Changes the caller's own password; every other session of theirs is revoked. */
export async function changeOwnPassword(ctx: AppContext, actor: Actor, keepSessionId: string | undefined, oldPassword: string, newPassword: string) {
  const row = ctx.db.select().from(staff).where(eq(staff.id, actor.id)).get();
  if (!row) throw unauthenticated();
  if (!(await verifyPassword(row.passwordHash, oldPassword))) throw invalid('原密码不正确', { oldPassword: '原密码不正确' });
  if (oldPassword === newPassword) throw invalid('新密码不能与原密码相同', { newPassword: '新密码不能与原密码相同' });
  const passwordHash = await hashPassword(newPassword);
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction((tx) => {
    tx.update(staff)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: at, updatedAt: at, version: row.version + 1 })
      .where(eq(staff.id, actor.id))
      .run();
    revokeSessions(tx, actor.id, keepSessionId);
    recordAudit(tx, { actor, action: 'auth.password_changed', resource: 'staff', resourceId: actor.id, summary: '本人修改密码', at });
  });
}

export function presentMe(row: Pick<StaffRow, 'id' | 'username' | 'name' | 'roles' | 'orgId' | 'mustChangePassword'>) {
  return { id: row.id, username: row.username, name: row.name, roles: row.roles, orgId: row.orgId, mustChangePassword: row.mustChangePassword };
}

export function me(ctx: AppContext, actor: Actor) {
  const row = ctx.db.select().from(staff).where(eq(staff.id, actor.id)).get();
  if (!row) throw unauthenticated();
  // The console shows menus and buttons from these, so it never keeps a copy of the policy table.
  return { ...presentMe(row), permissions: permissionsOf(row.roles) };
}
