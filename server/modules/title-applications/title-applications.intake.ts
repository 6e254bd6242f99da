import { and, eq } from 'drizzle-orm';
import { titleApplications } from '../../../db/schema';
import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import { reviewChain, TITLE_LEVEL_LABEL } from '../../domain/titleRouting';
import { beijingDate } from '../../domain/workingDays';
import { MODULE_LABEL, stepAfter, titleApplicationWorkflow, titleLabels, TITLE_MODULES, type TitleModule } from '../../domain/workflows/titleApplications.workflow';
import { nextState } from '../../domain/workflows/stateMachine';
import { recordAudit } from '../../audit/record';
import { ancestry } from '../orgs/orgs.repo';
import { findTitlePlan } from '../title-plans/title-plans.repo';
import { isAccepting } from '../title-plans/title-plans.service';
import { addStep, addVisit, findTitleApplication, insertModule, openDuplicate } from './title-applications.repo';
import type { IntakeInput, ResubmitInput } from './title-applications.schemas';
import { nameOf } from './title-applications.service';

const RESOURCE = 'title-applications';
/** The public hall is not a staff member: steps and audit rows name the applicant instead. */
const applicantActor = (name: string) => ({ id: null, name: `申报人 ${name}` });

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
      if (!isAccepting(plan, beijingDate(now))) errors.planId = `「${plan.name}」当前不在申报时间内（${plan.startDate} 至 ${plan.endDate}）`;
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
      if (dup) throw conflict(`该申报人在「${plan.name}」已有申报，不能重复申报`, { 'applicant.idNumber': '已有申报，不能重复申报' });

      const first = route.chain[0];
      const row = tx
        .insert(titleApplications)
        .values({
          planId: plan.id,
          series: input.series,
          level: input.level,
          titleName: input.titleName || null,
          applicantName: input.applicant.name,
          applicantIdNumber: input.applicant.idNumber,
          applicantPhone: input.applicant.phone,
          unitOrgId: input.unitOrgId,
          chain: route.chain,
          currentStep: 0,
          currentOrgId: first.orgId,
          status: 'pending',
          submittedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get();
      for (const m of TITLE_MODULES) insertModule(tx, row.id, m, 1, input.modules[m] as Record<string, unknown>, at);
      addVisit(tx, row.id, first.orgId, at);
      const who = applicantActor(input.applicant.name);
      addStep(tx, row.id, { kind: 'submitted', at, step: 0, orgId: first.orgId, orgName: first.name, orgLevel: first.level, actorName: who.name, detail: `提交至${first.name}` });
      recordAudit(tx, {
        actor: null,
        action: 'titleApplications.submit',
        resource: RESOURCE,
        resourceId: row.id,
        summary: `${who.name} 提交${plan.name}（${TITLE_LEVEL_LABEL[row.level]}），审核链：${route.chain.map((s) => s.name).join(' → ')}`,
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
      // The table gives `resubmit` to no staff role: only the public hall fires it, from 已退回.
      const to = nextState(titleApplicationWorkflow, a.status, 'resubmit');
      if (!to) throw conflict(`该申报当前状态为「${titleLabels.state(a.status)}」，不能重新提交`);
      const allowed = a.returnedModules ?? [];
      const sent = TITLE_MODULES.filter((m) => input.modules[m] !== undefined);
      if (!sent.length) throw invalid('请提交修改后的模块', { modules: `请提交被退回的模块：${allowed.map((m) => MODULE_LABEL[m]).join('、')}` });
      const refused = sent.filter((m) => !allowed.includes(m));
      if (refused.length) {
        const names = refused.map((m) => `「${MODULE_LABEL[m]}」`).join('、');
        throw conflict(`${names}未被退回修改，不能变更；可修改的模块：${allowed.map((m) => MODULE_LABEL[m]).join('、')}`, { modules: `${names}未被退回修改` });
      }
      const revision = a.revision + 1;
      for (const m of sent) insertModule(tx, id, m as TitleModule, revision, input.modules[m] as Record<string, unknown>, at);
      const step = stepAfter('resubmit', a);
      const target = a.chain[step];
      // Straight back to the level that returned it, to the reviewer who returned it; from the first level, to anyone there.
      const assigneeId = a.resubmitTo === 'this_level' ? a.assigneeId : null;
      tx.update(titleApplications)
        .set({ status: to, currentStep: step, currentOrgId: target.orgId, assigneeId, returnedModules: null, returnedFromStep: null, resubmitTo: null, revision, resubmittedAt: at, updatedAt: at, version: a.version + 1 })
        .where(and(eq(titleApplications.id, id), eq(titleApplications.version, a.version)))
        .run();
      addVisit(tx, id, target.orgId, at);
      const who = applicantActor(a.applicantName);
      const modules = sent.map((m) => MODULE_LABEL[m]).join('、');
      addStep(tx, id, { kind: 'resubmitted', at, step, orgId: target.orgId, orgName: target.name, orgLevel: target.level, actorName: who.name, moduleErrors: sent, detail: `修改${modules}后重新提交至${target.name}` });
      recordAudit(tx, { actor: null, action: 'titleApplications.resubmit', resource: RESOURCE, resourceId: id, summary: `${who.name} 修改${modules}后重新提交申报 ${nameOf(a)}，至${target.name}`, at, ip });
      return { id, status: to, currentOrgId: target.orgId, version: a.version + 1 };
    },
    { behavior: 'immediate' },
  );
}
