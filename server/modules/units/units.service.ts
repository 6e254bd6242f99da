import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { can } from '../../domain/policy';
import { generateOneTimePassword, keepIfMasked, maskIdNumber, maskPhone } from '../../domain/validators';
import { allowedEvents, transition } from '../../domain/workflows/stateMachine';
import { unitLabels, unitWorkflow, type UnitEvent } from '../../domain/workflows/units.workflow';
import { describeFields, recordAudit } from '../../audit/record';
import { recordReveal } from '../../security/revealLimit';
import { queueSms } from '../../sms/outbox';
import {
  unitActivated,
  unitCancelled,
  unitFrozen,
  unitPasswordReset,
  unitRegisteredOffline,
  unitUnfrozen,
} from '../../sms/templates';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import { OFFICE_PDF_OR_IMAGE, PDF_OR_IMAGE } from '../../files/kinds';
import type { ListParams } from '../../../db/lists';
import { hashPassword } from '../../security/passwords';
import { applyUnitChanges, EDITABLE_UNIT_FIELDS, insertUnit, type UnitChanges, type UnitRow } from './unitRecords';
import { followUnitEvent } from '../seals/seals.service';
import {
  changesOf,
  findUnit,
  findUnits,
  insertUnitChange,
  insertUnitReceipt,
  listUnits,
  materialsOf,
  nextReceiptSequence,
  receiptOf,
  registeredBy,
  updateUnit,
} from './units.repo';
import { beijingDate } from '../../domain/workingDays';

/** The materials a window registration needs [004 §01]. */
export const REGISTRATION_MATERIALS = {
  businessLicense: { label: '营业执照副本', kinds: PDF_OR_IMAGE, required: true },
  handlerId: { label: '办理人身份证', kinds: PDF_OR_IMAGE, required: true },
  authorizationLetter: { label: '授权委托书', kinds: OFFICE_PDF_OR_IMAGE, required: true },
} as const;

/** What staff see: ID number and phone masked, no password hash; usage beside the quotas. */
export function presentUnit(actor: Actor, u: UnitRow) {
  const { passwordHash: _h, ...rest } = u;
  return {
    ...rest,
    idNumber: maskIdNumber(u.idNumber),
    phone: maskPhone(u.phone),
    atQuota: u.operatorCount >= u.operatorQuota,
    allowedActions: [
      ...(u.status !== 'cancelled' && can(actor, 'units.update') ? ['edit'] : []),
      ...(u.status !== 'cancelled' && can(actor, 'units.quota') ? ['quota'] : []),
      ...allowedEvents(unitWorkflow, u.status, actor.roles),
    ],
  };
}

