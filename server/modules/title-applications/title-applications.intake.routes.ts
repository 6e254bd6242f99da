import { Router, type RequestHandler } from 'express';
import type { AppContext } from '../../context';
import { AppError } from '../../domain/errors';
import { acceptUploads, uploadedFiles } from '../../files/upload';
import { idParam } from '../../http/params';
import { parse } from '../../http/validate';
import { createRateLimiter } from '../../security/rateLimit';
import { IntakeBody, ResubmitBody } from './title-applications.schemas';
import { ATTACHMENT_UPLOAD, uploadAttachment } from './title-applications.attachments';
import * as intake from './title-applications.intake';

/**
 * Requests per minute from one address. Title applications arrive as JSON from the public hall's
 * own server (one address for every applicant), and in the last days of a plan many arrive at once.
 */
export const TITLE_INTAKE_RATE = { windowMs: 60_000, max: 600 };

/** 职称申报 from the public hall (X-Intake-Key checked in front of this router). */
export function titleApplicationIntakeRoutes(ctx: AppContext) {
  const limiter = createRateLimiter({ ...TITLE_INTAKE_RATE, clock: ctx.clock });
  const rateLimit: RequestHandler = (req, _res, next) =>
    limiter.hit(req.ip ?? 'unknown') ? next() : next(new AppError(429, '提交过于频繁，请稍后再试'));
  const r = Router();
  r.post('/', rateLimit, (req, res) =>
    res.status(201).json(intake.submit(ctx, parse(IntakeBody, req.body ?? {}), req.ip)),
  );
  // Each 附件材料 first, then the application naming it by fileId (see title-applications.attachments.ts).
  r.post('/attachments', rateLimit, acceptUploads(ctx, Object.keys(ATTACHMENT_UPLOAD)), async (req, res) => {
    res.status(201).json(await uploadAttachment(ctx, uploadedFiles(req)));
  });
  r.put('/:id', rateLimit, (req, res) =>
    res.json(intake.resubmit(ctx, idParam(req), parse(ResubmitBody, req.body ?? {}), req.ip)),
  );
  return r;
}
