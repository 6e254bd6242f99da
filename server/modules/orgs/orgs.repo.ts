import { eq, count } from 'drizzle-orm';
import { orgs, staff } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { ORG_LEVELS } from '../../../db/schema/foundation';
import { boundedCount, enumFilter, intFilter, like, type ListParams, type ListSpec } from '../../../db/lists';

export const orgListSpec: ListSpec = {
  resource: 'orgs',
  table: orgs,
  idColumn: orgs.id,
  sortable: { id: orgs.id, name: orgs.name, level: orgs.level, parentId: orgs.parentId },
  filters: { level: enumFilter(orgs.level, ORG_LEVELS), parentId: intFilter(orgs.parentId) },
  search: (q) => like(orgs.name, q, 'contains'),
  defaultSort: ['id', 'ASC'],
};

export function listOrgs(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(orgs)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, orgs, p.where) };
}

export const findOrg = (db: DbOrTx, id: number) => db.select().from(orgs).where(eq(orgs.id, id)).get();

export const countChildren = (db: DbOrTx, id: number) =>
  db.select({ n: count() }).from(orgs).where(eq(orgs.parentId, id)).get()!.n;
export const countStaff = (db: DbOrTx, id: number) =>
  db.select({ n: count() }).from(staff).where(eq(staff.orgId, id)).get()!.n;

/** The org and its ancestors, nearest first (the title-review chain is read from this). */
export function ancestry(db: DbOrTx, id: number): (typeof orgs.$inferSelect)[] {
  const chain: (typeof orgs.$inferSelect)[] = [];
  let current = findOrg(db, id);
  while (current && chain.length < 10) {
    chain.push(current);
    current = current.parentId ? findOrg(db, current.parentId) : undefined;
  }
  return chain;
}

type OrgInsert = typeof orgs.$inferInsert;

export const insertOrg = (db: DbOrTx, values: OrgInsert) =>
  db.insert(orgs).values(values).returning({ id: orgs.id }).get().id;

export function updateOrg(db: DbOrTx, id: number, set: Partial<OrgInsert>) {
  db.update(orgs).set(set).where(eq(orgs.id, id)).run();
}

export function deleteOrg(db: DbOrTx, id: number) {
  db.delete(orgs).where(eq(orgs.id, id)).run();
}

export type OrgRow = typeof orgs.$inferSelect;