function load(ctx: AppContext, id: number) {
  const u = findUnit(ctx.db, id);
  if (!u) throw notFound('单位不存在');
  return u;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listUnits(ctx.db, p);
  return { rows: rows.map((u) => presentUnit(actor, u)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  return { ...presentUnit(actor, load(ctx, id)), materials: materialsOf(ctx.db, id) };
}

export const changes = (ctx: AppContext, id: number) => (load(ctx, id), changesOf(ctx.db, id));

export function revealPii(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const u = load(ctx, id);
  recordReveal(ctx, {
    actor,
    reason,
    action: 'units.pii_reveal',
    resource: 'units',
    resourceId: id,
    summary: `查看 ${u.name} 法定代表人完整证件号码与手机号码`,
  });
  return { idNumber: u.idNumber, phone: u.phone };
}

/** 受理回执: what the window hands back to the person who brought the materials. */
export function receipt(ctx: AppContext, id: number) {
  const u = load(ctx, id);
  const by = registeredBy(ctx.db, id);
  const r = receiptOf(ctx.db, id);
  return {
    id: u.id,
    receiptNo: r?.receiptNo ?? null,
    handler: r
      ? {
          name: r.handlerName,
          idType: r.handlerIdType,
          idNumber: maskIdNumber(r.handlerIdNumber),
          phone: maskPhone(r.handlerPhone),
        }
      : null,
    name: u.name,
    uscc: u.uscc,
    account: u.account,
    legalRepName: u.legalRepName,
    channel: u.channel,
    registeredAt: by?.at ?? u.createdAt,
    staffName: by?.name ?? null,
    materials: materialsOf(ctx.db, id).map((m) => ({
      field: m.field,
      label: REGISTRATION_MATERIALS[m.field as keyof typeof REGISTRATION_MATERIALS]?.label ?? m.field,
      originalName: m.originalName,
    })),
  };
}

type Identity = Omit<UnitChanges, never> & {
  uscc: string;
  name: string;
  legalPersonType: UnitRow['legalPersonType'];
  legalRepName: string;
  idType: UnitRow['idType'];
  idNumber: string;
  idValidFrom: string;
  phone: string;
  account: string;
};
type Handler = { handlerName: string; handlerIdType: UnitRow['idType']; handlerIdNumber: string; handlerPhone: string };

/** 受理编号: SL + the Beijing date (yyyymmdd) + the day's 4-digit sequence; call inside the registration's transaction. */
function takeReceiptNo(tx: Tx, at: Date): string {
  const prefix = `SL${beijingDate(at).replaceAll('-', '')}`;
  const seq = nextReceiptSequence(tx, prefix);
  if (seq > 9999) throw conflict('今日受理编号已用完（每日最多 9999 个），请明日再办理');
  return `${prefix}${String(seq).padStart(4, '0')}`;
}

/**
 * 线下经办窗口注册: files checked first (nothing written on a bad request), then in one transaction
 * the unit (active, channel offline, a one-time password to change at first login), its materials,
 * the audit row and the SMS carrying the password as a secret.
 */
export async function registerAtWindow(
  ctx: AppContext,
  actor: Actor,
  body: Identity & Handler,
  incoming: IncomingFile[],
) {
  const { handlerName, handlerIdType, handlerIdNumber, handlerPhone, ...input } = body;
  const checked = await checkUploads(ctx, incoming, REGISTRATION_MATERIALS);
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const { id, receiptNo } = await withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        const id = insertUnit(
          tx,
          {
            ...input,
            idValidTo: input.idValidTo ?? null,
            status: 'active',
            channel: 'offline',
            passwordHash,
            mustChangePassword: true,
            activatedAt: at,
          },
          at,
        );
        const receiptNo = takeReceiptNo(tx, now);
        insertUnitReceipt(tx, {
          unitId: id,
          receiptNo,
          handlerName,
          handlerIdType,
          handlerIdNumber,
          handlerPhone,
          staffId: actor.id,
          staffName: actor.name,
          at,
        });
        insertFileRows(tx, stored, { type: 'units', id }, actor.id, at);
        recordAudit(tx, {
          actor,
          action: 'units.create',
          resource: 'units',
          resourceId: id,
          summary: `线下窗口注册；受理编号 ${receiptNo}；${describeFields({ uscc: input.uscc, name: input.name, legalRepName: input.legalRepName, idNumber: input.idNumber, phone: input.phone, account: input.account })}；办理人 ${handlerName}；材料 ${stored.length} 份`,
          at,
        });
        queueSms(tx, {
          phone: input.phone,
          content: unitRegisteredOffline(input),
          secret: password,
          relatedType: 'units',
          relatedId: id,
          at,
        });
        return { id, receiptNo };
      },
      { behavior: 'immediate' },
    ),
  );
  return { ...get(ctx, actor, id), receiptNo };
}

