import type { OrgLevel } from '../../../db/schema/foundation';
import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import { orgParentProblem } from '../../domain/orgTree';
import type { Actor } from '../../domain/roles';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import type { Tx } from '../../../db/client';
import type { ListParams } from '../../../db/lists';
import {
  ancestry,
  countChildren,
  countStaff,
  deleteOrg,
  findOrg,
  insertOrg,
  listOrgs,
  updateOrg,
  type OrgRow,
} from './orgs.repo';

const present = (actor: Actor, o: OrgRow) => ({
  ...o,
  allowedActions: actor.roles.includes('sysadmin') ? ['edit', 'delete'] : [],
});

function checkParent(tx: Tx, id: number | null, level: OrgLevel, parentId: number | null | undefined) {
  const parent = parentId ? findOrg(tx, parentId) : undefined;
  if (parentId && !parent) throw invalid('上级机构不存在', { parentId: '上级机构不存在' });
  const problem = orgParentProblem(level, parent?.level ?? null);
  if (problem) throw invalid(problem, { parentId: problem });
  if (id && parentId && ancestry(tx, parentId).some((o) => o.id === id))
    throw invalid('不能把机构移到它自己的下级之下', { parentId: '不能选择自己或自己的下级' });
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listOrgs(ctx.db, p);
  return { rows: rows.map((o) => present(actor, o)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const o = findOrg(ctx.db, id);
  if (!o) throw notFound('机构不存在');
  return present(actor, o);
}

export function create(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; level: OrgLevel; parentId?: number | null; region?: string | null },
) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      checkParent(tx, null, input.level, input.parentId);
      const newId = insertOrg(tx, {
        name: input.name,
        level: input.level,
        parentId: input.parentId ?? null,
        region: input.region ?? null,
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor,
        action: 'orgs.create',
        resource: 'orgs',
        resourceId: newId,
        summary: describeFields(input),
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
  input: { name: string; parentId?: number | null; region?: string | null; version: number },
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findOrg(tx, id);
      if (!before) throw notFound('机构不存在');
      if (before.version !== input.version) throw staleVersion();
      const parentId = input.parentId === undefined ? before.parentId : input.parentId;
      checkParent(tx, id, before.level, parentId);
      const next = { name: input.name, parentId, region: input.region ?? before.region };
      updateOrg(tx, id, { ...next, updatedAt: at, version: before.version + 1 });
      recordAudit(tx, {
        actor,
        action: 'orgs.update',
        resource: 'orgs',
        resourceId: id,
        summary: describeChanges(before, next) || '无变化',
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Only a leaf with nobody bound to it may go; anything else would orphan reviewers or sub-orgs. */
export function remove(ctx: AppContext, actor: Actor, id: number) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const o = findOrg(tx, id);
      if (!o) throw notFound('机构不存在');
      const children = countChildren(tx, id);
      if (children > 0) throw conflict(`该机构下还有 ${children} 个下级机构，不能删除`);
      const reviewers = countStaff(tx, id);
      if (reviewers > 0) throw conflict(`该机构还绑定了 ${reviewers} 名工作人员，不能删除`);
      try {
        deleteOrg(tx, id);
      } catch (err) {
        if (String((err as Error).message).includes('FOREIGN KEY'))
          throw conflict('该机构已被业务数据引用（如职称申报），不能删除');
        throw err;
      }
      recordAudit(tx, {
        actor,
        action: 'orgs.delete',
        resource: 'orgs',
        resourceId: id,
        summary: `删除机构 ${o.name}`,
        at,
      });
      return present(actor, o);
    },
    { behavior: 'immediate' },
  );
}
