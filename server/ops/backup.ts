import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Config } from '../config';
import {
  BACKUP_DB,
  BACKUP_UPLOADS,
  copyDurably,
  integrityProblems,
  sha256File,
  tableCounts,
  writeManifest,
  type Manifest,
} from './manifest';

export type DataPaths = Pick<Config, 'databasePath' | 'uploadDir'>;
type Log = (msg: string) => void;

/**
 * An online backup while the server keeps writing: SQLite's backup API copies one consistent
 * snapshot of the database, then the uploads that snapshot's `files` rows name are copied (uploads
 * are written before their row commits and never change, so each is on disk by then), then the
 * manifest, last, so a folder without one is an unfinished backup.
 */
export async function backup(paths: DataPaths, outDir: string, log: Log = () => {}): Promise<Manifest> {
  const out = path.resolve(outDir);
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0)
    throw new Error(`备份目录 ${out} 不是空的，请指定一个新目录`);
  if (!fs.existsSync(paths.databasePath)) throw new Error(`数据库文件不存在: ${paths.databasePath}`);
  fs.mkdirSync(path.join(out, BACKUP_UPLOADS), { recursive: true });
  const dbOut = path.join(out, BACKUP_DB);

  const source = new Database(paths.databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // The first step only measures; the rest is copied in one step, under one read transaction.
    // In small steps another connection's write restarts the copy, and a busy server could keep it
    // restarting for ever; WAL lets the server go on writing while the one step reads.
    await source.backup(dbOut, {
      progress: ({ totalPages }) => {
        log(
          `数据库: 复制 ${totalPages} 页 (${((totalPages * (source.pragma('page_size', { simple: true }) as number)) / 1024 / 1024).toFixed(1)} MB)…`,
        );
        return 0x7fffffff;
      },
    });
  } finally {
    source.close();
  }

  const copy = new Database(dbOut);
  let tables: Record<string, number>;
  let rows: { name: string; size: number; sha256: string }[];
  try {
    // One self-contained file: no -wal beside it to forget when the folder is copied elsewhere.
    copy.pragma('journal_mode = DELETE');
    const problems = integrityProblems(copy);
    if (problems.length) throw new Error(`备份的数据库未通过完整性检查: ${problems.slice(0, 5).join('；')}`);
    tables = tableCounts(copy);
    rows = copy.prepare('SELECT storage_name AS name, size, sha256 FROM files ORDER BY id').all() as typeof rows;
  } finally {
    copy.close();
  }
  log(
    `数据库: 完整性检查通过，${Object.keys(tables).length} 张表，${Object.values(tables).reduce((a, b) => a + b, 0)} 行`,
  );

  const uploads: Manifest['uploads'] = [];
  const unreadableUploads: Manifest['unreadableUploads'] = [];
  for (const [i, row] of rows.entries()) {
    const target = path.join(out, BACKUP_UPLOADS, path.basename(row.name));
    try {
      await copyDurably(path.join(paths.uploadDir, row.name), target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      unreadableUploads.push({ name: row.name, reason: 'missing' });
      continue;
    }
    const copied = await sha256File(target);
    if (copied.sha256 !== row.sha256) {
      await fs.promises.rm(target);
      unreadableUploads.push({ name: row.name, reason: 'hash_mismatch' });
      continue;
    }
    uploads.push({ name: row.name, ...copied });
    if ((i + 1) % 500 === 0 || i + 1 === rows.length) log(`上传文件: ${i + 1}/${rows.length}`);
  }
  for (const u of unreadableUploads)
    log(
      `警告: 文件 ${u.name} ${u.reason === 'missing' ? '在上传目录中不存在' : '内容与登记的 SHA-256 不符'}，未纳入备份`,
    );

  const manifest: Manifest = {
    format: 'hrss-backup/1',
    createdAt: new Date().toISOString(),
    database: { file: BACKUP_DB, ...(await sha256File(dbOut)), tables },
    uploads,
    unreadableUploads,
  };
  await writeManifest(out, manifest);
  log(`备份完成: ${out}（数据库 ${(manifest.database.size / 1024 / 1024).toFixed(1)} MB，文件 ${uploads.length} 个）`);
  return manifest;
}
