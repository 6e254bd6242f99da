import type { AppContext } from '../../context';
import type { Tx } from '../../../db/client';
import { AppError, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { maskPhone } from '../../domain/validators';
import { planUrge } from '../../domain/workflows/titleReview.planner';
import { recordAudit } from '../../audit/record';
import { queueSms } from '../../sms/outbox';
import { titleUrged } from '../../sms/templates';
import { addStep, findTitleApplication } from './title-applications.repo';
import { beijingDate } from '../../domain/workingDays';
import { insertUrge, reviewerPhonesOf, urgeOfDay, urgesHeldAt } from './withdrawUrge.repo';

const RESOURCE = 'title-applications';
const time = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(11, 16);

/**
 * 催办 (issue 13 item 2): a level of the chain above the org holding the application urges it. At most
 * once per application per Beijing calendar day of the server clock (not a rolling 24 h), counted and
 * spent in the same immediate transaction (429 after). The step, the audit row and one SMS to each active
 * reviewer of the holding org with a phone are written together; the application itself does not change.
 * An org outside the chain gets the same 404 as for an application that does not exist.
 */
export function urge(ctx: AppContext, actor: Actor, id: number, message: string) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction((tx) => urgeIn(tx, actor, id, message, at), { behavior: 'immediate' });
}

/** The urge inside the caller's transaction, at `at`; its day is the Beijing calendar day of `at`. */
export function urgeIn(tx: Tx, actor: Actor, id: number, message: string, at: string) {
  const day = beijingDate(new Date(at));
  const r = findTitleApplication(tx, id);
  if (!r || actor.orgId == null || !r.app.chain.some((s) => s.orgId === actor.orgId))
    throw notFound('申报不存在或不在本机构的审核范围内');
  const plan = planUrge(
    { ...r.app, assigneeName: r.assigneeName, currentOrgName: r.currentOrgName },
    message,
    actor,
    at,
  );
  const before = urgeOfDay(tx, id, day);
  if (before)
    throw new AppError(
      429,
      `该申报今天已由${before.fromOrgName}${before.actorName}于 ${time(before.at)} 催办，每个申报每天只能催办一次`,
    );
  const row = insertUrge(tx, {
    applicationId: id,
    fromOrgId: plan.fromOrg.orgId,
    fromOrgName: plan.fromOrg.name,
    heldOrgId: plan.heldOrg.orgId,
    actorId: actor.id,
    actorName: actor.name,
    message,
    day,
    at,
  });
  addStep(tx, id, plan.step);
  const reviewers = reviewerPhonesOf(tx, plan.heldOrg.orgId);
  for (const s of reviewers)
    queueSms(tx, {
      phone: s.phone,
      content: titleUrged({
        reviewerName: s.name,
        fromOrgName: plan.fromOrg.name,
        actorName: actor.name,
        applicationId: id,
        applicantName: r.app.applicantName,
        message,
      }),
      relatedType: RESOURCE,
      relatedId: id,
      at,
    });
  recordAudit(tx, {
    actor,
    action: plan.action,
    resource: RESOURCE,
    resourceId: id,
    summary: `${plan.auditSummary}；短信通知 ${reviewers.length} 名审核员`,
    at,
  });
  return {
    id: row.id,
    applicationId: id,
    at,
    day,
    message,
    fromOrgName: row.fromOrgName,
    actorName: row.actorName,
    heldOrgId: plan.heldOrg.orgId,
    heldOrgName: plan.heldOrg.name,
    notified: reviewers.map((s) => ({ name: s.name, phone: maskPhone(s.phone) })),
  };
}

/** The review home's 被催办: urges of what the caller's org still holds. */
export const urgesForHome = (ctx: AppContext, actor: Actor) =>
  actor.orgId == null ? [] : urgesHeldAt(ctx.db, actor.orgId);
