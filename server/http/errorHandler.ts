import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { ZodError } from 'zod';
import { AppError } from '../domain/errors';
import { zodToFieldErrors } from './validate';

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ message: '接口不存在' });
};

/** Turns every thrown error into API.md's shape `{ message, errors? }`; never leaks internals. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof AppError) {
    res.status(err.status).json({
      message: err.message,
      ...(err.errors ? { errors: err.errors } : {}),
      ...(err.code ? { code: err.code } : {}),
      ...(err.details ? { details: err.details } : {}),
    });
    return;
  }
  if (err instanceof ZodError) {
    res.status(400).json({ message: '提交的信息有误，请检查标红的字段', errors: zodToFieldErrors(err) });
    return;
  }
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') {
      res.status(413).json({ message: '上传的文件过大', errors: err.field ? { [err.field]: '文件过大' } : undefined });
      return;
    }
    res
      .status(400)
      .json({ message: `上传格式有误（${err.code}）`, errors: err.field ? { [err.field]: '上传有误' } : undefined });
    return;
  }
  // body-parser's errors say what went wrong in `type`.
  const bodyError = (err as { type?: unknown } | null | undefined)?.type;
  if (bodyError === 'entity.parse.failed') {
    res.status(400).json({ message: '请求内容不是有效的 JSON' });
    return;
  }
  if (bodyError === 'entity.too.large') {
    res.status(413).json({ message: '请求内容过大' });
    return;
  }
  // body-parser (charset, Content-Encoding, aborted bodies) and the router (a bad %-escape in the path)
  // throw http-errors that carry a 4xx status: the fault is the request's, so it keeps that status.
  const status = clientErrorStatus(err);
  if (status) {
    res.status(status).json({ message: CLIENT_ERROR_MESSAGES[status] ?? `请求有误（${status}）` });
    return;
  }
  req.log?.error({ err }, 'unhandled error');
  res.status(500).json({ message: '服务器内部错误，请稍后重试或联系系统管理员' });
};

const CLIENT_ERROR_MESSAGES: Record<number, string> = {
  400: '请求格式有误',
  413: '请求内容过大',
  415: '不支持的请求编码或字符集，请以 UTF-8 JSON 提交',
};

function clientErrorStatus(err: unknown): number | undefined {
  const status =
    (err as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
