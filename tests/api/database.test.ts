import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-db-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A migrations folder with our real migrations plus one that rebuilds `orgs` the way drizzle-kit
 * does (create __new_orgs, copy, DROP, rename) — the pattern that silently deletes ON DELETE CASCADE
 * children when foreign keys are on (drizzle-orm #5782).
 */
function foldersWithRebuild() {
  const real = path.resolve('db/migrations');
  const older = path.join(dir, 'older');
  const newer = path.join(dir, 'newer');
  fs.cpSync(real, older, { recursive: true });
  fs.cpSync(real, newer, { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(real, 'meta/_journal.json'), 'utf8'));
  const tag = '9999_rebuild_staff';
  const createStaff = fs
    .readFileSync(path.join(real, '0000_foundation.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .find((stmt) => stmt.includes('CREATE TABLE `staff`'))!
    .replace('CREATE TABLE `staff`', 'CREATE TABLE `__new_staff`');
  fs.writeFileSync(
    path.join(newer, `${tag}.sql`),
    [
      createStaff,
      'INSERT INTO `__new_staff` SELECT * FROM `staff`;',
      'DROP TABLE `staff`;',
      'ALTER TABLE `__new_staff` RENAME TO `staff`;',
    ].join('\n--> statement-breakpoint\n'),
  );
  journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now() + 1000, tag, breakpoints: true });
  fs.writeFileSync(path.join(newer, 'meta/_journal.json'), JSON.stringify(journal));
  return { older, newer };
}

describe('opening and migrating the database', () => {
  it('sets WAL, foreign keys, busy timeout and synchronous=FULL on every connection', () => {
    const db = openDb(path.join(dir, 'pragmas.db'));
    const p = (name: string) => db.$client.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('foreign_keys')).toBe(1);
    expect(p('busy_timeout')).toBe(5000);
    expect(p('synchronous')).toBe(2);
    db.$client.close();
  });

  it('backs up an existing file before migrating it, and a table rebuild keeps the cascade children', () => {
    const { older, newer } = foldersWithRebuild();
    const file = path.join(dir, 'upgrade.db');
    const db1 = openDb(file, { migrationsFolder: older });
    const at = new Date().toISOString();
    db1.$client
      .prepare(
        "INSERT INTO staff (username, name, password_hash, roles, created_at, updated_at) VALUES ('u1', '甲', 'x', '[]', ?, ?)",
      )
      .run(at, at);
    db1.$client
      .prepare("INSERT INTO staff_sessions (token_hash, staff_id, created_at, last_seen_at) VALUES ('t1', 1, ?, ?)")
      .run(at, at);
    db1.$client.close();

    const backups = path.join(dir, 'backups');
    const db2 = openDb(file, { migrationsFolder: newer, backupDir: backups });
    // staff_sessions references staff ON DELETE CASCADE: with foreign keys on, DROP TABLE staff would have emptied it.
    expect(db2.$client.prepare('SELECT count(*) AS n FROM staff_sessions').get()).toEqual({ n: 1 });
    expect(db2.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db2.$client.close();

    const [backup] = fs.readdirSync(backups);
    expect(backup).toMatch(/^upgrade\.db\..*\.bak$/);
    const copy = new Database(path.join(backups, backup), { readonly: true });
    expect(copy.prepare('SELECT username FROM staff').all()).toEqual([{ username: 'u1' }]);
    copy.close();
  });

  it('takes no backup when nothing is pending', () => {
    const file = path.join(dir, 'steady.db');
    openDb(file).$client.close();
    const backups = path.join(dir, 'steady-backups');
    openDb(file, { backupDir: backups }).$client.close();
    expect(fs.existsSync(backups)).toBe(false);
  });
});
