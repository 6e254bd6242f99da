import type { AppContext } from '../../context';
import { conflict, forbidden, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { transition } from '../../domain/workflows/stateMachine';
import { appealLabels, appealWorkflow, UNDECIDED_STATUSES } from '../../domain/workflows/appeals.workflow';
import { recordAudit } from '../../audit/record';
import { queueSms } from '../../sms/outbox';
import { appealMerged } from '../../sms/templates';
import { get } from './appeals.service';
import { addEvent, findAppeal, findAppealRow, moveMaterials, updateAppeal } from './appeals.repo';

/**
 * 合并重复申诉: in one immediate transaction the duplicate closes as `merged` (the table answers 409 for a
 * decided one), its materials become the kept appeal's extra materials, both timelines and audit trails
 * say so, and one SMS tells the duplicate's submitter which appeal continues. Appeals of different
 * USCCs (the same phone and unit name) merge only with a reason.
 */
export function merge(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { intoId: number; reason?: string; version: number },
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const r = findAppeal(tx, id);
      if (!r) throw notFound('申诉不存在');
      const a = r.appeal;
      if (a.version !== input.version) throw staleVersion();
      const to = transition(appealWorkflow, a.status, 'merge', actor.roles, appealLabels);
      if (a.assigneeId && a.assigneeId !== actor.id)
        throw forbidden(`该申诉由${r.assigneeName ?? '其他客服'}办理，只有办理人可以合并`);
      if (input.intoId === id) throw invalid('不能合并到申诉自身', { intoId: '请选择另一件申诉' });
      const kept = findAppealRow(tx, input.intoId);
      if (!kept) throw invalid(`申诉 #${input.intoId} 不存在`, { intoId: '要保留的申诉不存在' });
      if (!(UNDECIDED_STATUSES as readonly string[]).includes(kept.status))
        throw conflict(`申诉 #${kept.id} 已${appealLabels.state(kept.status)}，只能合并到尚未办结的申诉`);
      const reason = input.reason?.trim() || null;
      if (kept.uscc !== a.uscc && !reason)
        throw invalid('两件申诉的统一社会信用代码不同，合并须说明原因', { reason: '信用代码不同，请填写合并原因' });

      const moved = moveMaterials(tx, id, kept.id, at);
      const why = reason ? `；原因：${reason}` : '';
      updateAppeal(tx, id, {
        status: to,
        mergedIntoId: kept.id,
        decidedAt: at,
        decidedBy: actor.id,
        decisionNote: `与申诉 #${kept.id} 重复，已合并${why}`,
        updatedAt: at,
        version: a.version + 1,
      });
      // The kept appeal changed too (it has more materials): a screen showing it must reload before acting.
      updateAppeal(tx, kept.id, { updatedAt: at, version: kept.version + 1 });
      addEvent(tx, id, 'merged', at, actor, `已合并至申诉 #${kept.id}，${moved} 份材料转入该申诉${why}`);
      addEvent(tx, kept.id, 'merged_in', at, actor, `申诉 #${id}（重复）并入，${moved} 份材料列为补充材料${why}`);
      recordAudit(tx, {
        actor,
        action: 'appeals.merge',
        resource: 'appeals',
        resourceId: id,
        summary: `申诉 #${id}（${a.name}）作为重复申诉合并至申诉 #${kept.id}，转入材料 ${moved} 份${why}`,
        at,
      });
      recordAudit(tx, {
        actor,
        action: 'appeals.merged_in',
        resource: 'appeals',
        resourceId: kept.id,
        summary: `重复申诉 #${id}（${a.name}）并入，补充材料 ${moved} 份${why}`,
        at,
      });
      queueSms(tx, {
        phone: a.phone,
        content: appealMerged({ ...a, intoId: kept.id }),
        relatedType: 'appeals',
        relatedId: id,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}
