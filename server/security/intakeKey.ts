import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { AppContext } from '../context';
import { AppError, unauthenticated } from '../domain/errors';
import { createRateLimiter } from './rateLimit';

/** Wrong keys a minute from one address; past that, everything it sends to the intake API is refused until the minute ends. */
export const WRONG_INTAKE_KEY_RATE = { windowMs: 60_000, max: 30 };

/**
 * The public hall authenticates with a shared key, compared in constant time. Wrong keys are counted
 * per address and that count is checked before the key is looked at, so guessing meets 429 instead of
 * 401 forever (and a right key found by luck would answer 429 as well). The right key costs nothing
 * here: the hall's own traffic is limited per route behind this guard.
 */
export function intakeKeyGuard(ctx: AppContext): RequestHandler {
  const key = ctx.config.intakeKey;
  const expected = key ? Buffer.from(key) : null;
  const wrongKeys = createRateLimiter({ ...WRONG_INTAKE_KEY_RATE, clock: ctx.clock });
  return (req, _res, next) => {
    const address = req.ip ?? 'unknown';
    if (wrongKeys.spent(address)) return next(new AppError(429, '对接密钥错误次数过多，请稍后再试'));
    const given = Buffer.from(String(req.headers['x-intake-key'] ?? ''));
    if (!expected || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      wrongKeys.hit(address);
      return next(unauthenticated('缺少或错误的对接密钥（X-Intake-Key）'));
    }
    next();
  };
}
