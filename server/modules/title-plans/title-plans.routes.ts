import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { CreateTitlePlanBody, UpdateTitlePlanBody } from './title-plans.schemas';
import { titlePlanListSpec } from './title-plans.repo';
import * as service from './title-plans.service';
import { acceptUploads, uploadedFiles } from '../../files/upload';
import { sendXlsx } from '../../files/xlsx';
import { planStats } from './title-plans.stats';
import { resultSheet } from './title-plans.result-sheet';
import { canSeeReport, listReports, REPORT_RESOURCE, REPORT_UPLOAD, uploadReport } from './title-plans.reports';

/** 申报事项: sysadmin keeps them; reviewers read them (the review home is per plan). */
export function titlePlanRoutes(ctx: AppContext) {
  registerRecordAccess('title-plans', (_ctx, actor) => can(actor, 'titlePlans.read'));
  registerRecordAccess(
    REPORT_RESOURCE,
    (c, actor, id) => can(actor, 'titlePlans.reports') && id !== null && canSeeReport(c, actor, id),
  );
  const r = Router();
  r.get('/', authorize('titlePlans.read'), (req, res) => {
    const p = parseListQuery(req.query, titlePlanListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'title-plans', p, rows, total);
  });
  r.get('/:id/stats', authorize('titlePlans.stats'), (req, res) =>
    res.json(planStats(ctx, actorOf(req), idParam(req))),
  );
  r.get('/:id/result-sheet.xlsx', authorize('titlePlans.stats'), async (req, res) => {
    await sendXlsx(res, resultSheet(ctx, actorOf(req), idParam(req)));
  });
  r.get('/:id/reports', authorize('titlePlans.reports'), (req, res) =>
    res.json(listReports(ctx, actorOf(req), idParam(req))),
  );
  r.post(
    '/:id/reports',
    authorize('titlePlans.reports'),
    acceptUploads(ctx, Object.keys(REPORT_UPLOAD)),
    async (req, res) => {
      res.status(201).json(await uploadReport(ctx, actorOf(req), idParam(req), uploadedFiles(req)));
    },
  );
  r.get('/:id', authorize('titlePlans.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/', authorize('titlePlans.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateTitlePlanBody, req.body))),
  );
  r.put('/:id', authorize('titlePlans.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateTitlePlanBody, req.body))),
  );
  r.delete('/:id', authorize('titlePlans.write'), (req, res) =>
    res.json(service.remove(ctx, actorOf(req), idParam(req))),
  );
  return r;
}
