import { and, eq } from 'drizzle-orm';
import { appealMaterials, appeals, units } from '../../../db/schema';
import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { AppError, conflict, forbidden, invalid, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { maskIdNumber, maskPhone } from '../../domain/validators';
import { allowedEvents, nextState, transition } from '../../domain/workflows/stateMachine';
import { appealLabels, appealWorkflow, ASSIGNEE_ONLY, OPEN_STATUSES, type AppealEvent } from '../../domain/workflows/appeals.workflow';
import { beijingDate, deadline, isOverdue, workingDaysLeft, type Pause } from '../../domain/workingDays';
import { describeFields, recordAudit } from '../../audit/record';
import { recordReveal } from '../../security/revealLimit';
import { contentForStaff, queueSms } from '../../sms/outbox';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import type { ListParams } from '../../http/listQuery';
import { getSetting } from '../settings/settings.service';
import { applyUnitChanges, assertUnitUnique, insertUnit, type UnitChanges } from '../units/unitRecords';
import { APPEAL_MATERIALS, FIELD_LABELS, materialLabel, type ChangeableField } from './appeals.materials';
import type { IntakeInput } from './appeals.schemas';
import {
  addEvent,
  agents as agentsOf,
  eventsOf,
  findAppeal,
  findAppealRow,
  listAppeals,
  loadCalendar,
  materialsOf,
  runningAppeals,
  smsOf,
  stats as statsOf,
  type AppealRow,
  type AppealWithNames,
} from './appeals.repo';

const SMS_PREFIX = '【人社网上办事大厅】';
const HOTLINE = '0431-80767550';

const todayOf = (ctx: AppContext) => beijingDate(ctx.clock.now());
const submittedDay = (a: Pick<AppealRow, 'submittedAt'>) => beijingDate(new Date(a.submittedAt));

/** ID numbers and phones inside the requested changes are masked like everywhere else. */
const maskValue = (field: string, v: string | null | undefined) => (v == null ? null : field === 'idNumber' ? maskIdNumber(v) : field === 'phone' ? maskPhone(v) : v);
const maskChanges = (changes: Record<string, string | null> | null) =>
  changes ? Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, maskValue(k, v)])) : null;

function allowedActions(actor: Actor, a: AppealRow): string[] {
  const mine = a.assigneeId === actor.id;
  const events = allowedEvents(appealWorkflow, a.status, actor.roles).filter((e) => !ASSIGNEE_ONLY.includes(e) || mine);
  return [...events, ...(a.status === 'processing' && mine && can(actor, 'appeals.decide') ? ['checklist'] : [])];
}

export function present(actor: Actor, r: AppealWithNames, today: string) {
  const a = r.appeal;
  return {
    id: a.id,
    type: a.type,
    status: a.status,
    uscc: a.uscc,
    name: a.name,
    legalPersonType: a.legalPersonType,
    legalRepName: a.legalRepName,
    idType: a.idType,
    idNumber: maskIdNumber(a.idNumber),
    idValidFrom: a.idValidFrom,
    idValidTo: a.idValidTo,
    phone: maskPhone(a.phone),
    account: a.account,
    remark: a.remark,
    changes: maskChanges(a.changes),
    unitId: a.unitId,
    unitName: r.unitName,
    unitStatus: r.unitStatus,
    assigneeId: a.assigneeId,
    assigneeName: r.assigneeName,
    submittedAt: a.submittedAt,
    deadlineDays: a.deadlineDays,
    dueDate: a.dueDate,
    paused: a.status === 'supplement_requested',
    overdue: (OPEN_STATUSES as readonly string[]).includes(a.status) && isOverdue(a.dueDate, today),
    claimedAt: a.claimedAt,
    supplementMaterials: a.supplementMaterials,
    supplementNote: a.supplementNote,
    decidedAt: a.decidedAt,
    decidedByName: r.decidedByName,
    decisionNote: a.decisionNote,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
    allowedActions: allowedActions(actor, a),
  };
}

