import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { conflict, forbidden, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import type { ListParams } from '../../../db/lists';
import {
  deleteOpinion,
  findSameText,
  findVisibleOpinion,
  insertOpinion,
  listAuditOpinions,
  mayEdit,
  updateOpinion,
  type OpinionRow,
  type OpinionWithOwner,
} from './audit-opinions.repo';
import type { AuditOpinionInput } from './audit-opinions.schemas';

function present(actor: Actor, r: OpinionWithOwner) {
  const o = r.opinion;
  return {
    id: o.id,
    text: o.text,
    sortOrder: o.sortOrder,
    result: o.result,
    scope: o.ownerId === null ? 'global' : 'mine',
    ownerId: o.ownerId,
    ownerName: r.ownerName,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    version: o.version,
    allowedActions: mayEdit(actor, o) ? ['edit', 'delete'] : [],
  };
}

function load(ctx: AppContext, actor: Actor, id: number) {
  const r = findVisibleOpinion(ctx.db, actor, id);
  if (!r) throw notFound('常用意见不存在');
  return r;
}

const duplicate = () => conflict('已有相同的常用意见', { text: '已有相同的常用意见' });
const label = (ownerId: number | null) => (ownerId === null ? '全局' : '个人');

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listAuditOpinions(ctx.db, actor, p);
  return { rows: rows.map((r) => present(actor, r)), total };
}

export const get = (ctx: AppContext, actor: Actor, id: number) => present(actor, load(ctx, actor, id));

export function create(
  ctx: AppContext,
  actor: Actor,
  input: { text: string; sortOrder: number; result: OpinionRow['result']; scope?: 'mine' | 'global' },
) {
  const isAdmin = actor.roles.includes('sysadmin');
  const isReviewer = actor.roles.includes('title_reviewer');
  const scope = input.scope ?? (isAdmin ? 'global' : 'mine');
  if (scope === 'global' && !isAdmin) throw forbidden('全局常用意见由系统管理员维护');
  if (scope === 'mine' && !isReviewer) throw invalid('只有职称审核员可以维护个人常用意见', { scope: '请选择全局' });
  const ownerId = scope === 'global' ? null : actor.id;
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      if (findSameText(tx, ownerId, input.text)) throw duplicate();
      const row = insertOpinion(tx, {
        text: input.text,
        sortOrder: input.sortOrder,
        result: input.result,
        ownerId,
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor,
        action: 'auditOpinions.create',
        resource: 'audit-opinions',
        resourceId: row.id,
        summary: `${label(ownerId)}：${describeFields({ text: input.text, sortOrder: input.sortOrder, result: input.result })}`,
        at,
      });
      return row.id;
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/**
 * Load-check-act in one transaction. A colleague's own opinion is a 404 (it is not theirs to know
 * about); a global one is 403 for a reviewer (they see it, sysadmin keeps it).
 */
function editable(tx: Tx, actor: Actor, id: number) {
  const r = findVisibleOpinion(tx, actor, id);
  if (!r) throw notFound('常用意见不存在');
  if (!mayEdit(actor, r.opinion))
    throw forbidden(r.opinion.ownerId === null ? '全局常用意见由系统管理员维护' : '只能修改自己的常用意见');
  return r;
}

export function update(ctx: AppContext, actor: Actor, id: number, input: AuditOpinionInput) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const { opinion: before } = editable(tx, actor, id);
      if (before.version !== input.version) throw staleVersion();
      const other = findSameText(tx, before.ownerId, input.text);
      if (other && other.id !== id) throw duplicate();
      const next = { text: input.text, sortOrder: input.sortOrder, result: input.result };
      updateOpinion(tx, id, { ...next, updatedAt: at, version: before.version + 1 });
      recordAudit(tx, {
        actor,
        action: 'auditOpinions.update',
        resource: 'audit-opinions',
        resourceId: id,
        summary: `${label(before.ownerId)}：${describeChanges(before, next) || '无变化'}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Reviews that used the text keep it: the opinion was copied into each review step. */
export function remove(ctx: AppContext, actor: Actor, id: number) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const r = editable(tx, actor, id);
      deleteOpinion(tx, id);
      recordAudit(tx, {
        actor,
        action: 'auditOpinions.delete',
        resource: 'audit-opinions',
        resourceId: id,
        summary: `${label(r.opinion.ownerId)}：${r.opinion.text}`,
        at,
      });
      return present(actor, r);
    },
    { behavior: 'immediate' },
  );
}
