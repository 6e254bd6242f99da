import { Router, type RequestHandler } from 'express';
import type { AppContext } from '../../context';
import { AppError } from '../../domain/errors';
import { acceptUploads, uploadedFiles } from '../../files/upload';
import { idParam } from '../../http/params';
import { parse } from '../../http/validate';
import { createRateLimiter } from '../../security/rateLimit';
import { MATERIAL_FIELDS } from './appeals.materials';
import { intakeBody } from './appeals.schemas';
import * as intake from './appeals.intake';

/** Submissions per minute from one address: far above what a person at the public hall produces. */
export const INTAKE_RATE = { windowMs: 60_000, max: 30 };

/** 账号申诉 from the public hall (X-Intake-Key checked in front of this router). */
export function appealIntakeRoutes(ctx: AppContext) {
  const limiter = createRateLimiter({ ...INTAKE_RATE, clock: ctx.clock });
  // Counted before the upload is even parsed, so a flood costs neither memory nor disk.
  const rateLimit: RequestHandler = (req, _res, next) =>
    limiter.hit(req.ip ?? 'unknown') ? next() : next(new AppError(429, '提交过于频繁，请稍后再试'));
  const r = Router();
  r.post('/', rateLimit, acceptUploads(ctx, MATERIAL_FIELDS), async (req, res) => {
    const body = parse(intakeBody(ctx.clock.now()), req.body ?? {});
    res.status(201).json(await intake.submit(ctx, body, uploadedFiles(req), req.ip));
  });
  r.post('/:id/supplement', rateLimit, acceptUploads(ctx, MATERIAL_FIELDS), async (req, res) => {
    res.json(await intake.receiveSupplement(ctx, idParam(req), uploadedFiles(req), req.ip));
  });
  return r;
}