function load(ctx: AppContext, id: number) {
  const r = findAppeal(ctx.db, id);
  if (!r) throw notFound('申诉不存在');
  return r;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const today = todayOf(ctx);
  const { rows, total } = listAppeals(ctx.db, p);
  return { rows: rows.map((r) => present(actor, r, today)), total };
}

export const stats = (ctx: AppContext, actor: Actor) => statsOf(ctx.db, actor, todayOf(ctx));
export const agents = (ctx: AppContext) => agentsOf(ctx.db);

/** The review page: the record, its checklist with files, the deadline in working days, and for info changes the diff. */
export function get(ctx: AppContext, actor: Actor, id: number) {
  const r = load(ctx, id);
  const today = todayOf(ctx);
  const a = r.appeal;
  const running = (OPEN_STATUSES as readonly string[]).includes(a.status);
  return {
    ...present(actor, r, today),
    workingDaysLeft: running ? workingDaysLeft(today, a.dueDate, loadCalendar(ctx.db, today < a.dueDate ? today : a.dueDate)) : null,
    materials: materialsOf(ctx.db, id).map((m) => ({ ...m, label: materialLabel(m.field) })),
    diff: a.type === 'info_change' ? diffOf(ctx, a) : null,
  };
}

/** Requested values beside the unit's current ones, field by field (masked). */
function diffOf(ctx: AppContext, a: AppealRow) {
  const unit = a.unitId ? ctx.db.select().from(units).where(eq(units.id, a.unitId)).get() : undefined;
  return Object.entries(a.changes ?? {}).map(([field, requested]) => {
    const current = unit ? ((unit[field as ChangeableField] as string | null) ?? null) : null;
    return { field, label: FIELD_LABELS[field as ChangeableField] ?? field, current: maskValue(field, current), requested: maskValue(field, requested), same: current === requested };
  });
}

export function revealPii(ctx: AppContext, actor: Actor, id: number) {
  const a = load(ctx, id).appeal;
  recordReveal(ctx, { actor, action: 'appeals.pii_reveal', resource: 'appeals', resourceId: id, summary: `查看申诉 #${id}（${a.name}）的完整证件号码与手机号码` });
  return {
    idNumber: a.idNumber,
    phone: a.phone,
    ...(a.changes?.idNumber ? { requestedIdNumber: a.changes.idNumber } : {}),
    ...(a.changes?.phone ? { requestedPhone: a.changes.phone } : {}),
  };
}

/** What happened to the appeal, oldest first: its own events and the SMS it caused (queued / sent / failed). */
export function timeline(ctx: AppContext, id: number) {
  load(ctx, id);
  const events = eventsOf(ctx.db, id).map((e) => ({ id: `e${e.id}`, at: e.at, kind: e.kind as string, actorName: e.actorName, detail: e.detail }));
  const sms = smsOf(ctx.db, id).map((n) => ({
    id: `n${n.id}`,
    at: n.status === 'sent' ? (n.sentAt ?? n.updatedAt) : n.updatedAt,
    kind: `sms_${n.status}`,
    actorName: null,
    detail: `${maskPhone(n.phone)}：${contentForStaff(n.content)}${n.status === 'failed' && n.lastError ? `（${n.lastError}）` : ''}`,
  }));
  return [...events, ...sms].sort((x, y) => x.at.localeCompare(y.at));
}

// ---- intake from the public hall ----

function dueFrom(tx: Tx, start: string, days: number, pauses: readonly Pause[]) {
  return deadline({ start, days, calendar: loadCalendar(tx, start), pauses });
}

/**
 * A new appeal: files checked first (a bad request stores nothing), then in one transaction the
 * appeal, its files and checklist, its first timeline event and the audit row; the files are
 * removed again if the transaction fails.
 */
