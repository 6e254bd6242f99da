import { count, desc, eq, or, sql } from 'drizzle-orm';
import { institutionAdminHistory, institutions, institutionSequences, units } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { INSTITUTION_LEVELS, INSTITUTION_TYPES } from '../../domain/institutions';
import { INSTITUTION_STATUSES } from '../../domain/workflows/institutions.workflow';
import {
  boundedCount,
  dateBound,
  enumFilter,
  like,
  piiSearch,
  textSearch,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';
import { regionCodeUnknown } from '../../domain/validators';

export const institutionListSpec: ListSpec = {
  resource: 'institutions',
  table: institutions,
  idColumn: institutions.id,
  sortable: {
    id: institutions.id,
    number: institutions.number,
    name: institutions.name,
    type: institutions.type,
    level: institutions.level,
    status: institutions.status,
    createdAt: institutions.createdAt,
    openedAt: institutions.openedAt,
  },
  filters: {
    type: enumFilter(institutions.type, INSTITUTION_TYPES),
    level: enumFilter(institutions.level, INSTITUTION_LEVELS),
    status: enumFilter(institutions.status, INSTITUTION_STATUSES),
    // A city's code covers its districts: 220100 matches 2201xx.
    regionCode: (v) => like(institutions.regionCode, String(v).replace(/0+$/, ''), 'prefix'),
    createdAt_gte: dateBound(institutions.createdAt, 'gte'),
    createdAt_lte: dateBound(institutions.createdAt, 'lte'),
  },
  search: (q) =>
    or(
      textSearch(
        {
          fts: 'institutions_fts',
          idColumn: institutions.id,
          columns: [institutions.name, institutions.adminName],
          codeColumns: [institutions.number],
        },
        q,
      ),
      piiSearch(institutions.adminPhone, q),
      piiSearch(institutions.adminIdNumber, q),
    ),
  defaultSort: ['id', 'DESC'],
};

const columns = { institution: institutions, unitName: units.name };

export function listInstitutions(db: Db, p: ListParams) {
  const rows = db
    .select(columns)
    .from(institutions)
    .leftJoin(units, eq(units.id, institutions.unitId))
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, institutions, p.where) };
}

export const findInstitution = (db: DbOrTx, id: number) =>
  db
    .select(columns)
    .from(institutions)
    .leftJoin(units, eq(units.id, institutions.unitId))
    .where(eq(institutions.id, id))
    .get();
export type InstitutionWithUnit = NonNullable<ReturnType<typeof findInstitution>>;

export const adminHistoryOf = (db: DbOrTx, id: number) =>
  db
    .select()
    .from(institutionAdminHistory)
    .where(eq(institutionAdminHistory.institutionId, id))
    .orderBy(desc(institutionAdminHistory.id))
    .all();

/** The next sequence for (level, division); call inside an immediate transaction so two registrations never share one. */
export function nextSequence(tx: DbOrTx, key: string): number {
  const row = tx
    .insert(institutionSequences)
    .values({ key, last: 1 })
    .onConflictDoUpdate({ target: institutionSequences.key, set: { last: sql`${institutionSequences.last} + 1` } })
    .returning({ last: institutionSequences.last })
    .get();
  return row.last;
}

/** Counts per type and per level (grouped over indexed columns; a few hundred thousand rows at most). */
export function stats(db: Db) {
  const byType = db.select({ key: institutions.type, n: count() }).from(institutions).groupBy(institutions.type).all();
  const byLevel = db
    .select({ key: institutions.level, n: count() })
    .from(institutions)
    .groupBy(institutions.level)
    .all();
  const byStatus = db
    .select({ key: institutions.status, n: count() })
    .from(institutions)
    .groupBy(institutions.status)
    .all();
  const asMap = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.n]));
  return { byType: asMap(byType), byLevel: asMap(byLevel), byStatus: asMap(byStatus) };
}

export type InstitutionPatch = Partial<Omit<typeof institutions.$inferInsert, 'id'>>;

export const insertInstitution = (db: DbOrTx, values: typeof institutions.$inferInsert) =>
  db
    .insert(institutions)
    .values({ ...values, regionCodeUnknown: regionCodeUnknown({ ids: [[values.adminIdType, values.adminIdNumber]] }) })
    .returning({ id: institutions.id })
    .get().id;

export function updateInstitution(db: DbOrTx, id: number, patch: InstitutionPatch) {
  db.update(institutions).set(patch).where(eq(institutions.id, id)).run();
  if (patch.adminIdType === undefined && patch.adminIdNumber === undefined) return;
  const i = db
    .select({ t: institutions.adminIdType, n: institutions.adminIdNumber })
    .from(institutions)
    .where(eq(institutions.id, id))
    .get();
  if (i)
    db.update(institutions)
      .set({ regionCodeUnknown: regionCodeUnknown({ ids: [[i.t, i.n]] }) })
      .where(eq(institutions.id, id))
      .run();
}

/** The administrator being replaced goes into 原管理员信息. */
export function insertAdminHistory(db: DbOrTx, row: typeof institutionAdminHistory.$inferInsert) {
  db.insert(institutionAdminHistory).values(row).run();
}
