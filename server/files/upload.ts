import type { RequestHandler } from 'express';
import multer from 'multer';
import type { AppContext } from '../context';
import { invalid } from '../domain/errors';
import type { IncomingFile } from './storage';

/**
 * multer in memory with hard limits (files are checked by content before any byte is written to disk).
 * `defParamCharset: 'utf8'` keeps Chinese file names intact (申诉材料.pdf, not mojibake).
 * `maxFields` is for forms that send a list as repeated fields (a batch's 10,000 `applicationIds`).
 */
export function acceptUploads(ctx: AppContext, fields: string[], maxFields = 100): RequestHandler {
  const accept = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: ctx.config.uploadMaxBytes, files: fields.length * 2, fields: maxFields, fieldSize: 256 * 1024 },
  }).fields(fields.map((name) => ({ name, maxCount: 1 })));
  // busboy reports a missing boundary or an unterminated part as a plain Error: the body is at fault, not us.
  return (req, res, next) =>
    accept(req, res, (err?: unknown) => {
      if (!err || err instanceof multer.MulterError) return next(err);
      next(invalid('上传内容格式有误（表单不完整或缺少分隔符），请重新提交'));
    });
}

/** multer's `req.files` (field → files) as one flat list. */
export function uploadedFiles(req: { files?: unknown }): IncomingFile[] {
  const byField = (req.files ?? {}) as Record<string, IncomingFile[]>;
  return Object.values(byField).flat();
}
