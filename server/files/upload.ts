import type { RequestHandler } from 'express';
import multer from 'multer';
import type { AppContext } from '../context';
import type { IncomingFile } from './storage';

/**
 * multer in memory with hard limits (files are checked by content before any byte is written to disk).
 * `defParamCharset: 'utf8'` keeps Chinese file names intact (申诉材料.pdf, not mojibake).
 */
export function acceptUploads(ctx: AppContext, fields: string[]): RequestHandler {
  return multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: ctx.config.uploadMaxBytes, files: fields.length * 2, fields: 100, fieldSize: 256 * 1024 },
  }).fields(fields.map((name) => ({ name, maxCount: 1 })));
}

/** multer's `req.files` (field → files) as one flat list. */
export function uploadedFiles(req: { files?: unknown }): IncomingFile[] {
  const byField = (req.files ?? {}) as Record<string, IncomingFile[]>;
  return Object.values(byField).flat();
}
