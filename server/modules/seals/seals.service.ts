import type { Db, Tx } from '../../../db/client';
import type { SealType } from '../../../db/schema/seals';
import type { AppContext } from '../../context';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { beijingDate } from '../../domain/workingDays';
import {
  blockingSeal,
  defaultSealName,
  SEAL_TYPE_LABELS,
  sealActor,
  sealNameProblem,
  type PersonRef,
} from '../../domain/seals';
import { SEAL_APPLIED_BY_ROLE_LABELS } from '../../domain/labels';
import { allowedEvents, nextState, transition } from '../../domain/workflows/stateMachine';
import { sealLabels, sealWorkflow, type SealEvent } from '../../domain/workflows/seals.workflow';
import { recordAudit } from '../../audit/record';
import { queueSms } from '../../sms/outbox';
import { sealVoided } from '../../sms/templates';
import type { ListParams } from '../../../db/lists';
import type { UnitRow } from '../units/unitRecords';
import { findUnit } from '../units/units.repo';
import * as repo from './seals.repo';

type AuditActor = Pick<Actor, 'id' | 'name' | 'ip'> | null;
const ROLE_LABEL = SEAL_APPLIED_BY_ROLE_LABELS;

export function presentSeal(actor: Actor, s: repo.SealRow, unitName: string) {
  return { ...s, unitName, allowedActions: allowedEvents(sealWorkflow, s.status, actor.roles) };
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = repo.listSeals(ctx.db, p);
  return { rows: rows.map((r) => presentSeal(actor, r.s, r.unitName)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const r = repo.findSeal(ctx.db, id);
  if (!r) throw notFound('印章不存在');
  return presentSeal(actor, r.s, r.unitName);
}

/** The unit's people as the seal and sign-in rules read them. */
export const unitPeople = (db: Db | Tx, u: UnitRow) => ({
  legalRepName: u.legalRepName,
  idType: u.idType,
  idNumber: u.idNumber,
  operators: repo.operatorsOfUnit(db, u.id),
});

/** The hall's person, checked against the unit's record: 403 saying why they may not keep its seals. */
export function hallActor(tx: Db | Tx, u: UnitRow, by: PersonRef, today: string) {
  const who = sealActor(unitPeople(tx, u), by, today);
  if (!who.ok) throw new AppError(403, who.message, { by: who.message }, who.reason);
  return who;
}

function unitByUscc(tx: Tx, uscc: string) {
  const u = repo.findUnitByUscc(tx, uscc);
  if (!u) throw new AppError(404, '该统一社会信用代码没有对应的单位账号', { uscc: '没有对应的单位账号' });
  return u;
}

export interface ApplyInput {
  uscc: string;
  type: SealType;
  name?: string;
  appliedBy: PersonRef & { name: string };
  faceVerifiedAt: string;
}

/** 添加电子印章 from the hall, after the applicant's face check there [002 §四.5(3)]. */
export function applyFromHall(ctx: AppContext, input: ApplyInput, ip?: string) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const u = unitByUscc(tx, input.uscc);
      if (u.status !== 'active')
        throw conflict('单位账号不是正常状态，不能申请电子印章', { uscc: '单位账号不是正常状态' });
      const who = hallActor(tx, u, input.appliedBy, beijingDate(ctx.clock.now()));
      const name = (input.name ?? '').trim() || defaultSealName(u.name, input.type, u.legalRepName);
      const problem = sealNameProblem(name);
      if (problem) throw invalid(problem, { name: problem });
      const existing = blockingSeal(repo.livingSealsOfUnit(tx, u.id), input.type);
      if (existing)
        throw conflict(
          `本单位已有${SEAL_TYPE_LABELS[input.type]}「${existing.name}」（编号 ${existing.id}），每个印章类型只能申请一次`,
          { type: `已有印章 ${existing.id}` },
        );
      const id = repo.insertSeal(tx, {
        unitId: u.id,
        type: input.type,
        name,
        status: 'active',
        appliedByName: who.name,
        appliedByRole: who.role,
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor: null,
        action: 'seals.apply',
        resource: 'seals',
        resourceId: id,
        summary: `网厅申请${SEAL_TYPE_LABELS[input.type]}「${name}」，申请人：${ROLE_LABEL[who.role]} ${who.name}（人脸核验 ${input.faceVerifiedAt}）`,
        at,
        ip,
      });
      return { id, status: 'active' as const };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Voids a seal inside the caller's transaction: every grant ends with it, the audit row and the SMS
 * to the legal representative go with the same commit.
 */
function voidInTx(
  tx: Tx,
  s: repo.SealRow,
  u: UnitRow,
  by: string,
  reason: string,
  at: string,
  actor: AuditActor,
  ip?: string,
) {
  repo.setSealStatus(tx, s, 'voided', at, reason);
  const grants = repo.activeGrantsOfSeal(tx, s.id);
  for (const g of grants) repo.revokeGrantRow(tx, g, '印章已作废', at);
  recordAudit(tx, {
    actor,
    action: 'seals.void',
    resource: 'seals',
    resourceId: s.id,
    summary: `「${s.name}」作废，操作人：${by}，原因：${reason}；同时终止授权 ${grants.length} 项`,
    at,
    ip,
  });
  queueSms(tx, {
    phone: u.phone,
    content: sealVoided({ unitName: u.name, sealName: s.name, by }),
    relatedType: 'seals',
    relatedId: s.id,
    at,
  });
}

function loadForChange(tx: Tx, id: number) {
  const r = repo.findSeal(tx, id);
  if (!r) throw notFound('印章不存在');
  return { s: r.s, u: findUnit(tx, r.s.unitId)! };
}

/** 作废印章 from the hall: the legal representative or an operator with 管理权限, face-checked there. */
export function voidFromHall(
  ctx: AppContext,
  id: number,
  input: { by: PersonRef; faceVerifiedAt: string },
  ip?: string,
) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const { s, u } = loadForChange(tx, id);
      const who = hallActor(tx, u, input.by, beijingDate(ctx.clock.now()));
      if (!nextState(sealWorkflow, s.status, 'void'))
        throw conflict(`印章当前为「${sealLabels.state(s.status)}」，不能作废`);
      voidInTx(
        tx,
        s,
        u,
        `${ROLE_LABEL[who.role]} ${who.name}`,
        `网厅作废（人脸核验 ${input.faceVerifiedAt}）`,
        at,
        null,
        ip,
      );
      return { id, status: 'voided' as const };
    },
    { behavior: 'immediate' },
  );
}

