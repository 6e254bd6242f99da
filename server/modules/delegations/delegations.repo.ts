import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { delegations, orgs, staff } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor } from '../../domain/roles';
import { DELEGATION_STATUSES, type DelegationPerson } from '../../domain/delegations';
import {
  allowedValue,
  boundedCount,
  intFilter,
  type FilterBuilder,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';

export type DelegationRow = typeof delegations.$inferSelect;

const activeOn = (today: string) =>
  and(isNull(delegations.endedAt), lte(delegations.startDate, today), gte(delegations.endDate, today))!;

const statusCondition = (today: string, status: (typeof DELEGATION_STATUSES)[number]): SQL =>
  ({
    active: activeOn(today),
    scheduled: and(isNull(delegations.endedAt), gt(delegations.startDate, today))!,
    expired: and(isNull(delegations.endedAt), lt(delegations.endDate, today))!,
    ended: isNotNull(delegations.endedAt),
  })[status];

/** A staff id, or `me` for the caller. */
const personFilter =
  (column: typeof delegations.delegatorId | typeof delegations.delegateId, actor: Actor): FilterBuilder =>
  (value, field) =>
    value === 'me' ? eq(column, actor.id) : intFilter(column)(value, field);

/** The list's whitelist; `status` is worked out against `today` (Beijing). */
export const delegationListSpec = (actor: Actor, today: string): ListSpec => ({
  resource: 'delegations',
  table: delegations,
  idColumn: delegations.id,
  sortable: {
    id: delegations.id,
    startDate: delegations.startDate,
    endDate: delegations.endDate,
    createdAt: delegations.createdAt,
  },
  filters: {
    orgId: intFilter(delegations.orgId),
    delegatorId: personFilter(delegations.delegatorId, actor),
    delegateId: personFilter(delegations.delegateId, actor),
    status: (value, field) => statusCondition(today, allowedValue(value, DELEGATION_STATUSES, field)),
  },
  defaultSort: ['id', 'DESC'],
});

/** A reviewer sees their org's delegations; a sysadmin every org's. */
export const delegationScope = (actor: Actor): SQL | undefined =>
  actor.roles.includes('sysadmin') ? undefined : actor.orgId == null ? sql`0` : eq(delegations.orgId, actor.orgId);

const delegator = alias(staff, 'delegator');
const delegate = alias(staff, 'delegate');
const ender = alias(staff, 'ender');
const base = (db: DbOrTx) =>
  db
    .select({
      d: delegations,
      orgName: orgs.name,
      delegatorName: delegator.name,
      delegateName: delegate.name,
      endedByName: ender.name,
    })
    .from(delegations)
    .innerJoin(orgs, eq(orgs.id, delegations.orgId))
    .innerJoin(delegator, eq(delegator.id, delegations.delegatorId))
    .innerJoin(delegate, eq(delegate.id, delegations.delegateId))
    .leftJoin(ender, eq(ender.id, delegations.endedById));

export type DelegationWithNames = NonNullable<ReturnType<typeof findDelegation>>;

export function listDelegations(db: Db, scope: SQL | undefined, p: ListParams) {
  const where = and(scope, p.where);
  const rows = base(db)
    .where(where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, delegations, where) };
}

export const findDelegation = (db: DbOrTx, id: number) => base(db).where(eq(delegations.id, id)).get();

/** The staff the rules judge, by id. */
export function personOf(db: DbOrTx, id: number): DelegationPerson | undefined {
  return db
    .select({ id: staff.id, name: staff.name, orgId: staff.orgId, roles: staff.roles, status: staff.status })
    .from(staff)
    .where(eq(staff.id, id))
    .get();
}

/** Delegations not ended that name any of `ids` as delegator or delegate (both served by an index). */
export const liveDelegationsOf = (db: DbOrTx, ids: number[]) =>
  db
    .select()
    .from(delegations)
    .where(
      and(isNull(delegations.endedAt), or(inArray(delegations.delegatorId, ids), inArray(delegations.delegateId, ids))),
    )
    .all();

/** Whom `delegateId` acts for today: the delegators of their active delegations. */
export const activeDelegatorsOf = (db: DbOrTx, delegateId: number, today: string) =>
  db
    .select({ id: staff.id, name: staff.name, endDate: delegations.endDate })
    .from(delegations)
    .innerJoin(staff, eq(staff.id, delegations.delegatorId))
    .where(and(eq(delegations.delegateId, delegateId), activeOn(today)))
    .all();

export const insertDelegation = (tx: DbOrTx, row: typeof delegations.$inferInsert) =>
  tx.insert(delegations).values(row).returning({ id: delegations.id }).get().id;

/** Ends it on the version read; false when someone changed it meanwhile. */
export const endDelegationRow = (tx: DbOrTx, d: DelegationRow, byId: number, at: string) =>
  tx
    .update(delegations)
    .set({ endedAt: at, endedById: byId, updatedAt: at, version: d.version + 1 })
    .where(and(eq(delegations.id, d.id), eq(delegations.version, d.version)))
    .run().changes === 1;

/** To whom `delegatorId` delegated for today. */
export const activeDelegatesOf = (db: DbOrTx, delegatorId: number, today: string) =>
  db
    .select({ id: staff.id, name: staff.name, endDate: delegations.endDate })
    .from(delegations)
    .innerJoin(staff, eq(staff.id, delegations.delegateId))
    .where(and(eq(delegations.delegatorId, delegatorId), activeOn(today)))
    .all();
