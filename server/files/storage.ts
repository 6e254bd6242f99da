import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { files } from '../../db/schema';
import type { Tx } from '../../db/client';
import { AppError } from '../domain/errors';
import type { AppContext } from '../context';
import { FILE_KINDS, type FileKind, type UploadRule } from './kinds';
import { safeFileName } from './names';

/** A file as multer hands it over (memory storage). */
export interface IncomingFile {
  fieldname: string;
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface CheckedFile {
  field: string;
  originalName: string;
  buffer: Buffer;
  kind: FileKind;
  mime: string;
}

export interface StoredFile extends CheckedFile {
  storageName: string;
  sha256: string;
  size: number;
}

/** What the bytes really are: file-type for binary formats; legacy DOC/XLS are both OLE containers, told apart by name. */
async function sniff(file: IncomingFile): Promise<FileKind | null> {
  const type = await fileTypeFromBuffer(file.buffer);
  if (!type) return null;
  if (type.ext === 'cfb') {
    const ext = path.extname(file.originalname).toLowerCase();
    return ext === '.xls' ? 'xls' : ext === '.doc' ? 'doc' : null;
  }
  return (type.ext in FILE_KINDS ? type.ext : null) as FileKind | null;
}

/**
 * Checks every uploaded file against its field's rule before anything is written: a bad request
 * stores nothing, not even the files that were fine. Unknown fields, missing required ones,
 * wrong types (415) and oversize files (413) are all reported per field.
 */
export async function checkUploads(
  ctx: AppContext,
  incoming: IncomingFile[],
  rules: Record<string, UploadRule>,
  opts: { requireAll?: boolean } = {},
): Promise<CheckedFile[]> {
  const tooLarge: Record<string, string> = {};
  const wrongType: Record<string, string> = {};
  const other: Record<string, string> = {};
  const checked: CheckedFile[] = [];
  for (const file of incoming) {
    const rule = rules[file.fieldname];
    if (!rule) {
      other[file.fieldname] = '不接受此材料';
      continue;
    }
    const max = rule.maxBytes ?? ctx.config.uploadMaxBytes;
    if (file.size > max) {
      tooLarge[file.fieldname] = `「${rule.label}」不能超过 ${(max / 1024 / 1024).toFixed(0)} MB`;
      continue;
    }
    const kind = await sniff(file);
    const allowed = rule.kinds.map((k) => FILE_KINDS[k].label).join('、');
    if (!kind || !rule.kinds.includes(kind)) {
      wrongType[file.fieldname] =
        `「${rule.label}」只能上传 ${allowed} 格式的文件${kind ? `（实际为 ${FILE_KINDS[kind].label}）` : '（无法识别文件内容）'}`;
      continue;
    }
    checked.push({
      field: file.fieldname,
      originalName: safeFileName(file.originalname, kind),
      buffer: file.buffer,
      kind,
      mime: FILE_KINDS[kind].mime,
    });
  }
  if (opts.requireAll !== false) {
    for (const [field, rule] of Object.entries(rules)) {
      if (rule.required && !incoming.some((f) => f.fieldname === field)) other[field] = `请上传「${rule.label}」`;
    }
  }
  if (Object.keys(tooLarge).length)
    throw new AppError(413, Object.values(tooLarge).join('；'), { ...tooLarge, ...wrongType, ...other });
  if (Object.keys(wrongType).length)
    throw new AppError(415, Object.values(wrongType).join('；'), { ...wrongType, ...other });
  if (Object.keys(other).length) throw new AppError(400, Object.values(other).join('；'), other);
  return checked;
}

/** Writes checked files under random names (temp file + rename, so no half-written file is ever visible). */
export async function writeUploads(ctx: AppContext, checked: CheckedFile[]): Promise<StoredFile[]> {
  await fs.promises.mkdir(ctx.config.uploadDir, { recursive: true });
  const stored: StoredFile[] = [];
  try {
    for (const f of checked) {
      const storageName = `${crypto.randomUUID()}.${f.kind}`;
      const target = path.join(ctx.config.uploadDir, storageName);
      await fs.promises.writeFile(`${target}.part`, f.buffer, { flag: 'wx' });
      await fs.promises.rename(`${target}.part`, target);
      stored.push({
        ...f,
        storageName,
        size: f.buffer.length,
        sha256: crypto.createHash('sha256').update(f.buffer).digest('hex'),
      });
    }
  } catch (err) {
    await discardUploads(ctx, stored);
    throw err;
  }
  return stored;
}

export async function discardUploads(ctx: AppContext, stored: StoredFile[]) {
  await Promise.all(stored.map((f) => fs.promises.rm(path.join(ctx.config.uploadDir, f.storageName), { force: true })));
}

/** Records stored files against their owner inside the caller's transaction; returns field → file id. */
export function insertFileRows(
  tx: Tx,
  stored: StoredFile[],
  owner: { type: string; id: number | null },
  uploadedBy: number | null,
  at: string,
): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const f of stored) {
    const row = tx
      .insert(files)
      .values({
        storageName: f.storageName,
        originalName: f.originalName,
        mime: f.mime,
        size: f.size,
        sha256: f.sha256,
        ownerType: owner.type,
        ownerId: owner.id,
        field: f.field,
        uploadedBy,
        createdAt: at,
      })
      .returning({ id: files.id })
      .get();
    ids[f.field] = row.id;
  }
  return ids;
}

/**
 * Writes the files, then runs the synchronous transaction that records them. If the transaction
 * throws, the files are removed again: nothing is left half-done on either side.
 */
export async function withStoredUploads<T>(
  ctx: AppContext,
  checked: CheckedFile[],
  work: (stored: StoredFile[]) => T,
): Promise<T> {
  const stored = await writeUploads(ctx, checked);
  try {
    return work(stored);
  } catch (err) {
    await discardUploads(ctx, stored);
    throw err;
  }
}

export const storagePath = (ctx: AppContext, storageName: string) => path.join(ctx.config.uploadDir, storageName);
