import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { cacheStatements } from './statementCache';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle given to a synchronous transaction callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Repos accept either, so a query runs the same inside or outside a transaction. */
export type DbOrTx = Db | Tx;

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDbOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Where to put the pre-migration backup of an existing file (default: next to it). */
  backupDir?: string;
  log?: (msg: string) => void;
  /** Tests point this at a trimmed copy to replay an upgrade from an older schema. */
  migrationsFolder?: string;
}

/**
 * Opens the SQLite file with the pragmas every connection needs, then migrates.
 * WAL silently lowers `synchronous` to NORMAL in better-sqlite3's build, so it is set and checked
 * explicitly: an acknowledged government action must survive a power cut.
 */
export function openDb(file: string, opts: OpenDbOptions = {}): Db {
  const log = opts.log ?? (() => {});
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
  const sqlite = new Database(file);
  applyPragmas(sqlite, file);
  const db: Db = drizzle(sqlite, { schema, casing: 'snake_case' });
  if (opts.migrate !== false)
    runMigrations(db, existed ? file : null, opts.backupDir, log, opts.migrationsFolder ?? MIGRATIONS);
  optimize(sqlite, true);
  cacheStatements(sqlite);
  return db;
}

/**
 * Refreshes the planner's statistics where tables grew or were never analysed (SQLite's advice for
 * long-lived connections: at open with 0x10002, then now and then). Without them a list on a
 * million rows may pick a scan. analysis_limit keeps each ANALYZE to a sample, milliseconds per table.
 */
export function optimize(sqlite: Database.Database, atOpen = false) {
  sqlite.pragma('analysis_limit = 400');
  sqlite.pragma(atOpen ? 'optimize = 0x10002' : 'optimize');
}

function applyPragmas(sqlite: Database.Database, file: string) {
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = FULL');
  const sync = sqlite.pragma('synchronous', { simple: true });
  const fk = sqlite.pragma('foreign_keys', { simple: true });
  if (sync !== 2 || fk !== 1)
    throw new Error(`SQLite pragmas not applied (synchronous=${String(sync)}, foreign_keys=${String(fk)})`);
}

function pendingMigrations(sqlite: Database.Database, folder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'")
    .get();
  if (!hasTable) return journal.entries.length;
  const row = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  return journal.entries.length - row.n;
}

/**
 * drizzle-kit rebuilds tables (`__new_x`) by copy-drop-rename; with foreign keys ON that drop
 * cascades and silently deletes child rows (drizzle-orm #5782). So: back up, turn foreign keys
 * off for the migration, check integrity ourselves, then turn them back on.
 */
function runMigrations(
  db: Db,
  existingFile: string | null,
  backupDir: string | undefined,
  log: (m: string) => void,
  folder: string,
) {
  const sqlite = db.$client;
  const pending = pendingMigrations(sqlite, folder);
  if (pending <= 0) return;
  if (existingFile) {
    const dir = backupDir ?? path.dirname(path.resolve(existingFile));
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(
      dir,
      `${path.basename(existingFile)}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`,
    );
    // VACUUM INTO is synchronous and consistent, unlike the async db.backup() API.
    sqlite.prepare('VACUUM INTO ?').run(target);
    log(`数据库迁移前已备份到 ${target}`);
  }
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: folder });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`迁移后外键检查失败: ${JSON.stringify(broken.slice(0, 5))}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  log(`已应用 ${pending} 个数据库迁移`);
}
