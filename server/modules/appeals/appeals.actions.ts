import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { AppError, conflict, forbidden, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { transition } from '../../domain/workflows/stateMachine';
import { appealLabels, appealWorkflow, ASSIGNEE_ONLY, type AppealEvent } from '../../domain/workflows/appeals.workflow';
import { describeFields, recordAudit } from '../../audit/record';
import { queueSms } from '../../sms/outbox';
import { appealApproved, appealRejected, appealSupplementRequested } from '../../sms/templates';
import { applyUnitChanges, insertUnit } from '../units/unitRecords';
import { findUnit } from '../units/units.repo';
import { FIELD_LABELS, materialLabel, type ChangeableField } from './appeals.materials';
import { todayOf } from './appeals.deadlines';
import { get } from './appeals.service';
import {
  addEvent,
  agents,
  claimIfUnchanged,
  findAppeal,
  setVerdict,
  updateAppeal,
  verdictsOf,
  type AppealRow,
} from './appeals.repo';

/**
 * The shape every agent action shares: in one immediate transaction, load the row, check the
 * version the agent saw, move it through the table (409 from the wrong state, 403 for the wrong
 * role), keep decisions to the agent handling it, then let `act` write the change, event, audit and SMS.
 */
function actOn(
  ctx: AppContext,
  actor: Actor,
  id: number,
  version: number,
  event: AppealEvent,
  act: (tx: Tx, a: AppealRow, to: AppealRow['status'], at: string) => void,
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const r = findAppeal(tx, id);
      if (!r) throw notFound('申诉不存在');
      const a = r.appeal;
      if (event === 'claim' && a.status === 'processing' && a.assigneeId !== actor.id)
        throw conflict(`该申诉已由${r.assigneeName ?? '其他客服'}领取`);
      if (a.version !== version) throw staleVersion();
      const to = transition(appealWorkflow, a.status, event, actor.roles, appealLabels);
      if (ASSIGNEE_ONLY.includes(event) && a.assigneeId !== actor.id)
        throw forbidden(`该申诉由${r.assigneeName ?? '其他客服'}办理，只有办理人可以${appealLabels.event(event)}`);
      act(tx, a, to, at);
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/**
 * 领取: a conditional UPDATE on the status and version the agent saw, so of two agents claiming at
 * once exactly one changes the row and the other gets 409.
 */
export function claim(ctx: AppContext, actor: Actor, id: number, version: number) {
  return actOn(ctx, actor, id, version, 'claim', (tx, a, to, at) => {
    const changed = claimIfUnchanged(tx, a.id, version, {
      status: to,
      assigneeId: actor.id,
      claimedAt: at,
      updatedAt: at,
      version: version + 1,
    });
    if (changed !== 1) throw conflict('该申诉已被其他客服领取，请刷新后查看');
    addEvent(tx, a.id, 'claimed', at, actor, `${actor.name} 领取`);
    recordAudit(tx, {
      actor,
      action: 'appeals.claim',
      resource: 'appeals',
      resourceId: a.id,
      summary: `领取申诉 #${a.id}（${a.name}）`,
      at,
    });
  });
}

/** 分派 to another agent (or from one agent to another); a waiting appeal stays waiting. */
export function assign(ctx: AppContext, actor: Actor, id: number, assigneeId: number, version: number) {
  const target = agents(ctx.db).find((s) => s.id === assigneeId);
  if (!target) throw invalid('只能分派给在岗的申诉客服', { assigneeId: '请选择在岗的申诉客服' });
  return actOn(ctx, actor, id, version, 'assign', (tx, a, to, at) => {
    if (a.assigneeId === assigneeId)
      throw conflict(`该申诉已由${target.name}办理`, { assigneeId: `已由${target.name}办理` });
    updateAppeal(tx, a.id, {
      status: to,
      assigneeId,
      claimedAt: a.claimedAt ?? at,
      updatedAt: at,
      version: version + 1,
    });
    addEvent(tx, a.id, 'assigned', at, actor, `分派给 ${target.name}`);
    recordAudit(tx, {
      actor,
      action: 'appeals.assign',
      resource: 'appeals',
      resourceId: a.id,
      summary: `申诉 #${a.id} 分派给 ${target.name}（${target.username}）`,
      at,
    });
  });
}

/** One line of the checklist: a material acceptable or not, with a note; a move of the table that keeps the status. */
export function check(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { field: string; verdict: 'acceptable' | 'unacceptable'; note: string; version: number },
) {
  return actOn(ctx, actor, id, input.version, 'checklist', (tx, a, to, at) => {
    const changed = setVerdict(tx, id, input.field, {
      verdict: input.verdict,
      note: input.note || null,
      reviewedBy: actor.id,
      reviewedAt: at,
    });
    if (changed !== 1) throw invalid('该申诉没有此项材料', { field: '该申诉没有此项材料' });
    updateAppeal(tx, id, { status: to, updatedAt: at, version: a.version + 1 });
    const line = `${materialLabel(input.field)}：${input.verdict === 'acceptable' ? '合格' : '不合格'}${input.note ? `（${input.note}）` : ''}`;
    addEvent(tx, id, 'checked', at, actor, line);
    recordAudit(tx, { actor, action: 'appeals.check', resource: 'appeals', resourceId: id, summary: line, at });
  });
}

/**
 * Why an appeal cannot be approved yet: every material must have been looked at and found acceptable.
 * Null when it may; otherwise one sentence naming the unchecked and the unacceptable ones.
 */
export function approvalBlocker(verdicts: { field: string; verdict: string | null }[]): string | null {
  const unchecked = verdicts.filter((m) => m.verdict === null).map((m) => materialLabel(m.field));
  const bad = verdicts.filter((m) => m.verdict === 'unacceptable').map((m) => materialLabel(m.field));
  if (!unchecked.length && !bad.length) return null;
  const parts = [
    unchecked.length ? `尚未核验 ${unchecked.length} 项：${unchecked.join('、')}` : '',
    bad.length ? `材料「${bad.join('、')}」被标记为不合格` : '',
  ].filter(Boolean);
  return `全部 ${verdicts.length} 项材料核验合格后才能通过（已合格 ${verdicts.length - unchecked.length - bad.length} / ${verdicts.length}）；${parts.join('；')}${bad.length ? '；请要求补正或驳回' : '；请逐项核验'}`;
}

/**
 * 通过: an assisted registration creates the unit (待激活, channel 申诉; it activates and sets its own
 * password), an info change is applied to the unit with its change history. Both in the decision's transaction.
 */
export function approve(ctx: AppContext, actor: Actor, id: number, input: { note: string; version: number }) {
  return actOn(ctx, actor, id, input.version, 'approve', (tx, a, to, at) => {
    const blocker = approvalBlocker(verdictsOf(tx, id));
    if (blocker) throw conflict(blocker);
    let unitId = a.unitId;
    let result: string;
    if (a.type === 'assisted_registration') {
      try {
        unitId = insertUnit(
          tx,
          {
            uscc: a.uscc,
            name: a.name,
            legalPersonType: a.legalPersonType,
            legalRepName: a.legalRepName,
            idType: a.idType,
            idNumber: a.idNumber,
            idValidFrom: a.idValidFrom,
            idValidTo: a.idValidTo,
            phone: a.phone,
            account: a.account,
            status: 'pending_activation',
            channel: 'appeal',
          },
          at,
        );
      } catch (err) {
        if (err instanceof AppError && err.status === 409) throw conflict(`不能通过：${err.message}`, err.errors);
        throw err;
      }
      recordAudit(tx, {
        actor,
        action: 'units.create',
        resource: 'units',
        resourceId: unitId,
        summary: `申诉辅助注册（申诉 #${id}）；${describeFields({ uscc: a.uscc, name: a.name, account: a.account, phone: a.phone })}`,
        at,
      });
      result = `已创建单位账号 ${a.account}（待激活）`;
    } else {
      const unit = a.unitId ? findUnit(tx, a.unitId) : undefined;
      if (!unit) throw conflict('申诉对应的单位不存在');
      if (unit.status === 'cancelled') throw conflict('该单位已注销，不能修改信息');
      let changed: string[];
      try {
        changed = applyUnitChanges(tx, unit.id, a.changes ?? {}, { actor, source: 'appeal', at });
      } catch (err) {
        if (err instanceof AppError && err.status === 409) throw conflict(`不能通过：${err.message}`, err.errors);
        throw err;
      }
      const labels = changed.map((f) => FIELD_LABELS[f as ChangeableField] ?? f);
      if (changed.length)
        recordAudit(tx, {
          actor,
          action: 'units.update',
          resource: 'units',
          resourceId: unit.id,
          summary: `申诉 #${id} 修改字段：${changed.join('、')}`,
          at,
        });
      result = labels.length ? `已修改：${labels.join('、')}` : '单位信息已是申请的内容，无需修改';
    }
    updateAppeal(tx, id, {
      status: to,
      unitId,
      decidedAt: at,
      decidedBy: actor.id,
      decisionNote: input.note || null,
      updatedAt: at,
      version: a.version + 1,
    });
    addEvent(tx, id, 'approved', at, actor, `${result}${input.note ? `；备注：${input.note}` : ''}`);
    recordAudit(tx, {
      actor,
      action: 'appeals.approve',
      resource: 'appeals',
      resourceId: id,
      summary: `通过申诉 #${id}（${a.name}）：${result}`,
      at,
    });
    queueSms(tx, {
      phone: a.phone,
      content: appealApproved({ ...a, result, note: input.note }),
      relatedType: 'appeals',
      relatedId: id,
      at,
    });
  });
}

/** 驳回 with a reason, which the unit reads in the SMS. */
export function reject(ctx: AppContext, actor: Actor, id: number, input: { reason: string; version: number }) {
  return actOn(ctx, actor, id, input.version, 'reject', (tx, a, to, at) => {
    updateAppeal(tx, id, {
      status: to,
      decidedAt: at,
      decidedBy: actor.id,
      decisionNote: input.reason,
      updatedAt: at,
      version: a.version + 1,
    });
    addEvent(tx, id, 'rejected', at, actor, `驳回原因：${input.reason}`);
    recordAudit(tx, {
      actor,
      action: 'appeals.reject',
      resource: 'appeals',
      resourceId: id,
      summary: `驳回申诉 #${id}（${a.name}），原因：${input.reason}`,
      at,
    });
    queueSms(tx, {
      phone: a.phone,
      content: appealRejected({ ...a, reason: input.reason }),
      relatedType: 'appeals',
      relatedId: id,
      at,
    });
  });
}

/**
 * 要求补正 (一次性告知): the named materials are marked unacceptable, ONE SMS lists all of them with the
 * agent's notes, and the deadline stops until the public hall sends them.
 */
export function requestSupplement(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { materials: string[]; note: string; version: number },
) {
  return actOn(ctx, actor, id, input.version, 'requestSupplement', (tx, a, to, at) => {
    const today = todayOf(ctx);
    const notes = new Map(verdictsOf(tx, id).map((m) => [m.field, m.verdict === 'unacceptable' ? m.note : null]));
    for (const field of input.materials) {
      setVerdict(tx, id, field, {
        verdict: 'unacceptable',
        note: notes.get(field) ?? (input.note || null),
        reviewedBy: actor.id,
        reviewedAt: at,
      });
    }
    updateAppeal(tx, id, {
      status: to,
      pauses: [...a.pauses, { from: today, to: null }],
      supplementMaterials: input.materials,
      supplementNote: input.note || null,
      updatedAt: at,
      version: a.version + 1,
    });
    const items = input.materials
      .map((f, i) => `${i + 1}.${materialLabel(f)}${notes.get(f) ? `（${notes.get(f)}）` : ''}`)
      .join('；');
    addEvent(tx, id, 'supplement_requested', at, actor, `需补正：${items}${input.note ? `；说明：${input.note}` : ''}`);
    recordAudit(tx, {
      actor,
      action: 'appeals.request_supplement',
      resource: 'appeals',
      resourceId: id,
      summary: `申诉 #${id} 要求补正：${items}`,
      at,
    });
    queueSms(tx, {
      phone: a.phone,
      content: appealSupplementRequested({ ...a, items, note: input.note }),
      relatedType: 'appeals',
      relatedId: id,
      at,
    });
  });
}
