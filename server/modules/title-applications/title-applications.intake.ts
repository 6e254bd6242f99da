import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import { reviewChain, TITLE_LEVEL_LABEL } from '../../domain/titleRouting';
import { beijingDate } from '../../domain/workingDays';
import { TITLE_MODULES } from '../../domain/workflows/titleApplications.workflow';
import { planResubmit, planSubmission } from '../../domain/workflows/titleReview.planner';
import { recordAudit } from '../../audit/record';
import { ancestry } from '../orgs/orgs.repo';
import { findTitlePlan } from '../title-plans/title-plans.repo';
import { isAccepting } from '../title-plans/title-plans.service';
import {
  addStep,
  addVisit,
  applyMove,
  findTitleApplication,
  insertApplication,
  insertModule,
  openDuplicate,
} from './title-applications.repo';
import { bindAttachments } from './title-applications.attachments';
import { withDueDate } from './title-applications.deadlines';
import type { IntakeInput, ResubmitInput } from './title-applications.schemas';

const RESOURCE = 'title-applications';

/**
 * 职称申报 from the public hall: the plan must take this series and level today, the unit must route
 * (its review chain is computed here, once, and stored), and a person has one open application per
 * plan. Lands 待审 at the first level of the chain.
 */
export function submit(ctx: AppContext, input: IntakeInput, ip: string | undefined) {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction(
    (tx) => {
      const plan = findTitlePlan(tx, input.planId);
      if (!plan) throw invalid('申报事项不存在', { planId: '申报事项不存在' });
      const errors: Record<string, string> = {};
      if (!isAccepting(plan, beijingDate(now)))
        errors.planId = `「${plan.name}」当前不在申报时间内（${plan.startDate} 至 ${plan.endDate}）`;
      if (input.series !== plan.series) errors.series = `该申报事项为${plan.series}，职称系列不符`;
      if (!plan.levels.includes(input.level)) errors.level = `该申报事项不受理${TITLE_LEVEL_LABEL[input.level]}职称`;
      const route = reviewChain(
        ancestry(tx, input.unitOrgId).map((o) => ({ id: o.id, level: o.level, name: o.name })),
        input.level,
      );
      if ('problem' in route) errors.unitOrgId = route.problem;
      if (Object.keys(errors).length) throw invalid(Object.values(errors).join('；'), errors);
      if (!('chain' in route)) throw new Error('unreachable');
      const dup = openDuplicate(tx, plan.id, input.applicant.idNumber);
      // The hall's caller learns that an application exists, never which one: ids are not to be probed through intake.
      if (dup)
        throw conflict(`该申报人在「${plan.name}」已有申报，不能重复申报`, {
          'applicant.idNumber': '已有申报，不能重复申报',
        });

      const planned = planSubmission(
        { applicantName: input.applicant.name, level: input.level, chain: route.chain },
        plan.name,
        at,
      );
      const row = insertApplication(tx, {
        planId: plan.id,
        series: input.series,
        level: input.level,
        titleName: input.titleName || null,
        applicantName: input.applicant.name,
        applicantIdNumber: input.applicant.idNumber,
        applicantPhone: input.applicant.phone,
        unitOrgId: input.unitOrgId,
        chain: route.chain,
        ...withDueDate(tx, plan.id, planned.state),
        submittedAt: at,
        createdAt: at,
      });
      for (const m of TITLE_MODULES) insertModule(tx, row.id, m, 1, input.modules[m], at);
      bindAttachments(tx, row.id, input.modules.attachments);
      addVisit(tx, row.id, row.currentOrgId, at);
      addStep(tx, row.id, planned.step);
      recordAudit(tx, {
        actor: null,
        action: planned.action,
        resource: RESOURCE,
        resourceId: row.id,
        summary: planned.auditSummary,
        at,
        ip,
      });
      return { id: row.id, status: row.status, currentOrgId: row.currentOrgId, version: row.version };
    },
    { behavior: 'immediate' },
  );
}

/**
 * 重新提交 after a return to the applicant: only the modules the reviewer marked may change; each
 * sent module becomes a new revision (the previous one stays for the diff). Back to the returning
 * level or the first, as the returning reviewer chose.
 */
export function resubmit(ctx: AppContext, id: number, input: ResubmitInput, ip: string | undefined) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const r = findTitleApplication(tx, id);
      if (!r) throw notFound('申报不存在');
      const a = r.app;
      if (input.version !== undefined && input.version !== a.version) throw staleVersion();
      const plan = planResubmit(
        a,
        TITLE_MODULES.filter((m) => input.modules[m] !== undefined),
        at,
      );
      const { revision, currentOrgId, version } = plan.patch;
      for (const m of plan.step.moduleErrors!)
        insertModule(tx, id, m, revision!, input.modules[m] as Record<string, unknown>, at);
      if (plan.step.moduleErrors!.includes('attachments')) bindAttachments(tx, id, input.modules.attachments);
      applyMove(tx, id, a.version, withDueDate(tx, a.planId, plan.patch));
      addVisit(tx, id, currentOrgId!, at);
      addStep(tx, id, plan.step);
      recordAudit(tx, {
        actor: null,
        action: plan.action,
        resource: RESOURCE,
        resourceId: id,
        summary: plan.auditSummary,
        at,
        ip,
      });
      return { id, status: plan.status, currentOrgId: currentOrgId!, version: version! };
    },
    { behavior: 'immediate' },
  );
}
