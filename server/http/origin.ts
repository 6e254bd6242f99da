import type { RequestHandler } from 'express';
import { forbidden } from '../domain/errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses mutating requests sent by a page of another origin (a CSRF belt to SameSite's braces).
 * Requests without Origin (curl, the public hall's intake system) pass: cookies are what CSRF abuses,
 * and browsers always send Origin on cross-site POSTs.
 */
export function sameOriginGuard(allowedOrigins: string[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    const origin = req.headers.origin;
    if (!origin) return next();
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return next(forbidden('请求来源无效'));
    }
    if (host === req.headers.host || allowedOrigins.includes(origin)) return next();
    next(forbidden('拒绝来自其他站点的请求'));
  };
}
