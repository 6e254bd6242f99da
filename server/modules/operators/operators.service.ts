import type { DbOrTx } from '../../../db/client';
import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { keepIfMasked, maskIdNumber, maskPhone, type IdType } from '../../domain/validators';
import { allowedEvents, transition } from '../../domain/workflows/stateMachine';
import {
  isExpired,
  operatorLabels,
  operatorWorkflow,
  type OperatorEvent,
} from '../../domain/workflows/operators.workflow';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import { recordReveal } from '../../security/revealLimit';
import type { ListParams } from '../../../db/lists';
import { bumpCounts, findUnit } from '../units/units.repo';
import { revokePersonGrants } from '../seals/seals.service';
import {
  countActiveBusinessItems,
  deleteOperator,
  findOperator,
  findOperatorOfUnitByIdNumber,
  insertOperator,
  listOperators,
  updateOperator,
  type OperatorRow,
} from './operators.repo';

const ROLE_LABEL = { admin: '管理员', operator: '经办人' } as const;

function present(ctx: AppContext, actor: Actor, o: OperatorRow, unitName?: string) {
  const expired = isExpired(o.validTo, ctx.clock.now().toISOString().slice(0, 10));
  return {
    ...o,
    unitName,
    idNumber: maskIdNumber(o.idNumber),
    phone: maskPhone(o.phone),
    expired,
    allowedActions: ['edit', 'delete', ...allowedEvents(operatorWorkflow, o.status, actor.roles)],
  };
}

function checkItems(tx: DbOrTx, ids: number[]) {
  if (!ids.length) return;
  if (countActiveBusinessItems(tx, ids) !== new Set(ids).size)
    throw invalid('所选业务事项不存在或已停用', { businessItemIds: '所选业务事项不存在或已停用' });
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listOperators(ctx.db, p);
  return { rows: rows.map((r) => present(ctx, actor, r.o, r.unitName)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const o = findOperator(ctx.db, id);
  if (!o) throw notFound('经办人不存在');
  return present(ctx, actor, o, findUnit(ctx.db, o.unitId)?.name);
}

export function revealPii(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const o = findOperator(ctx.db, id);
  if (!o) throw notFound('经办人不存在');
  recordReveal(ctx, {
    actor,
    reason,
    action: 'operators.pii_reveal',
    resource: 'operators',
    resourceId: id,
    summary: `查看经办人 ${o.name} 完整证件号码与手机号码`,
  });
  return { idNumber: o.idNumber, phone: o.phone };
}

export interface OperatorInput {
  unitId: number;
  role: 'admin' | 'operator';
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  validFrom: string;
  validTo: string;
  manageRight: boolean;
  businessItemIds: number[];
}

/**
 * Creates an operator on behalf of a unit. The quota is checked and spent in the same immediate
 * transaction, so two clerks adding the last place at once can never both get it.
 */
export function create(ctx: AppContext, actor: Actor, input: OperatorInput) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      const u = findUnit(tx, input.unitId);
      if (!u) throw invalid('单位不存在', { unitId: '单位不存在' });
      if (u.status === 'cancelled' || u.status === 'frozen')
        throw conflict(`单位状态为「${u.status === 'cancelled' ? '注销' : '冻结'}」，不能添加经办人`);
      const [used, quota] = input.role === 'admin' ? [u.adminCount, u.adminQuota] : [u.operatorCount, u.operatorQuota];
      // No field error: nothing on the form is wrong, and the console shows this message itself (not "please check the form").
      if (used >= quota)
        throw conflict(`${ROLE_LABEL[input.role]}名额已满（已用 ${used} / 共 ${quota}），请先调整名额`);
      const dup = findOperatorOfUnitByIdNumber(tx, input.unitId, input.idNumber);
      if (dup) throw conflict('该证件号码已是本单位的管理员或经办人', { idNumber: '已是本单位的管理员或经办人' });
      checkItems(tx, input.businessItemIds);
      const newId = insertOperator(tx, {
        ...input,
        manageRight: input.role === 'admin' ? true : input.manageRight,
        status: 'active',
        createdAt: at,
        updatedAt: at,
      });
      bumpCounts(tx, input.unitId, input.role, 1);
      recordAudit(tx, {
        actor,
        action: 'operators.create',
        resource: 'operators',
        resourceId: newId,
        summary: `${u.name} 新增${ROLE_LABEL[input.role]}（${used + 1} / ${quota}）；${describeFields({ name: input.name, idNumber: input.idNumber, phone: input.phone, validFrom: input.validFrom, validTo: input.validTo })}`,
        at,
      });
      return newId;
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

export function update(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: Omit<OperatorInput, 'unitId' | 'role'> & { version: number },
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findOperator(tx, id);
      if (!before) throw notFound('经办人不存在');
      if (before.version !== input.version) throw staleVersion();
      const idNumber = keepIfMasked(input.idNumber, before.idNumber, maskIdNumber);
      const phone = keepIfMasked(input.phone, before.phone, maskPhone);
      if (!idNumber) throw invalid('请填写完整的证件号码', { idNumber: '请填写完整的证件号码' });
      if (!phone) throw invalid('请填写完整的手机号码', { phone: '请填写完整的手机号码' });
      checkItems(tx, input.businessItemIds);
      const next = {
        name: input.name,
        idType: input.idType,
        idNumber,
        phone,
        validFrom: input.validFrom,
        validTo: input.validTo,
        manageRight: before.role === 'admin' ? true : input.manageRight,
        businessItemIds: input.businessItemIds,
      };
      updateOperator(tx, id, { ...next, updatedAt: at, version: before.version + 1 });
      recordAudit(tx, {
        actor,
        action: 'operators.update',
        resource: 'operators',
        resourceId: id,
        summary: describeChanges(before, next) || '无变化',
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Disable / enable; an expired operator cannot be enabled until its end date is moved (edit first). */
export function changeStatus(ctx: AppContext, actor: Actor, id: number, event: OperatorEvent, version: number) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const o = findOperator(tx, id);
      if (!o) throw notFound('经办人不存在');
      if (o.version !== version) throw staleVersion();
      const to = transition(operatorWorkflow, o.status, event, actor.roles, operatorLabels);
      if (event === 'enable' && isExpired(o.validTo, at.slice(0, 10)))
        throw conflict(`授权已于 ${o.validTo} 到期，请先修改授权结束日期再启用`, { validTo: '授权已到期' });
      updateOperator(tx, id, { status: to, updatedAt: at, version: version + 1 });
      if (event === 'disable') revokePersonGrants(tx, actor, o.unitId, o.idNumber, '经办人已停用', at);
      recordAudit(tx, {
        actor,
        action: `operators.${event}`,
        resource: 'operators',
        resourceId: id,
        summary: `${o.name}：${operatorLabels.event(event)}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Deleting frees the quota place; the person can no longer log in for this unit [002 §四]. */
export function remove(ctx: AppContext, actor: Actor, id: number) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const o = findOperator(tx, id);
      if (!o) throw notFound('经办人不存在');
      const shown = present(ctx, actor, o);
      deleteOperator(tx, id);
      bumpCounts(tx, o.unitId, o.role, -1);
      revokePersonGrants(tx, actor, o.unitId, o.idNumber, '经办人已删除', at);
      recordAudit(tx, {
        actor,
        action: 'operators.delete',
        resource: 'operators',
        resourceId: id,
        summary: `删除${ROLE_LABEL[o.role]} ${o.name}（${maskIdNumber(o.idNumber)}）`,
        at,
      });
      return shown;
    },
    { behavior: 'immediate' },
  );
}
