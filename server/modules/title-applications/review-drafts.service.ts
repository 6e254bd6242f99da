import type { DbOrTx } from '../../../db/client';
import type { AppContext } from '../../context';
import { AppError, conflict, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { titleActions } from '../../domain/workflows/titleApplications.workflow';
import { findTitleApplication, hasVisited } from './title-applications.repo';
import { deleteDraft, findDraft, insertDraft, updateDraft, type ReviewDraftRow } from './review-drafts.repo';
import type { ReviewDraftInput } from './review-drafts.schemas';

/**
 * 审核草稿: what a reviewer has marked and typed on the review page, per reviewer and application,
 * so a reload, a click elsewhere or another PC loses nothing. Versioned: a page that saves over a
 * draft another page changed meanwhile gets 409 with the newer draft, and loads it.
 *
 * Not audited: a draft changes no record and nobody else sees it; the review it becomes is audited.
 */
const present = (d: ReviewDraftRow) => ({
  id: d.id,
  applicationId: d.applicationId,
  marks: d.marks,
  result: d.result,
  opinion: d.opinion,
  returnTo: d.returnTo,
  resubmitTo: d.resubmitTo,
  updatedAt: d.updatedAt,
  version: d.version,
});

function visible(db: DbOrTx, actor: Actor, id: number) {
  const r = findTitleApplication(db, id);
  if (!r || !hasVisited(db, actor.orgId, id)) throw notFound('申报不存在或不在本机构的审核范围内');
  return r.app;
}

export function getDraft(ctx: AppContext, actor: Actor, id: number) {
  visible(ctx.db, actor, id);
  const d = findDraft(ctx.db, id, actor.id);
  if (!d) throw notFound('没有保存的审核草稿');
  return present(d);
}

export function saveDraft(ctx: AppContext, actor: Actor, id: number, input: ReviewDraftInput) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const a = visible(tx, actor, id);
      if (!titleActions(a, actor).includes('review')) throw conflict('该申报当前不由您在本级审核，草稿未保存');
      const values = {
        marks: input.marks,
        result: input.result,
        opinion: input.opinion,
        returnTo: input.returnTo,
        resubmitTo: input.resubmitTo,
        updatedAt: at,
      };
      const existing = findDraft(tx, id, actor.id);
      const newer = () =>
        new AppError(409, '草稿已在其他页面或电脑上更新，已载入较新的草稿', undefined, 'stale_draft', [
          present(findDraft(tx, id, actor.id)!),
        ]);
      if (!existing) {
        if (input.version !== undefined) throw notFound('草稿已不存在（审核可能已提交），请刷新页面');
        return present(insertDraft(tx, { ...values, applicationId: id, reviewerId: actor.id, createdAt: at }));
      }
      if (input.version !== existing.version) throw newer();
      const saved = updateDraft(tx, existing.id, existing.version, values);
      if (!saved) throw newer();
      return present(saved);
    },
    { behavior: 'immediate' },
  );
}

export function discardDraft(ctx: AppContext, actor: Actor, id: number) {
  visible(ctx.db, actor, id);
  const n = ctx.db.transaction((tx) => deleteDraft(tx, id, actor.id), { behavior: 'immediate' });
  return { deleted: n };
}
