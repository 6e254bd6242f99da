import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { chainHash, type ChainContent } from '../../server/audit/chain';
import { recordAudit } from '../../server/audit/record';
import { verifyAuditChain } from '../../server/modules/audit-logs/audit-logs.service';
import { createStaff } from '../helpers/staff';
import { startTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Sign-ins, a failed one and a staff change: rows from several code paths.
  await t.anonymous().post('/api/auth/login', { username: 'kefu01', password: 'wrong' });
  await t.login('kefu01');
  await createStaff(t, {
    username: 'chain01',
    name: '链测试',
    roles: ['appeal_agent'],
    phone: '13912345678',
    password: 'Secret#2026',
  });
});
afterAll(() => t.close());

const raw = () => t.db.$client;
const count = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM audit_logs').get() as { n: number }).n;

describe('the audit log refuses rewriting from a SQL shell', () => {
  it('when a row is replaced through INSERT OR REPLACE or REPLACE INTO with its id, then the database refuses and the row is unchanged', () => {
    const before = raw().prepare('SELECT * FROM audit_logs WHERE id = 1').get();
    expect(() =>
      raw()
        .prepare(
          "INSERT OR REPLACE INTO audit_logs (id, at, action, resource, summary) VALUES (1, '2026-01-01T00:00:00.000Z', 'auth.login', 'auth', 'forged')",
        )
        .run(),
    ).toThrow(/append-only/);
    expect(() =>
      raw()
        .prepare(
          "REPLACE INTO audit_logs (id, at, action, resource, summary) VALUES (1, '2026-01-01T00:00:00.000Z', 'auth.login', 'auth', 'forged')",
        )
        .run(),
    ).toThrow(/append-only/);
    expect(raw().prepare('SELECT * FROM audit_logs WHERE id = 1').get()).toEqual(before);
  });

  it('when a row is updated or deleted, then the database refuses', () => {
    expect(() => raw().prepare("UPDATE audit_logs SET summary = 'tampered' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => raw().prepare('DELETE FROM audit_logs WHERE id = 1').run()).toThrow(/append-only/);
  });
});

describe('npm run audit:verify on a copy of the database', () => {
  const copies = () => path.join(t.dir, 'copies');
  let n = 0;
  /** A consistent copy of the test database, with the triggers dropped, changed by `tamper`. */
  function tamperedCopy(tamper: (db: Database.Database) => void) {
    fs.mkdirSync(copies(), { recursive: true });
    const file = path.join(copies(), `copy-${++n}.db`);
    raw().prepare('VACUUM INTO ?').run(file);
    const db = new Database(file);
    for (const { name } of db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_logs'")
      .all() as { name: string }[])
      db.exec(`DROP TRIGGER ${name}`);
    tamper(db);
    db.close();
    return file;
  }
  async function verify(file: string) {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      env: { ...process.env, DATABASE_PATH: file, NODE_ENV: 'test' },
    });
    return run.then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  }
  const middleId = () => Math.ceil(count(raw()) / 2);

  it('when nothing was changed, then it exits 0 and reports every row checked', async () => {
    const file = tamperedCopy(() => {});
    const copy = new Database(file, { readonly: true });
    const rows = count(copy);
    copy.close();
    expect(rows).toBeGreaterThan(3);
    const { code, out } = await verify(file);
    expect(out).toContain(`已校验 ${rows} 条`);
    expect(code).toBe(0);
  });

  it('when a row’s summary is changed with the triggers dropped, then it exits non-zero naming that row', async () => {
    const id = middleId();
    const file = tamperedCopy((db) => db.prepare("UPDATE audit_logs SET summary = '无事发生' WHERE id = ?").run(id));
    const { code, out } = await verify(file);
    expect(code).toBe(1);
    expect(out).toContain(`#${id}）内容与其哈希不符`);
  });

  it('when a row is rewritten and its hash recomputed, then the next row is named: its link no longer fits', async () => {
    const id = middleId();
    const file = tamperedCopy((db) => {
      const row = db
        .prepare(
          'SELECT id, at, actor_id AS actorId, actor_name AS actorName, action, resource, resource_id AS resourceId, summary, ip, prev_hash AS prevHash FROM audit_logs WHERE id = ?',
        )
        .get(id) as ChainContent & { prevHash: string };
      const forged = { ...row, actorName: '他人' };
      db.prepare('UPDATE audit_logs SET actor_name = ?, hash = ? WHERE id = ?').run(
        forged.actorName,
        chainHash(forged, row.prevHash),
        id,
      );
    });
    const { code, out } = await verify(file);
    expect(code).toBe(1);
    expect(out).toContain(`#${id + 1}）与前一条记录的哈希链接不符`);
  });

  it('when a row is deleted, then the row after the hole is named', async () => {
    const id = middleId();
    const file = tamperedCopy((db) => db.prepare('DELETE FROM audit_logs WHERE id = ?').run(id));
    const { code, out } = await verify(file);
    expect(code).toBe(1);
    expect(out).toContain(`#${id + 1}）之前的记录被删除`);
  });
});

describe('a database from before the chain', () => {
  it('when it is migrated, then its old rows count as legacy, new rows chain after them and REPLACE is refused', async () => {
    const older = path.join(t.dir, 'migrations-before-chain');
    fs.cpSync(path.resolve('db/migrations'), older, { recursive: true });
    const journalFile = path.join(older, 'meta/_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0006');
    fs.writeFileSync(journalFile, JSON.stringify(journal));

    const file = path.join(t.dir, 'before-chain.db');
    const old = openDb(file, { migrationsFolder: older });
    for (const summary of ['旧记录一', '旧记录二'])
      old.$client
        .prepare(
          "INSERT INTO audit_logs (at, action, resource, summary) VALUES ('2026-01-05T01:00:00.000Z', 'auth.login', 'auth', ?)",
        )
        .run(summary);
    old.$client.close();

    const db = openDb(file, { backupDir: path.join(t.dir, 'before-chain-backups') });
    db.transaction(
      (tx) =>
        recordAudit(tx, {
          actor: null,
          action: 'auth.login_failed',
          resource: 'auth',
          summary: '迁移后',
          at: '2026-01-06T01:00:00.000Z',
        }),
      { behavior: 'immediate' },
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, legacy: 2, checked: 1, headId: 3 });
    expect(() =>
      db.$client.prepare("REPLACE INTO audit_logs (id, at, action, resource) VALUES (1, '2026-01-01', 'x', 'y')").run(),
    ).toThrow(/append-only/);
    db.$client.close();
  });
});
