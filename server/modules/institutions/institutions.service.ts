import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { invalid, notFound, staleVersion } from '../../domain/errors';
import {
  initialInstitutionPassword,
  institutionNumber,
  PASSWORD_RULE_TEXT,
  sequenceKey,
  type InstitutionLevel,
  type InstitutionType,
} from '../../domain/institutions';
import type { Actor } from '../../domain/roles';
import { keepIfMasked, maskIdNumber, maskPhone, type IdType } from '../../domain/validators';
import { allowedEvents, transition } from '../../domain/workflows/stateMachine';
import {
  institutionLabels,
  institutionWorkflow,
  type InstitutionEvent,
} from '../../domain/workflows/institutions.workflow';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import { recordReveal } from '../../security/revealLimit';
import { queueSms } from '../../sms/outbox';
import {
  institutionAdminChanged,
  institutionDisabled,
  institutionEnabled,
  institutionOpened,
  institutionPasswordReset,
} from '../../sms/templates';
import type { ListParams } from '../../../db/lists';
import { hashPassword } from '../../security/passwords';
import { getSetting } from '../settings/settings.service';
import {
  adminHistoryOf,
  findInstitution,
  insertAdminHistory,
  insertInstitution,
  listInstitutions,
  nextSequence,
  stats as countStats,
  updateInstitution,
  type InstitutionWithUnit,
} from './institutions.repo';
import { findUnit } from '../units/units.repo';
import type { institutionAdminHistory, institutions } from '../../../db/schema';

type HistoryRow = typeof institutionAdminHistory.$inferSelect;

export interface AdminInput {
  adminName: string;
  adminIdType: IdType;
  adminIdNumber: string;
  adminPhone: string;
  version: number;
}

/** What staff see: the administrator's ID number and phones masked, never the password hash. */
function present(actor: Actor, r: InstitutionWithUnit, history?: HistoryRow[]) {
  const { passwordHash: _hash, ...i } = r.institution;
  return {
    ...i,
    unitName: r.unitName,
    adminIdNumber: maskIdNumber(i.adminIdNumber),
    adminPhone: maskPhone(i.adminPhone),
    contactPhone: maskPhone(i.contactPhone),
    ...(history
      ? {
          adminHistory: history.map((h) => ({
            ...h,
            adminIdNumber: maskIdNumber(h.adminIdNumber),
            adminPhone: maskPhone(h.adminPhone),
          })),
        }
      : {}),
    allowedActions: ['edit', ...allowedEvents(institutionWorkflow, i.status, actor.roles)],
  };
}

function load(ctx: AppContext, id: number) {
  const r = findInstitution(ctx.db, id);
  if (!r) throw notFound('机构不存在');
  return r;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listInstitutions(ctx.db, p);
  return { rows: rows.map((r) => present(actor, r)), total };
}

export const get = (ctx: AppContext, actor: Actor, id: number) =>
  present(actor, load(ctx, id), adminHistoryOf(ctx.db, id));

export const stats = (ctx: AppContext) => countStats(ctx.db);

/** The full administrator ID number and phones; every call leaves an audit row. */
export function revealPii(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const r = load(ctx, id).institution;
  recordReveal(ctx, {
    actor,
    reason,
    action: 'institutions.pii_reveal',
    resource: 'institutions',
    resourceId: id,
    summary: `查看 ${r.number} 管理员完整证件号码与手机号码`,
  });
  return { adminIdNumber: r.adminIdNumber, adminPhone: r.adminPhone, contactPhone: r.contactPhone };
}

function checkUnit(tx: Tx, unitId: number | null | undefined) {
  if (unitId && !findUnit(tx, unitId)) throw invalid('登记单位不存在', { unitId: '登记单位不存在' });
}