export async function submit(ctx: AppContext, input: IntakeInput, incoming: IncomingFile[], ip: string | undefined) {
  const checked = await checkUploads(ctx, incoming, APPEAL_MATERIALS);
  const at = ctx.clock.now().toISOString();
  const today = todayOf(ctx);
  return withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        let unitId: number | null = null;
        if (input.type === 'info_change') {
          const unit = tx.select().from(units).where(eq(units.uscc, input.uscc)).get();
          if (!unit) throw invalid('该统一社会信用代码尚未注册单位账号，请选择“未注册”类型申诉', { uscc: '该统一社会信用代码尚未注册单位账号' });
          const changes = input.changes ?? {};
          if (Object.entries(changes).every(([k, v]) => (unit[k as ChangeableField] ?? null) === v)) {
            throw invalid('申请修改的内容与单位现有信息相同', { changes: '申请修改的内容与单位现有信息相同' });
          }
          if (changes.account) assertUnitUnique(tx, { account: changes.account }, unit.id);
          unitId = unit.id;
        } else {
          try {
            assertUnitUnique(tx, { uscc: input.uscc, account: input.account });
          } catch (err) {
            if (err instanceof AppError && err.errors?.uscc) throw conflict('该统一社会信用代码已注册单位账号，请选择“已注册”类型申诉', err.errors);
            throw err;
          }
        }
        const days = getSetting(tx, 'appeals.deadlineWorkingDays');
        const { changes, type, ...form } = input;
        const appeal = tx
          .insert(appeals)
          .values({ ...form, type, changes, unitId, submittedAt: at, deadlineDays: days, dueDate: dueFrom(tx, today, days, [])!, createdAt: at, updatedAt: at })
          .returning({ id: appeals.id })
          .get();
        const fileIds = insertFileRows(tx, stored, { type: 'appeals', id: appeal.id }, null, at);
        for (const [field, fileId] of Object.entries(fileIds)) tx.insert(appealMaterials).values({ appealId: appeal.id, field, fileId }).run();
        addEvent(tx, appeal.id, 'submitted', at, null, `网上办事大厅提交，材料 ${stored.length} 份，办理时限 ${days} 个工作日`);
        recordAudit(tx, {
          actor: null,
          action: 'appeals.submit',
          resource: 'appeals',
          resourceId: appeal.id,
          summary: `${appealLabels.type(type)}；${describeFields({ uscc: input.uscc, name: input.name, legalRepName: input.legalRepName, idNumber: input.idNumber, phone: input.phone, account: input.account })}`,
          at,
          ip,
        });
        return { id: appeal.id, status: 'submitted' as const };
      },
      { behavior: 'immediate' },
    ),
  );
}

/** 补正材料 from the public hall: exactly the materials asked for; the appeal goes back to its agent and the clock runs again. */
export async function receiveSupplement(ctx: AppContext, id: number, incoming: IncomingFile[], ip: string | undefined) {
  const before = findAppealRow(ctx.db, id);
  if (!before) throw notFound('申诉不存在');
  if (!nextState(appealWorkflow, before.status, 'receiveSupplement')) throw conflict(`该申诉当前为「${appealLabels.state(before.status)}」，不需要补正材料`);
  const asked = before.supplementMaterials ?? [];
  const rules = Object.fromEntries(asked.map((f) => [f, APPEAL_MATERIALS[f as keyof typeof APPEAL_MATERIALS]]));
  const checked = await checkUploads(ctx, incoming, rules);
  const at = ctx.clock.now().toISOString();
  const today = todayOf(ctx);
  return withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        const a = findAppealRow(tx, id)!;
        const to = nextState(appealWorkflow, a.status, 'receiveSupplement');
        if (!to || a.version !== before.version) throw conflict('该申诉的状态已变化，请重新查询后再提交');
        const fileIds = insertFileRows(tx, stored, { type: 'appeals', id }, null, at);
        for (const [field, fileId] of Object.entries(fileIds)) {
          tx.update(appealMaterials)
            .set({ fileId, verdict: null, note: null, reviewedBy: null, reviewedAt: null })
            .where(and(eq(appealMaterials.appealId, id), eq(appealMaterials.field, field)))
            .run();
        }
        const pauses = a.pauses.map((p) => (p.to === null ? { ...p, to: today } : p));
        const dueDate = dueFrom(tx, submittedDay(a), a.deadlineDays, pauses)!;
        tx.update(appeals)
          .set({ status: to, pauses, dueDate, supplementMaterials: null, supplementNote: null, updatedAt: at, version: a.version + 1 })
          .where(eq(appeals.id, id))
          .run();
        const labels = Object.keys(fileIds).map(materialLabel).join('、');
        addEvent(tx, id, 'supplement_received', at, null, `补正材料：${labels}；新的办理期限 ${dueDate}`);
        recordAudit(tx, { actor: null, action: 'appeals.supplement_received', resource: 'appeals', resourceId: id, summary: `收到补正材料：${labels}`, at, ip });
        return { id, status: to };
      },
      { behavior: 'immediate' },
    ),
  );
}

