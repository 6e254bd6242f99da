import type Database from 'better-sqlite3';

/** Distinct SQL texts kept compiled per connection (the lists' filter combinations, the getOne and write paths). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Keeps each compiled statement per connection, keyed by its SQL text (least recently used out first).
 * drizzle hands SQLite a freshly built SQL string per query and better-sqlite3 compiles it anew each
 * time; a list or a review repeats the same few texts with new parameters, so the compile (a tenth of a
 * millisecond for a list with joins) is paid once. Safe because better-sqlite3 runs every statement to
 * completion before the next one starts (nothing here iterates lazily), and a cached statement is
 * handed back in its default mode: drizzle switches `raw()` on for its selects, better-sqlite3's own
 * pragma() `pluck()` (that one passes extra arguments and is not cached anyway). SQLite recompiles a
 * statement by itself when the schema changes under it.
 */
export function cacheStatements(sqlite: Database.Database, max = STATEMENT_CACHE_SIZE): void {
  const prepare = sqlite.prepare.bind(sqlite) as (source: string, ...internal: unknown[]) => Database.Statement;
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string, ...internal: unknown[]): Database.Statement => {
    if (internal.length || typeof source !== 'string') return prepare(source, ...internal);
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      if (stmt.reader) stmt.raw(false);
    } else {
      stmt = prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    return stmt;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