/** Edit everything but the USCC; each changed field lands in the change history. */
export function update(ctx: AppContext, actor: Actor, id: number, input: Partial<Identity> & { version: number }) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findUnit(tx, id);
      if (!before) throw notFound('单位不存在');
      if (before.version !== input.version) throw staleVersion();
      if (before.status === 'cancelled') throw conflict('已注销的单位不能修改');
      if (input.uscc !== undefined && input.uscc.trim().toUpperCase() !== before.uscc)
        throw conflict('统一社会信用代码创建后不能修改', { uscc: '统一社会信用代码不能修改' });
      const idNumber = keepIfMasked(input.idNumber, before.idNumber, maskIdNumber);
      const phone = keepIfMasked(input.phone, before.phone, maskPhone);
      if (idNumber === undefined) throw invalid('请填写完整的证件号码', { idNumber: '请填写完整的证件号码' });
      if (phone === undefined) throw invalid('请填写完整的手机号码', { phone: '请填写完整的手机号码' });
      const next: UnitChanges = {};
      for (const f of EDITABLE_UNIT_FIELDS)
        if (f in input) next[f] = (input as unknown as Record<string, string | null>)[f] ?? null;
      next.idNumber = idNumber;
      next.phone = phone;
      const changed = applyUnitChanges(tx, id, next, { actor, source: 'edit', at, expectedVersion: input.version });
      recordAudit(tx, {
        actor,
        action: 'units.update',
        resource: 'units',
        resourceId: id,
        summary: changed.length ? `修改字段：${changed.join('、')}` : '无变化',
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

const SMS_TEXT: Partial<Record<UnitEvent, (u: UnitRow, reason?: string) => string>> = {
  activate: (u) => unitActivated(u),
  freeze: (u, r) => unitFrozen({ name: u.name, reason: r ?? '' }),
  unfreeze: (u) => unitUnfrozen(u),
  cancel: (u, r) => unitCancelled({ name: u.name, reason: r ?? '' }),
};

/** One status move inside the caller's transaction: table check, update, audit, SMS. */
function moveUnit(tx: Tx, ctx: AppContext, actor: Actor, u: UnitRow, event: UnitEvent, at: string, reason?: string) {
  const to = transition(unitWorkflow, u.status, event, actor.roles, unitLabels);
  updateUnit(tx, u.id, {
    status: to,
    statusReason: reason ?? (event === 'activate' || event === 'unfreeze' ? null : u.statusReason),
    ...(event === 'activate' ? { activatedAt: at } : {}),
    updatedAt: at,
    version: u.version + 1,
  });
  recordAudit(tx, {
    actor,
    action: `units.${event}`,
    resource: 'units',
    resourceId: u.id,
    summary: `${u.name}：${unitLabels.event(event)}${reason ? `，原因：${reason}` : ''}`,
    at,
  });
  followUnitEvent(tx, actor, u, event, at);
  const text = SMS_TEXT[event];
  if (text) queueSms(tx, { phone: u.phone, content: text(u, reason), relatedType: 'units', relatedId: u.id, at });
}

export function act(
  ctx: AppContext,
  actor: Actor,
  id: number,
  event: 'activate' | 'freeze' | 'unfreeze' | 'cancel',
  version: number,
  reason?: string,
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const u = findUnit(tx, id);
      if (!u) throw notFound('单位不存在');
      if (u.version !== version) throw staleVersion();
      moveUnit(tx, ctx, actor, u, event, at, reason);
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

export type BulkResult = { id: number; result: 'activated' | 'not_pending' | 'not_found'; name?: string };

/** Bulk activation in one request and one transaction; each id says what became of it. */
export function activateMany(ctx: AppContext, actor: Actor, ids: number[]): BulkResult[] {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const found = new Map(findUnits(tx, ids).map((u) => [u.id, u]));
      return [...new Set(ids)].map((id): BulkResult => {
        const u = found.get(id);
        if (!u) return { id, result: 'not_found' };
        if (u.status !== 'pending_activation') return { id, result: 'not_pending', name: u.name };
        moveUnit(tx, ctx, actor, u, 'activate', at);
        return { id, result: 'activated', name: u.name };
      });
    },
    { behavior: 'immediate' },
  );
}

/** 重置密码: a one-time password by SMS to the legal representative's mobile, to be changed at first login. */
export async function resetPassword(ctx: AppContext, actor: Actor, id: number, version: number) {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const u = findUnit(tx, id);
      if (!u) throw notFound('单位不存在');
      if (u.version !== version) throw staleVersion();
      transition(unitWorkflow, u.status, 'resetPassword', actor.roles, unitLabels);
      updateUnit(tx, id, { passwordHash, mustChangePassword: true, updatedAt: at, version: u.version + 1 });
      recordAudit(tx, {
        actor,
        action: 'units.resetPassword',
        resource: 'units',
        resourceId: id,
        summary: `${u.name}：重置密码，临时密码已短信发送至 ${maskPhone(u.phone)}`,
        at,
      });
      queueSms(tx, {
        phone: u.phone,
        content: unitPasswordReset(u),
        secret: password,
        relatedType: 'units',
        relatedId: id,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Quotas move with a reason and never below what is in use. */
export function setQuota(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { adminQuota: number; operatorQuota: number; reason: string; version: number },
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const u = findUnit(tx, id);
      if (!u) throw notFound('单位不存在');
      if (u.version !== input.version) throw staleVersion();
      if (u.status === 'cancelled') throw conflict('已注销的单位不能调整名额');
      const errors: Record<string, string> = {};
      if (input.adminQuota < u.adminCount)
        errors.adminQuota = `已有 ${u.adminCount} 名管理员，名额不能少于 ${u.adminCount}`;
      if (input.operatorQuota < u.operatorCount)
        errors.operatorQuota = `已有 ${u.operatorCount} 名经办人，名额不能少于 ${u.operatorCount}`;
      if (Object.keys(errors).length) throw conflict(Object.values(errors).join('；'), errors);
      updateUnit(tx, id, {
        adminQuota: input.adminQuota,
        operatorQuota: input.operatorQuota,
        updatedAt: at,
        version: u.version + 1,
      });
      for (const [field, before, after] of [
        ['adminQuota', u.adminQuota, input.adminQuota],
        ['operatorQuota', u.operatorQuota, input.operatorQuota],
      ] as const) {
        if (before !== after) {
          insertUnitChange(tx, {
            unitId: id,
            field,
            oldValue: String(before),
            newValue: String(after),
            source: 'quota',
            changedBy: actor.id,
            changedByName: actor.name,
            at,
            reason: input.reason,
          });
        }
      }
      recordAudit(tx, {
        actor,
        action: 'units.quota',
        resource: 'units',
        resourceId: id,
        summary: `${u.name}：管理员名额 ${u.adminQuota} → ${input.adminQuota}，经办人名额 ${u.operatorQuota} → ${input.operatorQuota}，原因：${input.reason}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}