/** Staff void, e.g. when the unit reports the seal misused. */
export function voidByStaff(ctx: AppContext, actor: Actor, id: number, reason: string, version: number) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const { s, u } = loadForChange(tx, id);
      if (s.version !== version) throw staleVersion();
      transition(sealWorkflow, s.status, 'void', actor.roles, sealLabels);
      voidInTx(tx, s, u, `工作人员 ${actor.name}`, reason, at, actor);
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

const UNIT_TO_SEAL: Record<string, SealEvent | undefined> = { freeze: 'suspend', unfreeze: 'restore', cancel: 'void' };

/** A unit's freeze / unfreeze / cancel reaches its seals in the unit's own transaction. */
export function followUnitEvent(tx: Tx, actor: Actor, u: UnitRow, unitEvent: string, at: string) {
  const event = UNIT_TO_SEAL[unitEvent];
  if (!event) return;
  for (const s of repo.livingSealsOfUnit(tx, u.id)) {
    const to = nextState(sealWorkflow, s.status, event);
    if (!to) continue;
    if (to === 'voided') voidInTx(tx, s, u, `工作人员 ${actor.name}`, '单位注销', at, actor);
    else {
      repo.setSealStatus(tx, s, to, at);
      recordAudit(tx, {
        actor,
        action: `seals.${event}`,
        resource: 'seals',
        resourceId: s.id,
        summary: `单位${event === 'suspend' ? '冻结' : '解冻'}，「${s.name}」${sealLabels.event(event)}`,
        at,
      });
    }
  }
}

/** An operator disabled or removed loses the grants made to them, in the same transaction. */
export function revokePersonGrants(tx: Tx, actor: Actor, unitId: number, idNumber: string, reason: string, at: string) {
  for (const g of repo.activeGrantsOfPerson(tx, unitId, idNumber)) {
    repo.revokeGrantRow(tx, g, reason, at);
    recordAudit(tx, {
      actor,
      action: 'sealGrants.revoke',
      resource: 'seals',
      resourceId: g.sealId,
      summary: `撤销 ${g.personName} 的授权（授权编号 ${g.id}），原因：${reason}`,
      at,
    });
  }
}
