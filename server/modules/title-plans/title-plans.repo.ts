import { eq, sql } from 'drizzle-orm';
import { titleApplications, titlePlans } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { TITLE_LEVELS } from '../../domain/titleRouting';
import {
  allowedValue,
  booleanFilter,
  boundedCount,
  intFilter,
  like,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';

export const titlePlanListSpec: ListSpec = {
  resource: 'title-plans',
  table: titlePlans,
  idColumn: titlePlans.id,
  sortable: {
    id: titlePlans.id,
    name: titlePlans.name,
    year: titlePlans.year,
    series: titlePlans.series,
    startDate: titlePlans.startDate,
    endDate: titlePlans.endDate,
    updatedAt: titlePlans.updatedAt,
  },
  filters: {
    series: (value) => eq(titlePlans.series, String(value)),
    year: intFilter(titlePlans.year),
    active: booleanFilter(eq(titlePlans.active, true), eq(titlePlans.active, false)),
    level: (value, field) =>
      sql`EXISTS (SELECT 1 FROM json_each(${titlePlans.levels}) WHERE value = ${allowedValue(value, TITLE_LEVELS, field)})`,
  },
  search: (q) => like(titlePlans.name, q, 'contains'),
  defaultSort: ['year', 'DESC'],
};

export type TitlePlanRow = typeof titlePlans.$inferSelect;

export function listTitlePlans(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(titlePlans)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, titlePlans, p.where) };
}

export const findTitlePlan = (db: DbOrTx, id: number) =>
  db.select().from(titlePlans).where(eq(titlePlans.id, id)).get();
export const findTitlePlanByName = (db: DbOrTx, name: string) =>
  db.select({ id: titlePlans.id }).from(titlePlans).where(eq(titlePlans.name, name)).get();
export const insertTitlePlan = (tx: DbOrTx, values: typeof titlePlans.$inferInsert) =>
  tx.insert(titlePlans).values(values).returning({ id: titlePlans.id }).get();
export const updateTitlePlan = (tx: DbOrTx, id: number, values: Partial<TitlePlanRow>) =>
  tx.update(titlePlans).set(values).where(eq(titlePlans.id, id)).run();
export const deleteTitlePlan = (tx: DbOrTx, id: number) => tx.delete(titlePlans).where(eq(titlePlans.id, id)).run();
export const hasApplications = (db: DbOrTx, planId: number) =>
  !!db
    .select({ id: titleApplications.id })
    .from(titleApplications)
    .where(eq(titleApplications.planId, planId))
    .limit(1)
    .get();