/** 机构登记: the number is assigned here, in the same immediate transaction as the row, and never reused. */
export function register(
  ctx: AppContext,
  actor: Actor,
  input: {
    name: string;
    type: InstitutionType;
    level: InstitutionLevel;
    region: string;
    regionCode: string;
    unitId?: number | null;
    address?: string | null;
    contactName?: string | null;
    contactPhone?: string | null;
  },
) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      checkUnit(tx, input.unitId);
      const number = institutionNumber(
        input.level,
        input.regionCode,
        nextSequence(tx, sequenceKey(input.level, input.regionCode)),
      );
      const newId = insertInstitution(tx, {
        ...input,
        unitId: input.unitId ?? null,
        number,
        status: 'registered',
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor,
        action: 'institutions.create',
        resource: 'institutions',
        resourceId: newId,
        summary: `登记机构 ${number}；${describeFields({ ...input })}`,
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
  input: {
    name: string;
    unitId?: number | null;
    address?: string | null;
    contactName?: string | null;
    contactPhone?: string | null;
    version: number;
  },
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findInstitution(tx, id)?.institution;
      if (!before) throw notFound('机构不存在');
      if (before.version !== input.version) throw staleVersion();
      checkUnit(tx, input.unitId);
      // The edit form only ever saw the masked phone: the same mask back means unchanged.
      const contactPhone = keepIfMasked(input.contactPhone, before.contactPhone, maskPhone);
      if (contactPhone === undefined) throw invalid('请填写完整的手机号码', { contactPhone: '请填写完整的手机号码' });
      const next = {
        name: input.name,
        unitId: input.unitId ?? null,
        address: input.address ?? null,
        contactName: input.contactName ?? null,
        contactPhone,
      };
      updateInstitution(tx, id, { ...next, updatedAt: at, version: before.version + 1 });
      recordAudit(tx, {
        actor,
        action: 'institutions.update',
        resource: 'institutions',
        resourceId: id,
        summary: describeChanges(before, next) || '无变化',
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/**
 * Every status action: load, check the version the clerk saw, move through the transition table,
 * then let `act` write the change; audit row and SMS in the same transaction.
 */
function act(
  ctx: AppContext,
  actor: Actor,
  id: number,
  version: number,
  event: InstitutionEvent,
  write: (
    tx: Tx,
    before: typeof institutions.$inferSelect,
    to: string,
    at: string,
  ) => { summary: string; sms?: { phone: string; content: string } },
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findInstitution(tx, id)?.institution;
      if (!before) throw notFound('机构不存在');
      if (before.version !== version) throw staleVersion();
      const to = transition(institutionWorkflow, before.status, event, actor.roles, institutionLabels);
      const { summary, sms } = write(tx, before, to, at);
      recordAudit(tx, {
        actor,
        action: `institutions.${event}`,
        resource: 'institutions',
        resourceId: id,
        summary: `${before.number}：${summary}`,
        at,
      });
      if (sms) queueSms(tx, { ...sms, relatedType: 'institutions', relatedId: id, at });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

const adminSummary = (a: Pick<AdminInput, 'adminName' | 'adminIdNumber' | 'adminPhone'>) =>
  `${a.adminName}（${maskIdNumber(a.adminIdNumber)}，${maskPhone(a.adminPhone)}）`;

/** 开通: sets the administrator; the account is the number and the password follows the rule. */
export async function open(ctx: AppContext, actor: Actor, id: number, admin: AdminInput) {
  const prefix = getSetting(ctx.db, 'institutions.passwordPrefix');
  const passwordHash = await hashPassword(initialInstitutionPassword(prefix, admin.adminIdNumber));
  return act(ctx, actor, id, admin.version, 'open', (tx, before, to, at) => {
    updateInstitution(tx, id, {
      status: to as 'open',
      adminName: admin.adminName,
      adminIdType: admin.adminIdType,
      adminIdNumber: admin.adminIdNumber,
      adminPhone: admin.adminPhone,
      adminSince: at,
      passwordHash,
      mustChangePassword: true,
      openedAt: at,
      statusReason: null,
      updatedAt: at,
      version: before.version + 1,
    });
    return {
      summary: `开通，管理员 ${adminSummary(admin)}`,
      sms: {
        phone: admin.adminPhone,
        content: institutionOpened({
          adminName: admin.adminName,
          institutionName: before.name,
          number: before.number,
          passwordRule: PASSWORD_RULE_TEXT(prefix),
        }),
      },
    };
  });
}

/** 变更管理员: the previous administrator goes to the history; the password returns to the rule for the new one. */
export async function changeAdmin(ctx: AppContext, actor: Actor, id: number, admin: AdminInput) {
  const prefix = getSetting(ctx.db, 'institutions.passwordPrefix');
  const passwordHash = await hashPassword(initialInstitutionPassword(prefix, admin.adminIdNumber));
  return act(ctx, actor, id, admin.version, 'changeAdmin', (tx, before, _to, at) => {
    if (before.adminIdType === admin.adminIdType && before.adminIdNumber === admin.adminIdNumber) {
      throw invalid('新管理员与现管理员是同一人', { adminIdNumber: '与现管理员证件号码相同' });
    }
    insertAdminHistory(tx, {
      institutionId: id,
      adminName: before.adminName!,
      adminIdType: before.adminIdType!,
      adminIdNumber: before.adminIdNumber!,
      adminPhone: before.adminPhone!,
      fromAt: before.adminSince ?? before.openedAt ?? before.createdAt,
      toAt: at,
      changedBy: actor.id,
      changedByName: actor.name,
    });
    updateInstitution(tx, id, {
      adminName: admin.adminName,
      adminIdType: admin.adminIdType,
      adminIdNumber: admin.adminIdNumber,
      adminPhone: admin.adminPhone,
      adminSince: at,
      passwordHash,
      mustChangePassword: true,
      updatedAt: at,
      version: before.version + 1,
    });
    return {
      summary: `管理员由 ${adminSummary({ adminName: before.adminName!, adminIdNumber: before.adminIdNumber!, adminPhone: before.adminPhone! })} 变更为 ${adminSummary(admin)}`,
      sms: {
        phone: admin.adminPhone,
        content: institutionAdminChanged({
          adminName: admin.adminName,
          institutionName: before.name,
          number: before.number,
          passwordRule: PASSWORD_RULE_TEXT(prefix),
        }),
      },
    };
  });
}

/** 重置密码: back to the initial-password rule for the current administrator. */
export async function resetPassword(ctx: AppContext, actor: Actor, id: number, version: number) {
  const current = load(ctx, id).institution;
  const prefix = getSetting(ctx.db, 'institutions.passwordPrefix');
  const passwordHash = current.adminIdNumber
    ? await hashPassword(initialInstitutionPassword(prefix, current.adminIdNumber))
    : null;
  return act(ctx, actor, id, version, 'resetPassword', (tx, before, _to, at) => {
    updateInstitution(tx, id, { passwordHash, mustChangePassword: true, updatedAt: at, version: before.version + 1 });
    return {
      summary: '重置密码为初始密码规则',
      sms: {
        phone: before.adminPhone!,
        content: institutionPasswordReset({
          adminName: before.adminName!,
          number: before.number,
          passwordRule: PASSWORD_RULE_TEXT(prefix),
        }),
      },
    };
  });
}

export function disable(ctx: AppContext, actor: Actor, id: number, version: number, reason: string) {
  return act(ctx, actor, id, version, 'disable', (tx, before, to, at) => {
    updateInstitution(tx, id, {
      status: to as 'disabled',
      statusReason: reason,
      updatedAt: at,
      version: before.version + 1,
    });
    return {
      summary: `停用，原因：${reason}`,
      sms: {
        phone: before.adminPhone!,
        content: institutionDisabled({ institutionName: before.name, number: before.number, reason }),
      },
    };
  });
}

export function enable(ctx: AppContext, actor: Actor, id: number, version: number) {
  return act(ctx, actor, id, version, 'enable', (tx, before, to, at) => {
    updateInstitution(tx, id, { status: to as 'open', statusReason: null, updatedAt: at, version: before.version + 1 });
    return {
      summary: '启用',
      sms: {
        phone: before.adminPhone!,
        content: institutionEnabled({ institutionName: before.name, number: before.number }),
      },
    };
  });
}
