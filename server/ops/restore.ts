import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DataPaths } from './backup';
import {
  BACKUP_DB,
  BACKUP_UPLOADS,
  copyDurably,
  integrityProblems,
  readManifest,
  sha256File,
  tableCounts,
} from './manifest';

type Log = (msg: string) => void;

export interface RestoreResult {
  tables: Record<string, number>;
  uploads: number;
  integrity: 'ok';
}

const SQLITE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** What a restore would overwrite: a database file (or its WAL) or any file in the upload folder. */
function existingData(paths: DataPaths): string[] {
  const found = SQLITE_SIDE_FILES.map((s) => paths.databasePath + s).filter(
    (f) => fs.existsSync(f) && fs.statSync(f).size > 0,
  );
  if (fs.existsSync(paths.uploadDir) && fs.readdirSync(paths.uploadDir).length > 0) found.push(paths.uploadDir);
  return found;
}

/**
 * Checks every byte against the manifest before touching the target, then puts back the uploads
 * and, last, the database (so an interrupted restore never leaves a database whose files are
 * missing), and checks the result. The server must be stopped: it holds the old file open.
 */
export async function restore(
  paths: DataPaths,
  fromDir: string,
  opts: { force?: boolean; log?: Log } = {},
): Promise<RestoreResult> {
  const log = opts.log ?? (() => {});
  const from = path.resolve(fromDir);
  const manifest = await readManifest(from);
  log(
    `备份清单: ${manifest.createdAt}，数据库 ${(manifest.database.size / 1024 / 1024).toFixed(1)} MB，文件 ${manifest.uploads.length} 个`,
  );

  const wrong: string[] = [];
  const check = async (file: string, expected: { size: number; sha256: string }) => {
    if (!fs.existsSync(file)) return wrong.push(`${file} 缺失`);
    const actual = await sha256File(file);
    if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) wrong.push(`${file} 的 SHA-256 与清单不符`);
  };
  await check(path.join(from, BACKUP_DB), manifest.database);
  for (const [i, u] of manifest.uploads.entries()) {
    await check(path.join(from, BACKUP_UPLOADS, u.name), u);
    if ((i + 1) % 500 === 0 || i + 1 === manifest.uploads.length) log(`校验文件: ${i + 1}/${manifest.uploads.length}`);
  }
  if (wrong.length)
    throw new Error(`备份校验失败，未做任何恢复（${wrong.length} 处）: ${wrong.slice(0, 5).join('；')}`);
  log('备份校验通过');

  const existing = existingData(paths);
  if (existing.length && !opts.force)
    throw new Error(`目标数据目录不是空的（${existing.join('、')}）；确认要覆盖请加 --force`);
  if (existing.length) {
    log(`--force: 删除现有数据 ${existing.join('、')}`);
    for (const s of SQLITE_SIDE_FILES) fs.rmSync(paths.databasePath + s, { force: true });
    // Files only, never folders: a mistyped UPLOAD_DIR must not take a directory tree with it.
    for (const e of fs.existsSync(paths.uploadDir) ? fs.readdirSync(paths.uploadDir, { withFileTypes: true }) : []) {
      if (e.isFile()) fs.rmSync(path.join(paths.uploadDir, e.name));
    }
  }

  fs.mkdirSync(paths.uploadDir, { recursive: true });
  fs.mkdirSync(path.dirname(paths.databasePath), { recursive: true });
  for (const [i, u] of manifest.uploads.entries()) {
    await copyDurably(path.join(from, BACKUP_UPLOADS, u.name), path.join(paths.uploadDir, u.name));
    if ((i + 1) % 500 === 0 || i + 1 === manifest.uploads.length) log(`恢复文件: ${i + 1}/${manifest.uploads.length}`);
  }
  const partial = `${paths.databasePath}.restoring`;
  fs.rmSync(partial, { force: true });
  await copyDurably(path.join(from, BACKUP_DB), partial);
  fs.renameSync(partial, paths.databasePath);

  const db = new Database(paths.databasePath, { fileMustExist: true });
  try {
    const problems = integrityProblems(db);
    if (problems.length) throw new Error(`恢复后的数据库未通过完整性检查: ${problems.slice(0, 5).join('；')}`);
    const tables = tableCounts(db);
    const differ = Object.keys({ ...tables, ...manifest.database.tables }).filter(
      (t) => tables[t] !== manifest.database.tables[t],
    );
    if (differ.length) throw new Error(`恢复后的行数与清单不符: ${differ.join('、')}`);
    log(
      `恢复完成: ${paths.databasePath}，integrity_check ok，${Object.keys(tables).length} 张表与清单一致，文件 ${manifest.uploads.length} 个`,
    );
    return { tables, uploads: manifest.uploads.length, integrity: 'ok' };
  } finally {
    db.close();
  }
}
