import { Router } from 'express';
import type { AppContext } from '../../context';
import { AppError } from '../../domain/errors';
import { actorOf } from '../../http/authorize';
import { clearSessionCookie, requireAuth, startSession } from '../../http/session';
import { parse } from '../../http/validate';
import { createRateLimiter } from '../../security/rateLimit';
import { ChangePasswordBody, LoginBody } from './auth.schemas';
import { changeOwnPassword, login, logout, me, presentMe } from './auth.service';

export function authRoutes(ctx: AppContext) {
  const router = Router();
  // Per IP, checked before any hashing: the default 20 attempts a minute is ample for a person at a counter.
  const loginLimiter = createRateLimiter({ windowMs: 60_000, max: ctx.config.loginRateLimit, clock: ctx.clock });

  router.post('/login', async (req, res) => {
    if (!loginLimiter.hit(req.ip ?? 'unknown')) throw new AppError(429, '登录尝试过于频繁，请一分钟后再试');
    const body = parse(LoginBody, req.body);
    const row = await login(ctx, body.username, body.password, req.ip);
    startSession(ctx, res, row.id, req.ip);
    res.json(presentMe(row));
  });

  router.post('/logout', (req, res) => {
    logout(ctx, req.actor, req.sessionId);
    clearSessionCookie(res);
    res.json({ ok: true });
  });

  router.get('/me', requireAuth, (req, res) => res.json(me(ctx, actorOf(req))));

  router.post('/password', requireAuth, async (req, res) => {
    const body = parse(ChangePasswordBody, req.body);
    await changeOwnPassword(ctx, actorOf(req), req.sessionId, body.oldPassword, body.newPassword);
    res.json({ ok: true });
  });

  return router;
}
