import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { RevealQuery } from '../../security/revealLimit';
import {
  BatchReviewBody,
  ClaimBody,
  ReassignBody,
  ReviewBody,
  UrgeBody,
  WithdrawBody,
} from './title-applications.schemas';
import { withdraw } from './title-applications.withdraw';
import { urge, urgesForHome } from './title-applications.urge';
import { batchReview } from './title-applications.batch-review';
import { exportList } from './title-applications.export';
import { sendXlsx } from '../../files/xlsx';
import { hasVisited, titleApplicationListSpec } from './title-applications.repo';
import * as service from './title-applications.service';
import { titleToday } from './title-applications.deadlines';
import * as drafts from './review-drafts.service';
import { ReviewDraftBody } from './review-drafts.schemas';

/** 职称审核: each reviewer works at their org's level of every application's stored chain. */
export function titleApplicationRoutes(ctx: AppContext) {
  registerRecordAccess(
    'title-applications',
    (c, actor, id) => can(actor, 'titleApplications.read') && id !== null && hasVisited(c.db, actor.orgId, id),
  );
  const r = Router();
  r.get('/', authorize('titleApplications.read'), (req, res) => {
    const actor = service.actingAs(ctx, actorOf(req));
    const p = parseListQuery(req.query, titleApplicationListSpec(actor, titleToday(ctx.clock)));
    const { rows, total } = service.list(ctx, actor, p);
    sendList(res, 'title-applications', p, rows, total);
  });
  r.get('/counters', authorize('titleApplications.read'), (req, res) => res.json(service.counters(ctx, actorOf(req))));
  r.get('/urges', authorize('titleApplications.read'), (req, res) => res.json(urgesForHome(ctx, actorOf(req))));
  r.get('/reviewers', authorize('titleApplications.read'), (req, res) =>
    res.json(service.reviewers(ctx, actorOf(req))),
  );
  r.post('/claim', authorize('titleApplications.claim'), (req, res) =>
    res.json(service.claim(ctx, actorOf(req), parse(ClaimBody, req.body).ids)),
  );
  r.post('/reassign', authorize('titleApplications.reassign'), (req, res) => {
    const body = parse(ReassignBody, req.body);
    res.json(service.reassign(ctx, actorOf(req), body.ids, body.assigneeId));
  });
  r.get('/export.xlsx', authorize('titleApplications.export'), async (req, res) => {
    const actor = service.actingAs(ctx, actorOf(req));
    // The list's own filter and sort; the export reads every page itself.
    const query = { sort: req.query.sort, filter: req.query.filter, range: '[0,999]' };
    const p = parseListQuery(query, titleApplicationListSpec(actor, titleToday(ctx.clock)));
    await sendXlsx(res, exportList(ctx, actor, p, typeof query.filter === 'string' ? query.filter : '{}'));
  });
  r.post('/batch-review', authorize('titleApplications.batchReview'), (req, res) =>
    res.json(batchReview(ctx, actorOf(req), parse(BatchReviewBody, req.body))),
  );
  r.get('/:id', authorize('titleApplications.read'), (req, res) =>
    res.json(service.get(ctx, actorOf(req), idParam(req))),
  );
  r.get('/:id/pii', authorize('titleApplications.revealPii'), (req, res) =>
    res.json(service.revealPii(ctx, actorOf(req), idParam(req), parse(RevealQuery, req.query).reason)),
  );
  r.get('/:id/progress', authorize('titleApplications.read'), (req, res) =>
    res.json(service.progress(ctx, actorOf(req), idParam(req))),
  );
  r.get('/:id/review-draft', authorize('titleApplications.review'), (req, res) =>
    res.json(drafts.getDraft(ctx, actorOf(req), idParam(req))),
  );
  r.put('/:id/review-draft', authorize('titleApplications.review'), (req, res) =>
    res.json(drafts.saveDraft(ctx, actorOf(req), idParam(req), parse(ReviewDraftBody, req.body))),
  );
  r.delete('/:id/review-draft', authorize('titleApplications.review'), (req, res) =>
    res.json(drafts.discardDraft(ctx, actorOf(req), idParam(req))),
  );
  r.post('/:id/review', authorize('titleApplications.review'), (req, res) =>
    res.json(service.review(ctx, actorOf(req), idParam(req), parse(ReviewBody, req.body))),
  );
  r.post('/:id/withdraw', authorize('titleApplications.withdraw'), (req, res) =>
    res.json(withdraw(ctx, actorOf(req), idParam(req), parse(WithdrawBody, req.body))),
  );
  r.post('/:id/urge', authorize('titleApplications.urge'), (req, res) =>
    res.json(urge(ctx, actorOf(req), idParam(req), parse(UrgeBody, req.body).message)),
  );
  return r;
}
