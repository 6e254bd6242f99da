import type { AppContext } from '../../context';
import { forbidden, conflict, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { delegationStatusOn } from '../../domain/delegations';
import { beijingDate } from '../../domain/workingDays';
import { recordAudit } from '../../audit/record';
import { parse } from '../../http/validate';
import type { ListParams } from '../../../db/lists';
import type { Db, DbOrTx } from '../../../db/client';
import { delegationRules, type CreateDelegationInput } from './delegations.schemas';
import {
  activeDelegatesOf,
  activeDelegatorsOf,
  delegationScope,
  endDelegationRow,
  findDelegation,
  insertDelegation,
  listDelegations,
  liveDelegationsOf,
  personOf,
  type DelegationWithNames,
} from './delegations.repo';

const RESOURCE = 'delegations';
export const delegationToday = (ctx: AppContext) => beijingDate(ctx.clock.now());

/** The delegator or a sysadmin may end it while it is scheduled or active. */
const mayEnd = (actor: Actor, r: DelegationWithNames) =>
  actor.id === r.d.delegatorId || actor.roles.includes('sysadmin');

function present(actor: Actor, r: DelegationWithNames, today: string) {
  const status = delegationStatusOn(r.d, today);
  const { createdById: _c, ...d } = r.d;
  return {
    ...d,
    orgName: r.orgName,
    delegatorName: r.delegatorName,
    delegateName: r.delegateName,
    endedByName: r.endedByName,
    status,
    allowedActions: (status === 'active' || status === 'scheduled') && mayEnd(actor, r) ? ['end'] : [],
  };
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listDelegations(ctx.db, delegationScope(actor), p);
  const today = delegationToday(ctx);
  return { rows: rows.map((r) => present(actor, r, today)), total };
}

function loadVisible(db: DbOrTx, actor: Actor, id: number) {
  const r = findDelegation(db, id);
  if (!r || (!actor.roles.includes('sysadmin') && r.d.orgId !== actor.orgId)) throw notFound('委托不存在');
  return r;
}

export const get = (ctx: AppContext, actor: Actor, id: number) =>
  present(actor, loadVisible(ctx.db, actor, id), delegationToday(ctx));

/**
 * 新增委托: a reviewer for themself, a sysadmin for any reviewer. The rules are checked inside the
 * immediate transaction, so two overlapping delegations can never both be written.
 */
export function create(ctx: AppContext, actor: Actor, input: CreateDelegationInput) {
  const delegatorId = input.delegatorId ?? actor.id;
  if (delegatorId !== actor.id && !actor.roles.includes('sysadmin')) throw forbidden('只能为本人设置委托');
  const at = ctx.clock.now().toISOString();
  const today = delegationToday(ctx);
  const id = ctx.db.transaction(
    (tx) => {
      const v = parse(
        delegationRules({ person: (id) => personOf(tx, id), liveOf: (ids) => liveDelegationsOf(tx, ids), today }),
        { ...input, delegatorId },
      );
      const delegator = personOf(tx, v.delegatorId)!;
      const delegate = personOf(tx, v.delegateId)!;
      const id = insertDelegation(tx, {
        orgId: delegator.orgId!,
        delegatorId: v.delegatorId,
        delegateId: v.delegateId,
        startDate: v.startDate,
        endDate: v.endDate,
        reason: v.reason,
        createdById: actor.id,
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor,
        action: 'delegations.create',
        resource: RESOURCE,
        resourceId: id,
        summary: `${delegator.name} 委托 ${delegate.name} 代为审核，${v.startDate} 至 ${v.endDate}，事由：${v.reason}`,
        at,
      });
      return id;
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** 结束委托: the row stays, with when and by whom it ended. */
export function end(ctx: AppContext, actor: Actor, id: number, version: number) {
  const at = ctx.clock.now().toISOString();
  const today = delegationToday(ctx);
  ctx.db.transaction(
    (tx) => {
      const r = loadVisible(tx, actor, id);
      if (!mayEnd(actor, r)) throw forbidden('只有委托人本人或系统管理员可以结束委托');
      if (r.d.version !== version) throw staleVersion();
      const status = delegationStatusOn(r.d, today);
      if (status === 'ended') throw conflict('该委托已结束');
      if (status === 'expired') throw conflict('该委托已到期，无需结束');
      if (!endDelegationRow(tx, r.d, actor.id, at)) throw staleVersion();
      recordAudit(tx, {
        actor,
        action: 'delegations.end',
        resource: RESOURCE,
        resourceId: id,
        summary: `结束 ${r.delegatorName} 对 ${r.delegateName} 的委托（${r.d.startDate} 至 ${r.d.endDate}）`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

export interface ActsFor {
  id: number;
  name: string;
  endDate: string;
}

/** The caller with whom they act for today (their delegators); what the title review checks "held by me" against. */
export function actingActor<A extends Actor>(db: Db | DbOrTx, actor: A, today: string): A & { actsFor: ActsFor[] } {
  return { ...actor, actsFor: activeDelegatorsOf(db, actor.id, today) };
}

/** The review home's banner: whom the caller acts for today, and to whom they delegated. */
export function current(ctx: AppContext, actor: Actor) {
  const today = delegationToday(ctx);
  return {
    actingFor: activeDelegatorsOf(ctx.db, actor.id, today),
    delegatedTo: activeDelegatesOf(ctx.db, actor.id, today),
  };
}
