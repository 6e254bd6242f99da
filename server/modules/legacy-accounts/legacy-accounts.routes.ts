import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import type { AppContext } from '../../context';
import { AppError, invalid } from '../../domain/errors';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { createRateLimiter } from '../../security/rateLimit';
import { INTAKE_RATE } from '../appeals/appeals.intake.routes';
import { legacyAccountListSpec } from './legacy-accounts.repo';
import { LegacyUpgradeBody, UnlockBody } from './legacy-accounts.schemas';
import * as service from './legacy-accounts.service';
import { upgrade } from './legacy-accounts.upgrade';

/** A city's whole account list: 100,000 rows of CSV are about 20 MB, far above the materials' limit. */
export const LEGACY_IMPORT_MAX_BYTES = 64 * 1024 * 1024;

function acceptImportFile(): RequestHandler {
  const accept = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: LEGACY_IMPORT_MAX_BYTES, files: 1, fields: 5 },
  }).single('file');
  return (req, res, next) =>
    accept(req, res, (err?: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError)
        return next(
          invalid(
            err.code === 'LIMIT_FILE_SIZE'
              ? `文件超过 ${LEGACY_IMPORT_MAX_BYTES / 1024 / 1024} MB`
              : '请只上传一个文件（字段 file）',
            { file: '文件不符合要求' },
          ),
        );
      next(invalid('上传内容格式有误（表单不完整或缺少分隔符），请重新提交'));
    });
}

export function legacyAccountRoutes(ctx: AppContext) {
  registerRecordAccess('legacy-accounts', (_ctx, actor) => can(actor, 'legacyAccounts.read'));
  const r = Router();
  r.get('/', authorize('legacyAccounts.read'), (req, res) => {
    const p = parseListQuery(req.query, legacyAccountListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'legacy-accounts', p, rows, total);
  });
  r.get('/progress', authorize('legacyAccounts.read'), (_req, res) => res.json(service.progress(ctx)));
  r.post('/import', authorize('legacyAccounts.import'), acceptImportFile(), async (req, res) => {
    res.json(await service.importFile(ctx, actorOf(req), (req as { file?: Express.Multer.File }).file));
  });
  r.get('/:id', authorize('legacyAccounts.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/:id/unlock', authorize('legacyAccounts.unlock'), (req, res) =>
    res.json(service.unlock(ctx, actorOf(req), idParam(req), parse(UnlockBody, req.body))),
  );
  return r;
}

/** 历史用户升级 from the public hall (X-Intake-Key checked in front of this router). */
export function legacyUpgradeIntakeRoutes(ctx: AppContext) {
  const limiter = createRateLimiter({ ...INTAKE_RATE, clock: ctx.clock });
  const r = Router();
  r.post(
    '/',
    (req, _res, next) =>
      limiter.hit(req.ip ?? 'unknown') ? next() : next(new AppError(429, '提交过于频繁，请稍后再试')),
    async (req, res) => {
      res.status(201).json(await upgrade(ctx, parse(LegacyUpgradeBody, req.body), req.ip));
    },
  );
  return r;
}
