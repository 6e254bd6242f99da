import { and, eq, gte, inArray, lt, or } from 'drizzle-orm';
import { businessItems, operators, units } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import {
  boundedCount,
  enumFilter,
  intFilter,
  like,
  piiSearch,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';
import { OPERATOR_ROLES, OPERATOR_STATUSES } from '../../../db/schema/units';
import { regionCodeUnknown } from '../../domain/validators';

export type OperatorRow = typeof operators.$inferSelect;
type OperatorInsert = typeof operators.$inferInsert;

export const operatorListSpec = (today: () => string): ListSpec => ({
  resource: 'operators',
  table: operators,
  idColumn: operators.id,
  sortable: {
    id: operators.id,
    name: operators.name,
    role: operators.role,
    validTo: operators.validTo,
    status: operators.status,
    createdAt: operators.createdAt,
  },
  filters: {
    unitId: intFilter(operators.unitId),
    role: enumFilter(operators.role, OPERATOR_ROLES),
    status: enumFilter(operators.status, OPERATOR_STATUSES),
    expired: (v) => (v === true || v === 'true' ? lt(operators.validTo, today()) : gte(operators.validTo, today())),
  },
  search: (q) => or(like(operators.name, q, 'prefix'), piiSearch(operators.phone, q), piiSearch(operators.idNumber, q)),
  defaultSort: ['id', 'ASC'],
});

/** The page with each operator's unit name. */
export function listOperators(db: Db, p: ListParams) {
  const rows = db
    .select({ o: operators, unitName: units.name })
    .from(operators)
    .innerJoin(units, eq(units.id, operators.unitId))
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, operators, p.where) };
}

export const findOperator = (db: DbOrTx, id: number) => db.select().from(operators).where(eq(operators.id, id)).get();

export const findOperatorOfUnitByIdNumber = (db: DbOrTx, unitId: number, idNumber: string) =>
  db
    .select({ id: operators.id })
    .from(operators)
    .where(and(eq(operators.unitId, unitId), eq(operators.idNumber, idNumber)))
    .get();

/** How many of `ids` are business items still in use. */
export const countActiveBusinessItems = (db: DbOrTx, ids: number[]) =>
  db
    .select({ id: businessItems.id })
    .from(businessItems)
    .where(and(inArray(businessItems.id, ids), eq(businessItems.active, true)))
    .all().length;

export const insertOperator = (db: DbOrTx, values: OperatorInsert) =>
  db
    .insert(operators)
    .values({ ...values, regionCodeUnknown: regionCodeUnknown({ ids: [[values.idType, values.idNumber]] }) })
    .returning({ id: operators.id })
    .get().id;

export function updateOperator(db: DbOrTx, id: number, set: Partial<OperatorInsert>) {
  db.update(operators).set(set).where(eq(operators.id, id)).run();
  if (set.idType === undefined && set.idNumber === undefined) return;
  const o = db
    .select({ idType: operators.idType, idNumber: operators.idNumber })
    .from(operators)
    .where(eq(operators.id, id))
    .get();
  if (o)
    db.update(operators)
      .set({ regionCodeUnknown: regionCodeUnknown({ ids: [[o.idType, o.idNumber]] }) })
      .where(eq(operators.id, id))
      .run();
}

export function deleteOperator(db: DbOrTx, id: number) {
  db.delete(operators).where(eq(operators.id, id)).run();
}
