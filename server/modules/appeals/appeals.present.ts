import type { Actor } from '../../domain/roles';
import { maskIdNumber, maskPhone } from '../../domain/validators';
import { allowedEvents } from '../../domain/workflows/stateMachine';
import { appealWorkflow, ASSIGNEE_ONLY, OPEN_STATUSES } from '../../domain/workflows/appeals.workflow';
import { isOverdue } from '../../domain/workingDays';
import { contentForStaff } from '../../sms/outbox';
import type { UnitRow } from '../units/unitRecords';
import { FIELD_LABELS, type ChangeableField } from './appeals.materials';
import type { AppealRow, AppealWithNames, eventsOf, smsOf } from './appeals.repo';

/** ID numbers and phones inside the requested changes are masked like everywhere else. */
const maskValue = (field: string, v: string | null | undefined) =>
  v == null ? null : field === 'idNumber' ? maskIdNumber(v) : field === 'phone' ? maskPhone(v) : v;
const maskChanges = (changes: Record<string, string | null> | null) =>
  changes ? Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, maskValue(k, v)])) : null;

export const isRunning = (a: Pick<AppealRow, 'status'>) => (OPEN_STATUSES as readonly string[]).includes(a.status);

function allowedActions(actor: Actor, a: AppealRow): string[] {
  const mine = a.assigneeId === actor.id;
  return allowedEvents(appealWorkflow, a.status, actor.roles).filter((e) =>
    // 合并 is offered on an appeal intake marked as a possible duplicate: by any agent while unclaimed,
    // by its agent once claimed (the server takes any undecided pair, with a reason across USCCs).
    e === 'merge' ? a.duplicateOfId !== null && (!a.assigneeId || mine) : !ASSIGNEE_ONLY.includes(e) || mine,
  );
}

/** An appeal as the queue and the review page show it to `actor` on `today` (Beijing). */
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
    regionCodeUnknown: a.regionCodeUnknown,
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
    overdue: isRunning(a) && isOverdue(a.dueDate, today),
    claimedAt: a.claimedAt,
    supplementMaterials: a.supplementMaterials,
    supplementNote: a.supplementNote,
    decidedAt: a.decidedAt,
    decidedByName: r.decidedByName,
    decisionNote: a.decisionNote,
    duplicateOfId: a.duplicateOfId,
    mergedIntoId: a.mergedIntoId,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
    allowedActions: allowedActions(actor, a),
  };
}

/** Requested values beside the unit's current ones, field by field (masked). */
export function diffOf(a: AppealRow, unit: UnitRow | undefined) {
  return Object.entries(a.changes ?? {}).map(([field, requested]) => {
    const current = unit ? (unit[field as ChangeableField] ?? null) : null;
    return {
      field,
      label: FIELD_LABELS[field as ChangeableField] ?? field,
      current: maskValue(field, current),
      requested: maskValue(field, requested),
      same: current === requested,
    };
  });
}

/** The appeal's own events and the SMS it caused (queued / sent / failed), oldest first. */
export function timelineOf(events: ReturnType<typeof eventsOf>, sms: ReturnType<typeof smsOf>) {
  const own = events.map((e) => ({ id: `e${e.id}`, at: e.at, kind: e.kind, actorName: e.actorName, detail: e.detail }));
  const sent = sms.map((n) => ({
    id: `n${n.id}`,
    at: n.status === 'sent' ? (n.sentAt ?? n.updatedAt) : n.updatedAt,
    kind: `sms_${n.status}`,
    actorName: null,
    detail: `${maskPhone(n.phone)}：${contentForStaff(n.content)}${n.status === 'failed' && n.lastError ? `（${n.lastError}）` : ''}`,
  }));
  return [...own, ...sent].sort((x, y) => x.at.localeCompare(y.at));
}
