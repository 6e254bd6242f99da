import type { staff } from '../../../db/schema';
import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { AppError, invalid, unauthenticated } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { permissionsOf } from '../../domain/policy';
import { recordAudit } from '../../audit/record';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../security/passwords';
import { endSession, revokeSessions } from '../../http/session';
import { getSetting } from '../settings/settings.service';
import {
  clearFailures,
  findStaffById,
  findStaffByUsername,
  lockAccount,
  lockedUntilOf,
  reserveAttempt,
  setOwnPassword,
} from './auth.repo';

// One message for unknown user and wrong password: the login form must not reveal who has an account.
const BAD_CREDENTIALS = '用户名或密码错误';

const hhmm = (d: Date) =>
  d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });

export type StaffRow = typeof staff.$inferSelect;

/**
 * Checks the password, counting failures and locking after `security.lockoutThreshold` (5) in a row; returns the staff row on success.
 * The attempt is counted before the (slow, async) hash check and the lock decided from that count, so
 * parallel guesses get at most that many checks between them.
 */
export async function login(
  ctx: AppContext,
  username: string,
  password: string,
  ip: string | undefined,
): Promise<StaffRow> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const found = findStaffByUsername(ctx.db, username);
  if (!found) {
    await verifyPassword(await dummyPasswordHash(), password);
    ctx.db.transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: 'auth.login_failed',
        resource: 'staff',
        summary: `未知用户名 ${username.slice(0, 32)}`,
        at,
        ip,
      }),
    );
    throw unauthenticated(BAD_CREDENTIALS);
  }
  const actor = { id: found.id, name: found.name, ip };
  // The lockout rule is security_admin's (安全设置): read at each attempt, so a change applies at once.
  const maxFailures = getSetting(ctx.db, 'security.lockoutThreshold');
  const lockMinutes = getSetting(ctx.db, 'security.lockoutMinutes');
  const until = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
  const audit = (tx: Tx, action: string, summary: string) =>
    recordAudit(tx, { actor, action, resource: 'staff', resourceId: found.id, summary, at, ip });

  const slot = reserveAttempt(ctx.db, found.id, maxFailures, at);
  if (slot === undefined) {
    // Locked, or five attempts already counted and still being checked: this one is not checked at all,
    // and a sixth attempt in one run locks the account like a fifth failure would.
    const lockedUntil = ctx.db.transaction(
      (tx) => {
        if (!lockAccount(tx, found.id, until, at)) return lockedUntilOf(tx, found.id, at) ?? until;
        audit(tx, 'auth.locked', `${maxFailures} 次登录尝试未结束时又有尝试，锁定至 ${until}`);
        return until;
      },
      { behavior: 'immediate' },
    );
    throw lockedError(lockedUntil);
  }

  if (!(await verifyPassword(found.passwordHash, password))) {
    const lockedByThis = ctx.db.transaction(
      (tx) => {
        const locks = slot >= maxFailures && lockAccount(tx, found.id, until, at);
        audit(
          tx,
          locks ? 'auth.locked' : 'auth.login_failed',
          locks ? `连续 ${maxFailures} 次密码错误，锁定至 ${until}` : `密码错误（第 ${slot} 次）`,
        );
        return locks;
      },
      { behavior: 'immediate' },
    );
    if (lockedByThis)
      throw new AppError(
        423,
        `连续 ${maxFailures} 次密码错误，账号已锁定 ${lockMinutes} 分钟，请于 ${hhmm(new Date(until))} 后再试`,
      );
    throw lockedNow(ctx, found.id, at) ?? unauthenticated(BAD_CREDENTIALS);
  }

  const outcome = ctx.db.transaction(
    (tx) => {
      if (found.status !== 'active') return clearFailures(tx, found.id) ? 'disabled' : 'locked';
      if (!clearFailures(tx, found.id, at)) return 'locked';
      audit(tx, 'auth.login', '登录成功');
      return 'ok';
    },
    { behavior: 'immediate' },
  );
  if (outcome === 'locked') throw lockedNow(ctx, found.id, at)!;
  if (outcome === 'disabled') throw new AppError(403, '账号已停用，请联系系统管理员');
  return found;
}

const lockedError = (until: string) =>
  new AppError(423, `连续登录失败次数过多，账号已锁定，请于 ${hhmm(new Date(until))} 后再试`);

/** The 423 for an account a parallel attempt has locked, if it is locked now. */
function lockedNow(ctx: AppContext, staffId: number, at: string): AppError | undefined {
  const until = lockedUntilOf(ctx.db, staffId, at);
  return until ? lockedError(until) : undefined;
}

/** Ends the caller's session; a request without one has nothing to end and leaves no audit row. */
export function logout(ctx: AppContext, actor: Actor | undefined, sessionId: string | undefined) {
  if (!actor || !sessionId) return;
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction((tx) => {
    endSession(tx, sessionId);
    recordAudit(tx, { actor, action: 'auth.logout', resource: 'staff', resourceId: actor.id, summary: '退出登录', at });
  });
}

/** Changes the caller's own password; every other session of theirs is revoked. */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  keepSessionId: string | undefined,
  oldPassword: string,
  newPassword: string,
) {
  const row = findStaffById(ctx.db, actor.id);
  if (!row) throw unauthenticated();
  if (!(await verifyPassword(row.passwordHash, oldPassword)))
    throw invalid('原密码不正确', { oldPassword: '原密码不正确' });
  if (oldPassword === newPassword) throw invalid('新密码不能与原密码相同', { newPassword: '新密码不能与原密码相同' });
  const passwordHash = await hashPassword(newPassword);
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction((tx) => {
    setOwnPassword(tx, actor.id, passwordHash, at, row.version + 1);
    revokeSessions(tx, actor.id, keepSessionId);
    recordAudit(tx, {
      actor,
      action: 'auth.password_changed',
      resource: 'staff',
      resourceId: actor.id,
      summary: '本人修改密码',
      at,
    });
  });
}

export function presentMe(row: Pick<StaffRow, 'id' | 'username' | 'name' | 'roles' | 'orgId' | 'mustChangePassword'>) {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    roles: row.roles,
    orgId: row.orgId,
    mustChangePassword: row.mustChangePassword,
  };
}

export function me(ctx: AppContext, actor: Actor) {
  const row = findStaffById(ctx.db, actor.id);
  if (!row) throw unauthenticated();
  // The console shows menus and buttons from these, so it never keeps a copy of the policy table.
  return { ...presentMe(row), permissions: permissionsOf(row.roles) };
}