// ---- the agents' actions ----

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
      if (event === 'claim' && a.status === 'processing' && a.assigneeId !== actor.id) throw conflict(`该申诉已由${r.assigneeName ?? '其他客服'}领取`);
      if (a.version !== version) throw staleVersion();
      const to = transition(appealWorkflow, a.status, event, actor.roles, appealLabels);
      if (ASSIGNEE_ONLY.includes(event) && a.assigneeId !== actor.id) throw forbidden(`该申诉由${r.assigneeName ?? '其他客服'}办理，只有办理人可以${appealLabels.event(event)}`);
      act(tx, a, to, at);
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

const subject = (a: AppealRow) => `账号申诉（${appealLabels.type(a.type)}，${a.name}）`;

/**
 * 领取: a conditional UPDATE on the status and version the agent saw, so of two agents claiming at
 * once exactly one changes the row and the other gets 409.
 */
export function claim(ctx: AppContext, actor: Actor, id: number, version: number) {
  return actOn(ctx, actor, id, version, 'claim', (tx, a, to, at) => {
    const res = tx
      .update(appeals)
      .set({ status: to, assigneeId: actor.id, claimedAt: at, updatedAt: at, version: version + 1 })
      .where(and(eq(appeals.id, a.id), eq(appeals.status, 'submitted'), eq(appeals.version, version)))
      .run();
    if (res.changes !== 1) throw conflict('该申诉已被其他客服领取，请刷新后查看');
    addEvent(tx, a.id, 'claimed', at, actor, `${actor.name} 领取`);
    recordAudit(tx, { actor, action: 'appeals.claim', resource: 'appeals', resourceId: a.id, summary: `领取申诉 #${a.id}（${a.name}）`, at });
  });
}

/** 分派 to another agent (or from one agent to another); a waiting appeal stays waiting. */
export function assign(ctx: AppContext, actor: Actor, id: number, assigneeId: number, version: number) {
  const target = agentsOf(ctx.db).find((s) => s.id === assigneeId);
  if (!target) throw invalid('只能分派给在岗的申诉客服', { assigneeId: '请选择在岗的申诉客服' });
  return actOn(ctx, actor, id, version, 'assign', (tx, a, to, at) => {
    if (a.assigneeId === assigneeId) throw conflict(`该申诉已由${target.name}办理`, { assigneeId: `已由${target.name}办理` });
    tx.update(appeals)
      .set({ status: to, assigneeId, claimedAt: a.claimedAt ?? at, updatedAt: at, version: version + 1 })
      .where(eq(appeals.id, a.id))
      .run();
    addEvent(tx, a.id, 'assigned', at, actor, `分派给 ${target.name}`);
    recordAudit(tx, { actor, action: 'appeals.assign', resource: 'appeals', resourceId: a.id, summary: `申诉 #${a.id} 分派给 ${target.name}（${target.username}）`, at });
  });
}

