import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { legacyAccounts, units } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { booleanFilter, boundedCount, like, type ListParams, type ListSpec } from '../../../db/lists';

export type LegacyAccountRow = typeof legacyAccounts.$inferSelect;
export type NewLegacyAccount = typeof legacyAccounts.$inferInsert;

export const legacyAccountListSpec: ListSpec = {
  resource: 'legacy-accounts',
  table: legacyAccounts,
  idColumn: legacyAccounts.id,
  sortable: {
    id: legacyAccounts.id,
    uscc: legacyAccounts.uscc,
    name: legacyAccounts.name,
    legacySystem: legacyAccounts.legacySystem,
    upgradedAt: legacyAccounts.upgradedAt,
    createdAt: legacyAccounts.createdAt,
  },
  filters: {
    legacySystem: (v) => eq(legacyAccounts.legacySystem, String(v)),
    upgraded: booleanFilter(isNotNull(legacyAccounts.upgradedAt), isNull(legacyAccounts.upgradedAt)),
    locked: booleanFilter(isNotNull(legacyAccounts.lockedAt), isNull(legacyAccounts.lockedAt)),
  },
  search: (q) =>
    sql`(${like(legacyAccounts.uscc, q.toUpperCase(), 'prefix')} or ${like(legacyAccounts.name, q, 'contains')} or ${like(legacyAccounts.legacyAccount, q, 'prefix')})`,
  defaultSort: ['id', 'DESC'],
};

export function listLegacyAccounts(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(legacyAccounts)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, legacyAccounts, p.where) };
}

export const findLegacyAccount = (db: DbOrTx, id: number) =>
  db.select().from(legacyAccounts).where(eq(legacyAccounts.id, id)).get();

export const findForUpgrade = (db: DbOrTx, uscc: string, legacySystem: string) =>
  db
    .select()
    .from(legacyAccounts)
    .where(and(eq(legacyAccounts.uscc, uscc), eq(legacyAccounts.legacySystem, legacySystem)))
    .get();

/** imported / upgraded / locked per old system: the progress of each city's migration. */
export const progressBySystem = (db: DbOrTx) =>
  db
    .select({
      legacySystem: legacyAccounts.legacySystem,
      imported: sql<number>`count(*)`,
      upgraded: sql<number>`count(${legacyAccounts.upgradedAt})`,
      locked: sql<number>`count(${legacyAccounts.lockedAt})`,
    })
    .from(legacyAccounts)
    .groupBy(legacyAccounts.legacySystem)
    .orderBy(legacyAccounts.legacySystem)
    .all();

const CHUNK = 500;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/** Which of these USCCs already belong to a unit or a legacy account, and which system accounts are taken. */
export function takenKeys(db: DbOrTx, usccs: string[], systemAccounts: [string, string][]) {
  const unitUscc = new Set<string>();
  const legacyUscc = new Set<string>();
  for (const c of chunks(usccs)) {
    for (const r of db.select({ uscc: units.uscc }).from(units).where(inArray(units.uscc, c)).all())
      unitUscc.add(r.uscc);
    for (const r of db
      .select({ uscc: legacyAccounts.uscc })
      .from(legacyAccounts)
      .where(inArray(legacyAccounts.uscc, c))
      .all())
      legacyUscc.add(r.uscc);
  }
  const accounts = new Set<string>();
  const bySystem = new Map<string, string[]>();
  for (const [s, a] of systemAccounts) {
    const list = bySystem.get(s);
    if (list) list.push(a);
    else bySystem.set(s, [a]);
  }
  for (const [system, list] of bySystem)
    for (const c of chunks(list))
      for (const r of db
        .select({ a: legacyAccounts.legacyAccount })
        .from(legacyAccounts)
        .where(and(eq(legacyAccounts.legacySystem, system), inArray(legacyAccounts.legacyAccount, c)))
        .all())
        accounts.add(`${system}\u0000${r.a}`);
  return { unitUscc, legacyUscc, accounts };
}

const IMPORTED_COLUMNS = [
  'uscc',
  'name',
  'legacySystem',
  'legacyAccount',
  'passwordAlgo',
  'passwordSalt',
  'passwordHash',
  'legalRepName',
  'importedBy',
  'createdAt',
  'updatedAt',
] as const;
type ImportedRow = Pick<NewLegacyAccount, (typeof IMPORTED_COLUMNS)[number]>;

/**
 * Many rows through one prepared statement run per row, inside the caller's transaction (the same
 * connection): drizzle building multi-row inserts costs ~100 µs a row, which a 100,000-row list
 * cannot afford; this is what a raw better-sqlite3 insert does.
 */
export function insertLegacyAccounts(db: Db, rows: ImportedRow[]) {
  // The schema is declared camelCase and mapped to snake_case columns (drizzle's casing option).
  const names = IMPORTED_COLUMNS.map((c) => `"${c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)}"`).join(', ');
  const insert = db.$client.prepare(
    `insert into "legacy_accounts" (${names}) values (${IMPORTED_COLUMNS.map(() => '?').join(', ')})`,
  );
  for (const r of rows) insert.run(...IMPORTED_COLUMNS.map((c) => r[c] ?? null));
}

/**
 * One wrong password counted in a single statement, so parallel guesses can never each read 4 and
 * write 5: the row locks at `limit` failures. Returns the new count, or undefined when it was already locked.
 */
export function countFailure(db: DbOrTx, id: number, limit: number, at: string) {
  return db
    .update(legacyAccounts)
    .set({
      failed: sql`${legacyAccounts.failed} + 1`,
      lockedAt: sql`case when ${legacyAccounts.failed} + 1 >= ${limit} then ${at} else null end`,
      updatedAt: at,
      version: sql`${legacyAccounts.version} + 1`,
    })
    .where(and(eq(legacyAccounts.id, id), isNull(legacyAccounts.lockedAt), isNull(legacyAccounts.upgradedAt)))
    .returning({ failed: legacyAccounts.failed, lockedAt: legacyAccounts.lockedAt })
    .get();
}

export function updateLegacyAccount(db: DbOrTx, id: number, patch: Partial<NewLegacyAccount>) {
  db.update(legacyAccounts).set(patch).where(eq(legacyAccounts.id, id)).run();
}
