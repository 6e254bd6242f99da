import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { backup } from '../../server/ops/backup';
import { MANIFEST, readManifest, sha256File, tableCounts } from '../../server/ops/manifest';
import { restore } from '../../server/ops/restore';
import { buildAppealFields, intakeAppeal, submitAppeal } from '../helpers/appeals';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { buildUnitFields, registrationForm } from '../helpers/units';

const ROOT = path.resolve(import.meta.dirname, '../..');
let t: TestApp;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-backup-test-'));
let n = 0;
const fresh = (name: string) => path.join(scratch, `${name}-${++n}`);
/** The database and upload paths the server would use for DATA_DIR=dir. */
const dataPaths = (dir: string) => loadConfig({ NODE_ENV: 'test', DATA_DIR: dir });

beforeAll(async () => {
  t = await startTestApp();
  const jigou = await t.login('jigou01');
  for (let i = 0; i < 4; i++) await submitAppeal(t);
  for (let i = 0; i < 2; i++) {
    const res = await jigou.post('/api/units', registrationForm(buildUnitFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});
afterAll(async () => {
  await t.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Opens a restored database read-only for the checks below. */
function inspect<T>(dbPath: string, read: (db: Database.Database) => T): T {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function backupAndRestore() {
  const out = fresh('backup');
  const manifest = await backup(t.ctx.config, out);
  const target = dataPaths(fresh('restored'));
  const result = await restore(target, out);
  return { out, manifest, target, result };
}

describe('backup while the server is up, restore into a fresh folder', () => {
  it('when nothing is being written, then the restore has every row of every table and every upload byte for byte', async () => {
    const live = tableCounts(t.db.$client);
    const { manifest, target, result } = await backupAndRestore();
    expect(result.integrity).toBe('ok');
    expect(manifest.database.tables).toEqual(live);
    expect(inspect(target.databasePath, tableCounts)).toEqual(live);
    expect(inspect(target.databasePath, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');

    const liveFiles = t.db.$client.prepare('SELECT storage_name AS name, sha256 FROM files').all() as {
      name: string;
      sha256: string;
    }[];
    expect(liveFiles.length).toBe(4 * 7 + 2 * 3);
    for (const f of liveFiles) {
      expect((await sha256File(path.join(target.uploadDir, f.name))).sha256).toBe(f.sha256);
      expect((await sha256File(path.join(t.ctx.config.uploadDir, f.name))).sha256).toBe(f.sha256);
    }
    expect(fs.readdirSync(target.uploadDir).sort()).toEqual(liveFiles.map((f) => f.name).sort());
  });

  it('when appeals keep arriving during the backup, then the restore is one consistent moment: between the counts before and after, each appeal whole with its materials, files and audit row', async () => {
    t.clock.advance(61_000);
    const before = tableCounts(t.db.$client);
    const inFlight = Array.from({ length: 6 }, () => intakeAppeal(t, buildAppealFields()));
    const { manifest, target, result } = await backupAndRestore();
    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    const after = tableCounts(t.db.$client);

    expect(result.integrity).toBe('ok');
    const restored = inspect(target.databasePath, tableCounts);
    expect(restored).toEqual(manifest.database.tables);
    for (const table of Object.keys(after)) {
      expect(restored[table], table).toBeGreaterThanOrEqual(before[table]);
      expect(restored[table], table).toBeLessThanOrEqual(after[table]);
    }
    const torn = inspect(target.databasePath, (db) => ({
      appealsWithoutSevenMaterials: db
        .prepare(
          'SELECT a.id FROM appeals a LEFT JOIN appeal_materials m ON m.appeal_id = a.id GROUP BY a.id HAVING count(m.id) <> 7',
        )
        .all(),
      appealsWithoutAudit: db
        .prepare(
          "SELECT id FROM appeals WHERE CAST(id AS TEXT) NOT IN (SELECT resource_id FROM audit_logs WHERE action = 'appeals.submit')",
        )
        .all(),
      files: db.prepare('SELECT storage_name AS name, sha256 FROM files').all() as { name: string; sha256: string }[],
    }));
    expect(torn.appealsWithoutSevenMaterials).toEqual([]);
    expect(torn.appealsWithoutAudit).toEqual([]);
    for (const f of torn.files) expect((await sha256File(path.join(target.uploadDir, f.name))).sha256).toBe(f.sha256);
    expect(fs.readdirSync(target.uploadDir).length).toBe(torn.files.length);
  });
});

describe('restore refuses what it cannot vouch for', () => {
  it('when the target already holds data, then the restore refuses without --force and replaces it with --force', async () => {
    const out = fresh('backup');
    await backup(t.ctx.config, out);
    const target = dataPaths(fresh('occupied'));
    await restore(target, out);
    const stranger = path.join(target.uploadDir, 'not-in-the-backup.pdf');
    fs.writeFileSync(stranger, 'x');

    await expect(restore(target, out)).rejects.toThrow(/不是空的.*--force/);
    expect(fs.existsSync(stranger)).toBe(true);

    const result = await restore(target, out, { force: true });
    expect(result.integrity).toBe('ok');
    expect(fs.existsSync(stranger)).toBe(false);
    expect(inspect(target.databasePath, tableCounts)).toEqual((await readManifest(out)).database.tables);
  });

  it('when a hash in the manifest was changed, or an upload in the backup was altered, then nothing is restored', async () => {
    const out = fresh('backup');
    const manifest = await backup(t.ctx.config, out);

    const edited = structuredClone(manifest);
    edited.uploads[0].sha256 = edited.uploads[0].sha256.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify(edited));
    const target = dataPaths(fresh('untouched'));
    await expect(restore(target, out)).rejects.toThrow(/SHA-256 与清单不符/);
    expect(fs.existsSync(target.databasePath)).toBe(false);
    expect(fs.existsSync(target.uploadDir)).toBe(false);

    fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest));
    fs.appendFileSync(path.join(out, 'uploads', manifest.uploads[1].name), 'tampered');
    await expect(restore(target, out)).rejects.toThrow(/SHA-256 与清单不符/);
    expect(fs.existsSync(target.databasePath)).toBe(false);
  });

  it('when the manifest names a file outside the backup folder, then it is refused before anything is read', async () => {
    const out = fresh('backup');
    const manifest = await backup(t.ctx.config, out);
    manifest.uploads[0].name = '../../etc/passwd';
    fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest));
    await expect(restore(dataPaths(fresh('untouched')), out)).rejects.toThrow(/备份清单格式不正确.*非法的文件名/);
  });

  it('when a registered upload is gone or altered on disk, then the backup leaves it out and names it in the manifest', async () => {
    const row = (name: string, sha256: string) =>
      t.db.$client
        .prepare(
          "INSERT INTO files (storage_name, original_name, mime, size, sha256, owner_type, field, created_at) VALUES (?, 'x.pdf', 'application/pdf', 1, ?, 'appeals', 'businessLicense', ?)",
        )
        .run(name, sha256, new Date().toISOString()).lastInsertRowid;
    const altered = '00000000-0000-4000-8000-000000000001.pdf';
    fs.writeFileSync(path.join(t.ctx.config.uploadDir, altered), 'not what was uploaded');
    const ids = [row('00000000-0000-4000-8000-000000000000.pdf', '0'.repeat(64)), row(altered, '0'.repeat(64))];
    try {
      const out = fresh('backup');
      const manifest = await backup(t.ctx.config, out);
      expect(manifest.unreadableUploads).toEqual([
        { name: '00000000-0000-4000-8000-000000000000.pdf', reason: 'missing' },
        { name: altered, reason: 'hash_mismatch' },
      ]);
      expect(manifest.uploads.map((u) => u.name)).not.toContain(altered);
      expect(fs.existsSync(path.join(out, 'uploads', altered))).toBe(false);
    } finally {
      t.db.$client.prepare(`DELETE FROM files WHERE id IN (${ids.join(',')})`).run();
      fs.rmSync(path.join(t.ctx.config.uploadDir, altered));
    }
  });

  it('when the backup folder is not empty, then the backup refuses to write into it', async () => {
    const out = fresh('backup');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'something'), 'x');
    await expect(backup(t.ctx.config, out)).rejects.toThrow(/不是空的/);
  });
});

describe('the npm commands', () => {
  const run = (script: string, args: string[], env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('when backup and restore run as commands with DATA_DIR, then they print their progress and a second restore without --force exits 1', async () => {
    const out = fresh('cli-backup');
    const b = await run('backup.ts', ['--out', out], { DATA_DIR: t.dir });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/数据库: 复制 \d+ 页/);
    expect(b.stdout).toContain(`备份完成: ${out}`);

    const dataDir = fresh('cli-restored');
    const r = await run('restore.ts', ['--from', out], { DATA_DIR: dataDir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('备份校验通过');
    expect(r.stdout).toContain('integrity_check ok');
    expect(inspect(dataPaths(dataDir).databasePath, tableCounts)).toEqual((await readManifest(out)).database.tables);

    const again = await run('restore.ts', ['--from', out], { DATA_DIR: dataDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    // Three cold starts of tsx: on a busy machine that alone can pass the project's 60 s.
  }, 300_000);
});