/** One line of the checklist: a material acceptable or not, with a note. Only the handling agent, only while processing. */
export function check(ctx: AppContext, actor: Actor, id: number, input: { field: string; verdict: 'acceptable' | 'unacceptable'; note: string; version: number }) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const r = findAppeal(tx, id);
      if (!r) throw notFound('申诉不存在');
      const a = r.appeal;
      if (a.version !== input.version) throw staleVersion();
      if (a.status !== 'processing') throw conflict(`当前状态为「${appealLabels.state(a.status)}」，不能审核材料`);
      if (a.assigneeId !== actor.id) throw forbidden(`该申诉由${r.assigneeName ?? '其他客服'}办理，只有办理人可以审核材料`);
      const res = tx
        .update(appealMaterials)
        .set({ verdict: input.verdict, note: input.note || null, reviewedBy: actor.id, reviewedAt: at })
        .where(and(eq(appealMaterials.appealId, id), eq(appealMaterials.field, input.field)))
        .run();
      if (res.changes !== 1) throw invalid('该申诉没有此项材料', { field: '该申诉没有此项材料' });
      tx.update(appeals).set({ updatedAt: at, version: a.version + 1 }).where(eq(appeals.id, id)).run();
      const line = `${materialLabel(input.field)}：${input.verdict === 'acceptable' ? '合格' : '不合格'}${input.note ? `（${input.note}）` : ''}`;
      addEvent(tx, id, 'checked', at, actor, line);
      recordAudit(tx, { actor, action: 'appeals.check', resource: 'appeals', resourceId: id, summary: line, at });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

const unacceptable = (tx: Tx, id: number) =>
  tx
    .select({ field: appealMaterials.field })
    .from(appealMaterials)
    .where(and(eq(appealMaterials.appealId, id), eq(appealMaterials.verdict, 'unacceptable')))
    .all()
    .map((m) => materialLabel(m.field));

/**
 * 通过: an assisted registration creates the unit (待激活, channel 申诉; it activates and sets its own
 * password), an info change is applied to the unit with its change history. Both in the decision's transaction.
 */
export function approve(ctx: AppContext, actor: Actor, id: number, input: { note: string; version: number }) {
  return actOn(ctx, actor, id, input.version, 'approve', (tx, a, to, at) => {
    const bad = unacceptable(tx, id);
    if (bad.length) throw conflict(`材料「${bad.join('、')}」被标记为不合格，不能通过；请要求补正或驳回`);
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
      recordAudit(tx, { actor, action: 'units.create', resource: 'units', resourceId: unitId, summary: `申诉辅助注册（申诉 #${id}）；${describeFields({ uscc: a.uscc, name: a.name, account: a.account, phone: a.phone })}`, at });
      result = `已创建单位账号 ${a.account}（待激活）`;
    } else {
      const unit = a.unitId ? tx.select().from(units).where(eq(units.id, a.unitId)).get() : undefined;
      if (!unit) throw conflict('申诉对应的单位不存在');
      if (unit.status === 'cancelled') throw conflict('该单位已注销，不能修改信息');
      let changed: string[];
      try {
        changed = applyUnitChanges(tx, unit.id, (a.changes ?? {}) as UnitChanges, { actor, source: 'appeal', at });
      } catch (err) {
        if (err instanceof AppError && err.status === 409) throw conflict(`不能通过：${err.message}`, err.errors);
        throw err;
      }
      const labels = changed.map((f) => FIELD_LABELS[f as ChangeableField] ?? f);
      if (changed.length) recordAudit(tx, { actor, action: 'units.update', resource: 'units', resourceId: unit.id, summary: `申诉 #${id} 修改字段：${changed.join('、')}`, at });
      result = labels.length ? `已修改：${labels.join('、')}` : '单位信息已是申请的内容，无需修改';
    }
    tx.update(appeals)
      .set({ status: to, unitId, decidedAt: at, decidedBy: actor.id, decisionNote: input.note || null, updatedAt: at, version: a.version + 1 })
      .where(eq(appeals.id, id))
      .run();
    addEvent(tx, id, 'approved', at, actor, `${result}${input.note ? `；备注：${input.note}` : ''}`);
    recordAudit(tx, { actor, action: 'appeals.approve', resource: 'appeals', resourceId: id, summary: `通过申诉 #${id}（${a.name}）：${result}`, at });
    const content =
      a.type === 'assisted_registration'
        ? `${SMS_PREFIX}您提交的${subject(a)}已审核通过。单位账号：${a.account}，请登录网上办事大厅完成账号激活并设置密码。`
        : `${SMS_PREFIX}您提交的${subject(a)}已审核通过，${result}。`;
    queueSms(tx, { phone: a.phone, content: content + (input.note ? `备注：${input.note}` : ''), relatedType: 'appeals', relatedId: id, at });
  });
}

