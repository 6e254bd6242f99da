import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import { z } from 'zod';

export const MANIFEST = 'manifest.json';
export const BACKUP_DB = 'hrss.db';
export const BACKUP_UPLOADS = 'uploads';

// Upload names are ours (uuid.ext), but a manifest is read back from disk: a name that could leave
// the uploads folder (`../x`, `/etc/x`) is refused before anything is copied.
const uploadName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?$/, '非法的文件名');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '非法的 SHA-256');

export const ManifestSchema = z.object({
  format: z.literal('hrss-backup/1'),
  createdAt: z.string(),
  database: z.object({
    file: z.literal(BACKUP_DB),
    size: z.number().int().nonnegative(),
    sha256,
    tables: z.record(z.string(), z.number().int().nonnegative()),
  }),
  uploads: z.array(z.object({ name: uploadName, size: z.number().int().nonnegative(), sha256 })),
  /** Rows in `files` whose upload could not be copied (gone, or its bytes no longer match the row's hash). */
  unreadableUploads: z.array(z.object({ name: z.string(), reason: z.enum(['missing', 'hash_mismatch']) })),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export async function sha256File(file: string): Promise<{ size: number; sha256: string }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  await pipeline(fs.createReadStream(file), async function (chunks: AsyncIterable<Buffer>) {
    for await (const c of chunks) {
      hash.update(c);
      size += c.length;
    }
  });
  return { size, sha256: hash.digest('hex') };
}

/** Copies a file and flushes it to disk, so a backup that says it is done survives a power cut. */
export async function copyDurably(from: string, to: string) {
  await fs.promises.copyFile(from, to, fs.constants.COPYFILE_EXCL);
  const fh = await fs.promises.open(to, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export async function writeManifest(dir: string, manifest: Manifest) {
  const target = path.join(dir, MANIFEST);
  await fs.promises.writeFile(`${target}.part`, JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
  const fh = await fs.promises.open(`${target}.part`, 'r');
  await fh.sync();
  await fh.close();
  await fs.promises.rename(`${target}.part`, target);
}

export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST);
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`无法读取备份清单 ${file}: ${(err as Error).message}（备份未完成或不是备份目录）`);
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `备份清单格式不正确: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`,
    );
  return parsed.data;
}

/** Row count of every table, so a restore can show it holds what the backup held. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((n) => [
      n,
      sqlite
        .prepare(`SELECT count(*) FROM "${n.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** `PRAGMA integrity_check` and `foreign_key_check`; an empty list means the file is sound. */
export function integrityProblems(sqlite: Database.Database): string[] {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok');
  const fk = (sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (r) => `外键: ${r.table} 第 ${r.rowid} 行 → ${r.parent}`,
  );
  return [...integrity, ...fk];
}
