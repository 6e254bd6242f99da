import type { AppContext } from '../../context';
import { conflict, forbidden, invalid, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import { triadConflict } from '../../domain/separationOfDuties';
import type { Actor } from '../../domain/roles';
import { maskPhone } from '../../domain/validators';
import { allowedEvents, transition } from '../../domain/workflows/stateMachine';
import { staffLabels, staffWorkflow, type StaffEvent } from '../../domain/workflows/staff.workflow';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import { revokeSessions } from '../../http/session';
import type { ListParams } from '../../../db/lists';
import type { Tx } from '../../../db/client';
import { hashPassword } from '../../security/passwords';
import { findStaff, insertStaff, listStaff, updateStaff, usernameTaken, type StaffWithOrg } from './staff.repo';
import { findOrg } from '../orgs/orgs.repo';

function present(ctx: AppContext, actor: Actor, r: StaffWithOrg) {
  const s = r.staff;
  const locked = !!s.lockedUntil && Date.parse(s.lockedUntil) > ctx.clock.now().getTime();
  return {
    id: s.id,
    username: s.username,
    name: s.name,
    roles: s.roles,
    orgId: s.orgId,
    orgName: r.orgName,
    phone: s.phone ? maskPhone(s.phone) : null,
    status: s.status,
    locked,
    lockedUntil: locked ? s.lockedUntil : null,
    mustChangePassword: s.mustChangePassword,
    lastLoginAt: s.lastLoginAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    version: s.version,
    allowedActions: [
      ...(can(actor, 'staff.update') ? ['edit'] : []),
      ...(can(actor, 'staff.write') ? ['resetPassword'] : []),
      ...(locked && can(actor, 'staff.lock') ? ['unlock'] : []),
      // Nobody disables their own account by accident and locks the bureau out.
      ...allowedEvents(staffWorkflow, s.status, actor.roles).filter((e) => !(e === 'disable' && s.id === actor.id)),
    ],
  };
}

function load(ctx: AppContext, id: number) {
  const row = findStaff(ctx.db, id);
  if (!row) throw notFound('工作人员不存在');
  return row;
}

/**
 * 三员分立: no account holds two of sysadmin, security_admin, audit_admin (400 naming the pair), and only
 * security_admin gives or takes roles (a reviewer's org binding with them); sysadmin keeps the rest.
 */
function checkRoles(actor: Actor, roles: readonly string[], changed: boolean) {
  const clash = triadConflict(roles);
  if (clash) throw invalid(clash, { roles: clash });
  if (changed && !can(actor, 'staff.assignRoles')) throw forbidden('角色由安全管理员分配');
}

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

function checkOrg(ctx: AppContext, orgId: number | null | undefined) {
  if (orgId && !findOrg(ctx.db, orgId)) {
    throw invalid('所选审核机构不存在', { orgId: '审核机构不存在' });
  }
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listStaff(ctx.db, p);
  return { rows: rows.map((r) => present(ctx, actor, r)), total };
}

export const get = (ctx: AppContext, actor: Actor, id: number) => present(ctx, actor, load(ctx, id));

export async function create(
  ctx: AppContext,
  actor: Actor,
  input: {
    username: string;
    name: string;
    roles: Actor['roles'];
    orgId?: number | null;
    phone?: string | null;
    password: string;
  },
) {
  checkRoles(actor, input.roles, input.roles.length > 0);
  checkOrg(ctx, input.orgId);
  if (usernameTaken(ctx.db, input.username)) {
    throw conflict('用户名已存在', { username: '用户名已存在' });
  }
  const passwordHash = await hashPassword(input.password);
  const at = ctx.clock.now().toISOString();
  const orgId = input.roles.includes('title_reviewer') ? (input.orgId ?? null) : null;
  const id = ctx.db.transaction(
    (tx) => {
      const newId = insertStaff(tx, {
        username: input.username,
        name: input.name,
        roles: input.roles,
        orgId,
        phone: input.phone || null,
        passwordHash,
        mustChangePassword: true,
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor,
        action: 'staff.create',
        resource: 'staff',
        resourceId: newId,
        summary: describeFields({
          username: input.username,
          name: input.name,
          roles: input.roles.join(','),
          orgId,
          phone: input.phone || null,
        }),
        at,
      });
      return newId;
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

export function update(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { name: string; roles: Actor['roles']; orgId?: number | null; phone?: string | null; version: number },
) {
  checkOrg(ctx, input.orgId);
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findStaff(tx, id);
      if (!before) throw notFound('工作人员不存在');
      if (before.staff.version !== input.version) throw staleVersion();
      const b = before.staff;
      // The edit form sends back the masked phone it was shown: that means "unchanged".
      const keptPhone = b.phone && input.phone === maskPhone(b.phone);
      if (!keptPhone && input.phone?.includes('*'))
        throw invalid('请输入完整的手机号码', { phone: '请输入完整的手机号码' });
      const next = {
        name: input.name,
        roles: input.roles,
        orgId: input.roles.includes('title_reviewer') ? (input.orgId ?? null) : null,
        phone: keptPhone ? b.phone : input.phone || null,
      };
      checkRoles(actor, next.roles, !sameRoles(b.roles, next.roles) || b.orgId !== next.orgId);
      if ((b.name !== next.name || b.phone !== next.phone) && !can(actor, 'staff.write'))
        throw forbidden('姓名与手机号码由系统管理员维护');
      // Whoever assigns roles keeps their own: nobody locks the bureau out of role assignment by accident.
      if (id === actor.id && b.roles.includes('security_admin') && !next.roles.includes('security_admin'))
        throw conflict('不能取消自己的安全管理员角色', { roles: '不能取消自己的安全管理员角色' });
      updateStaff(tx, id, { ...next, updatedAt: at, version: before.staff.version + 1 });
      const changes = describeChanges(
        { name: before.staff.name, roles: before.staff.roles, orgId: before.staff.orgId, phone: before.staff.phone },
        next,
      );
      recordAudit(tx, {
        actor,
        action: 'staff.update',
        resource: 'staff',
        resourceId: id,
        summary: changes || '无变化',
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/**
 * The shape every staff action shares: in one immediate transaction, load the row, check the
 * version the clerk saw, then let `act` write the change and its audit row.
 */
function actOnStaff(
  ctx: AppContext,
  actor: Actor,
  id: number,
  version: number,
  act: (tx: Tx, row: StaffWithOrg, at: string) => void,
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const row = findStaff(tx, id);
      if (!row) throw notFound('工作人员不存在');
      if (row.staff.version !== version) throw staleVersion();
      act(tx, row, at);
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Disable / enable through the staff workflow; disabling revokes every session at once. */
export function changeStatus(ctx: AppContext, actor: Actor, id: number, event: StaffEvent, version: number) {
  if (event === 'disable' && id === actor.id) throw conflict('不能停用自己的账号');
  return actOnStaff(ctx, actor, id, version, (tx, row, at) => {
    const to = transition(staffWorkflow, row.staff.status, event, actor.roles, staffLabels);
    updateStaff(tx, id, { status: to, updatedAt: at, version: version + 1 });
    if (to === 'disabled') revokeSessions(tx, id);
    recordAudit(tx, {
      actor,
      action: `staff.${event}`,
      resource: 'staff',
      resourceId: id,
      summary: `${row.staff.username}: ${staffLabels.event(event)}`,
      at,
    });
  });
}

export function unlock(ctx: AppContext, actor: Actor, id: number, version: number) {
  return actOnStaff(ctx, actor, id, version, (tx, row, at) => {
    updateStaff(tx, id, { lockedUntil: null, failedLogins: 0, updatedAt: at, version: version + 1 });
    recordAudit(tx, {
      actor,
      action: 'staff.unlock',
      resource: 'staff',
      resourceId: id,
      summary: `${row.staff.username}: 解除锁定`,
      at,
    });
  });
}

/** Sets a temporary password the staff member must change at next sign-in; their sessions end. */
export async function resetPassword(ctx: AppContext, actor: Actor, id: number, version: number, password: string) {
  const passwordHash = await hashPassword(password);
  return actOnStaff(ctx, actor, id, version, (tx, row, at) => {
    updateStaff(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      passwordChangedAt: at,
      updatedAt: at,
      version: version + 1,
    });
    revokeSessions(tx, id);
    recordAudit(tx, {
      actor,
      action: 'staff.reset_password',
      resource: 'staff',
      resourceId: id,
      summary: `${row.staff.username}: 重置密码（须于下次登录时修改）`,
      at,
    });
  });
}
