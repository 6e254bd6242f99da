import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/client';
import { FILE_KINDS } from './kinds';
import { hasFileRows, isStored } from './files.repo';

/**
 * Only names writeUploads() makes (`<uuid>.<kind>` and its `.part`) are ever swept: a mistyped
 * UPLOAD_DIR pointing at the data folder must not cost the database or the SMS log.
 */
const STORAGE_NAME = new RegExp(
  `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(${Object.keys(FILE_KINDS).join('|')})(\\.part)?$`,
);

export interface SweepResult {
  partials: number;
  orphans: number;
  /** Orphans left in place because the files table is empty (see below). */
  kept: number;
}

/**
 * Removes what a crash leaves in the upload folder: half-written `.part` files and files whose
 * transaction never committed (no row in `files`) — ID images among them, so they must not linger.
 * Runs at startup only, before the server listens, so no upload is in flight.
 */
export function sweepUploads(db: Db, uploadDir: string): SweepResult {
  const result: SweepResult = { partials: 0, orphans: 0, kept: 0 };
  if (!fs.existsSync(uploadDir)) return result;
  // An empty files table beside stored files means a wrong DATABASE_PATH (or a fresh one) far more
  // often than a crash that lost every upload: keep them and let a person look.
  const trustRows = hasFileRows(db);
  for (const entry of fs.readdirSync(uploadDir, { withFileTypes: true })) {
    if (!entry.isFile() || !STORAGE_NAME.test(entry.name)) continue;
    const file = path.join(uploadDir, entry.name);
    if (entry.name.endsWith('.part')) {
      fs.rmSync(file, { force: true });
      result.partials++;
    } else if (!isStored(db, entry.name)) {
      if (!trustRows) {
        result.kept++;
        continue;
      }
      fs.rmSync(file, { force: true });
      result.orphans++;
    }
  }
  return result;
}

export function describeSweep(dir: string, r: SweepResult): string {
  const line = `上传目录清理（${dir}）：删除 ${r.partials + r.orphans} 个残留文件（未写完的 .part ${r.partials} 个，无记录的文件 ${r.orphans} 个）`;
  return r.kept
    ? `${line}；files 表为空，${r.kept} 个无记录的文件未删除，请检查 DATABASE_PATH 与 UPLOAD_DIR 是否配对`
    : line;
}
