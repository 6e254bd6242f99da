import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, DbOrTx } from '../../db/client';
import { boundedCount, type ListParams } from '../../db/lists';

type CatalogueTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  createdAt: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

/**
 * The queries of a small catalogue (reject reasons, calendar days, business items): a table with an
 * id, a version and one column whose value must be unique.
 */
export function catalogueRepo<T extends CatalogueTable>(table: T, unique: SQLiteColumn) {
  type Row = T['$inferSelect'];
  type Values = T['$inferInsert'];
  // drizzle cannot resolve its builders over a generic table; the casts restate what `table` holds.
  const t = table as CatalogueTable;
  return {
    list(db: Db, p: ListParams) {
      const rows = db
        .select()
        .from(t)
        .where(p.where)
        .orderBy(...p.orderBy)
        .limit(p.limit)
        .offset(p.offset)
        .all() as Row[];
      return { rows, total: boundedCount(db, t, p.where) };
    },
    find: (db: DbOrTx, id: number) => db.select().from(t).where(eq(t.id, id)).get() as Row | undefined,
    /** The entry already holding `value` in the unique column, if any. */
    holderOf: (db: DbOrTx, value: string) =>
      db.select({ id: t.id }).from(t).where(eq(unique, value)).get() as { id: number } | undefined,
    insert: (tx: DbOrTx, values: Values) =>
      (tx.insert(t).values(values).returning({ id: t.id }).get() as { id: number }).id,
    update: (tx: DbOrTx, id: number, set: Partial<Values>) => tx.update(t).set(set).where(eq(t.id, id)).run(),
    remove: (tx: DbOrTx, id: number) => tx.delete(t).where(eq(t.id, id)).run(),
  };
}

export type CatalogueRepo<T extends CatalogueTable> = ReturnType<typeof catalogueRepo<T>>;
