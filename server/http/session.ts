import crypto from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext } from '../context';
import { deleteSession, deleteSessionsOf, insertSession, prepareSessionLookup, touchSession } from './session.repo';
import { unauthenticated, AppError } from '../domain/errors';
import './types';

export const SESSION_COOKIE = 'hrss_sid';
// Touching last_seen on every request would write on every read; a minute's grain is plenty for a 30-minute idle limit.
const TOUCH_EVERY_MS = 60_000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function setCookie(ctx: AppContext, res: Response, token: string) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.session.cookieSecure,
    path: '/',
  });
}

/** A fresh random session (a new id at every login, so a planted cookie is worthless). */
export function startSession(
  ctx: AppContext,
  res: Response,
  staffId: number,
  ip: string | undefined,
  tx: DbOrTx = ctx.db,
) {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = ctx.clock.now().toISOString();
  insertSession(tx, hashToken(token), staffId, now, ip);
  setCookie(ctx, res, token);
}

export function endSession(tx: DbOrTx, sessionId: string) {
  deleteSession(tx, sessionId);
}

export const clearSessionCookie = (res: Response) => res.clearCookie(SESSION_COOKIE, { path: '/' });

/** Revokes every session of a staff member (disable, password change), optionally keeping one. */
export function revokeSessions(tx: Tx, staffId: number, keepSessionId?: string) {
  deleteSessionsOf(tx, staffId, keepSessionId);
}

/** Loads the session and its staff member; expired or revoked sessions are simply absent. */
export function sessionMiddleware(ctx: AppContext): RequestHandler {
  // Prepared once: this runs on every request, and building and preparing the statement each time cost more than running it.
  const lookup = prepareSessionLookup(ctx.db);
  return (req, res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) return next();
    const tokenHash = hashToken(token);
    const row = lookup.get({ tokenHash });
    if (!row) return next();
    const now = ctx.clock.now().getTime();
    const idle = now - Date.parse(row.session.lastSeenAt);
    const age = now - Date.parse(row.session.createdAt);
    if (idle > ctx.config.session.idleMs || age > ctx.config.session.absoluteMs || row.staff.status !== 'active') {
      endSession(ctx.db, tokenHash);
      clearSessionCookie(res);
      return next();
    }
    if (idle > TOUCH_EVERY_MS) {
      touchSession(ctx.db, tokenHash, new Date(now).toISOString());
    }
    req.sessionId = tokenHash;
    req.actor = {
      id: row.staff.id,
      username: row.staff.username,
      name: row.staff.name,
      roles: row.staff.roles,
      orgId: row.staff.orgId,
      ip: req.ip,
      mustChangePassword: row.staff.mustChangePassword,
    };
    next();
  };
}

// The only routes a staff member flagged "must change password" may reach.
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout']);

/** 401 without a session; 403 for everything but the password change while the password is a temporary one. */
export const requireAuth: RequestHandler = (req, _res, next) => {
  if (!req.actor) return next(unauthenticated('登录已过期或尚未登录，请重新登录'));
  if (req.actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(req.originalUrl.split('?')[0])) {
    return next(new AppError(403, '您正在使用初始密码或临时密码，请先修改密码', undefined, 'PASSWORD_CHANGE_REQUIRED'));
  }
  next();
};