/** 驳回 with a reason, which the unit reads in the SMS. */
export function reject(ctx: AppContext, actor: Actor, id: number, input: { reason: string; version: number }) {
  return actOn(ctx, actor, id, input.version, 'reject', (tx, a, to, at) => {
    tx.update(appeals)
      .set({ status: to, decidedAt: at, decidedBy: actor.id, decisionNote: input.reason, updatedAt: at, version: a.version + 1 })
      .where(eq(appeals.id, id))
      .run();
    addEvent(tx, id, 'rejected', at, actor, `驳回原因：${input.reason}`);
    recordAudit(tx, { actor, action: 'appeals.reject', resource: 'appeals', resourceId: id, summary: `驳回申诉 #${id}（${a.name}），原因：${input.reason}`, at });
    queueSms(tx, {
      phone: a.phone,
      content: `${SMS_PREFIX}您提交的${subject(a)}未通过审核，原因：${input.reason}。如有疑问请咨询 ${HOTLINE}。`,
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
export function requestSupplement(ctx: AppContext, actor: Actor, id: number, input: { materials: string[]; note: string; version: number }) {
  return actOn(ctx, actor, id, input.version, 'requestSupplement', (tx, a, to, at) => {
    const today = todayOf(ctx);
    const notes = new Map(
      tx
        .select({ field: appealMaterials.field, verdict: appealMaterials.verdict, note: appealMaterials.note })
        .from(appealMaterials)
        .where(eq(appealMaterials.appealId, id))
        .all()
        .map((m) => [m.field, m.verdict === 'unacceptable' ? m.note : null]),
    );
    for (const field of input.materials) {
      tx.update(appealMaterials)
        .set({ verdict: 'unacceptable', note: notes.get(field) ?? (input.note || null), reviewedBy: actor.id, reviewedAt: at })
        .where(and(eq(appealMaterials.appealId, id), eq(appealMaterials.field, field)))
        .run();
    }
    tx.update(appeals)
      .set({ status: to, pauses: [...a.pauses, { from: today, to: null }], supplementMaterials: input.materials, supplementNote: input.note || null, updatedAt: at, version: a.version + 1 })
      .where(eq(appeals.id, id))
      .run();
    const items = input.materials.map((f, i) => `${i + 1}.${materialLabel(f)}${notes.get(f) ? `（${notes.get(f)}）` : ''}`).join('；');
    addEvent(tx, id, 'supplement_requested', at, actor, `需补正：${items}${input.note ? `；说明：${input.note}` : ''}`);
    recordAudit(tx, { actor, action: 'appeals.request_supplement', resource: 'appeals', resourceId: id, summary: `申诉 #${id} 要求补正：${items}`, at });
    queueSms(tx, {
      phone: a.phone,
      content: `${SMS_PREFIX}您提交的${subject(a)}需补正以下材料：${items}。${input.note ? `说明：${input.note}。` : ''}请登录网上办事大厅一次性补齐后重新提交，补正期间办理时限暂停计算。`,
      relatedType: 'appeals',
      relatedId: id,
      at,
    });
  });
}

/**
 * A calendar change moves the deadlines still running; called inside the calendar change's own
 * transaction. The version is not bumped: the deadline is derived, and an agent's open screen stays valid.
 */
export function recomputeDeadlines(tx: Tx): number {
  const rows = runningAppeals(tx);
  if (!rows.length) return 0;
  const earliest = rows.map(submittedDay).sort()[0];
  const calendar = loadCalendar(tx, earliest);
  let moved = 0;
  for (const r of rows) {
    const due = deadline({ start: submittedDay(r), days: r.deadlineDays, calendar, pauses: r.pauses });
    if (due && due !== r.dueDate) {
      tx.update(appeals).set({ dueDate: due }).where(eq(appeals.id, r.id)).run();
      moved++;
    }
  }
  return moved;
}
