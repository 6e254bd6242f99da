import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import type { PersonRef, SealActor } from '../../domain/seals';
import { maskIdNumber, type IdType } from '../../domain/validators';
import { beijingDate } from '../../domain/workingDays';
import { allowedEvents, transition } from '../../domain/workflows/stateMachine';
import { grantStatusOn, sealGrantLabels, sealGrantWorkflow } from '../../domain/workflows/seals.workflow';
import { recordAudit } from '../../audit/record';
import type { ListParams } from '../../../db/lists';
import { listGrants } from './seal-grants.repo';
import { findUnit } from '../units/units.repo';
import * as repo from '../seals/seals.repo';
import { hallActor } from '../seals/seals.service';

const todayOf = (ctx: AppContext) => beijingDate(ctx.clock.now());

export function presentGrant(actor: Actor | null, g: repo.GrantRow, today: string) {
  const { grantedByName: _g, revokedAt: _r, ...rest } = g;
  return {
    ...rest,
    idNumber: maskIdNumber(g.idNumber),
    status: grantStatusOn(g, today),
    allowedActions: actor ? allowedEvents(sealGrantWorkflow, g.status, actor.roles) : [],
  };
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listGrants(ctx.db, p);
  return { rows: rows.map((g) => presentGrant(actor, g, todayOf(ctx))), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const g = repo.findGrant(ctx.db, id);
  if (!g) throw notFound('授权不存在');
  return presentGrant(actor, g, todayOf(ctx));
}

/** An operator cannot hand on more time than their own authorisation has [002 §三]. */
function checkWithin(who: Extract<SealActor, { ok: true }>, validTo: string) {
  if (who.validTo && validTo > who.validTo)
    throw invalid(`授权结束日期不能晚于授权人自己的有效期（${who.validTo}）`, { validTo: `不能晚于 ${who.validTo}` });
}

function sealForGrants(tx: Tx, sealId: number) {
  const r = repo.findSeal(tx, sealId);
  if (!r) throw notFound('印章不存在');
  if (r.s.status !== 'active') throw conflict(`印章当前不是正常状态，不能维护被授权人`);
  return { s: r.s, u: findUnit(tx, r.s.unitId)! };
}

function activeGrant(tx: Tx, id: number) {
  const g = repo.findGrant(tx, id);
  if (!g) throw notFound('授权不存在');
  if (g.status !== 'active') throw conflict('该授权已撤销');
  return g;
}

/** 添加被授权人 [002 §四.5(5)]. */
export function addFromHall(
  ctx: AppContext,
  sealId: number,
  input: {
    person: { name: string; idType: IdType; idNumber: string };
    validFrom: string;
    validTo: string;
    by: PersonRef;
  },
  ip?: string,
) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      const { s, u } = sealForGrants(tx, sealId);
      const who = hallActor(tx, u, input.by, todayOf(ctx));
      checkWithin(who, input.validTo);
      if (repo.activeGrantsOfSeal(tx, sealId).some((g) => g.idNumber === input.person.idNumber))
        throw conflict('该人员已是本印章的被授权人', { 'person.idNumber': '已是被授权人' });
      const id = repo.insertGrant(tx, {
        sealId,
        personName: input.person.name,
        idType: input.person.idType,
        idNumber: input.person.idNumber,
        validFrom: input.validFrom,
        validTo: input.validTo,
        status: 'active',
        grantedByName: who.name,
        createdAt: at,
        updatedAt: at,
      });
      recordAudit(tx, {
        actor: null,
        action: 'sealGrants.add',
        resource: 'seals',
        resourceId: s.id,
        summary: `网厅添加被授权人 ${input.person.name}（${maskIdNumber(input.person.idNumber)}），有效期 ${input.validFrom} 至 ${input.validTo}，授权人：${who.name}`,
        at,
        ip,
      });
      return id;
    },
    { behavior: 'immediate' },
  );
  return presentGrant(null, repo.findGrant(ctx.db, id)!, todayOf(ctx));
}

/** 编辑被授权人: only the validity changes. */
export function changeFromHall(
  ctx: AppContext,
  id: number,
  input: { validFrom: string; validTo: string; by: PersonRef },
  ip?: string,
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const g = activeGrant(tx, id);
      const { s, u } = sealForGrants(tx, g.sealId);
      const who = hallActor(tx, u, input.by, todayOf(ctx));
      checkWithin(who, input.validTo);
      repo.setGrantValidity(tx, g, input.validFrom, input.validTo, at);
      recordAudit(tx, {
        actor: null,
        action: 'sealGrants.change',
        resource: 'seals',
        resourceId: s.id,
        summary: `网厅修改 ${g.personName} 的授权有效期：${g.validFrom}–${g.validTo} → ${input.validFrom}–${input.validTo}，操作人：${who.name}`,
        at,
        ip,
      });
    },
    { behavior: 'immediate' },
  );
  return presentGrant(null, repo.findGrant(ctx.db, id)!, todayOf(ctx));
}

/** 删除被授权人: kept as revoked, never deleted. Allowed on a suspended seal too, so a unit can tidy up. */
export function removeFromHall(ctx: AppContext, id: number, input: { by: PersonRef }, ip?: string) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const g = activeGrant(tx, id);
      const r = repo.findSeal(tx, g.sealId)!;
      const who = hallActor(tx, findUnit(tx, r.s.unitId)!, input.by, todayOf(ctx));
      repo.revokeGrantRow(tx, g, `单位删除被授权人（${who.name}）`, at);
      recordAudit(tx, {
        actor: null,
        action: 'sealGrants.revoke',
        resource: 'seals',
        resourceId: g.sealId,
        summary: `网厅删除被授权人 ${g.personName}（授权编号 ${g.id}），操作人：${who.name}`,
        at,
        ip,
      });
    },
    { behavior: 'immediate' },
  );
  return presentGrant(null, repo.findGrant(ctx.db, id)!, todayOf(ctx));
}

export function revokeByStaff(ctx: AppContext, actor: Actor, id: number, reason: string, version: number) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const g = repo.findGrant(tx, id);
      if (!g) throw notFound('授权不存在');
      if (g.version !== version) throw staleVersion();
      transition(sealGrantWorkflow, g.status, 'revoke', actor.roles, sealGrantLabels);
      repo.revokeGrantRow(tx, g, reason, at);
      recordAudit(tx, {
        actor,
        action: 'sealGrants.revoke',
        resource: 'seals',
        resourceId: g.sealId,
        summary: `撤销 ${g.personName} 的授权（授权编号 ${g.id}），原因：${reason}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}
