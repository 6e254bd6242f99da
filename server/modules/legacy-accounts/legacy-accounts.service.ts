import type { AppContext } from '../../context';
import { conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import type { ListParams } from '../../../db/lists';
import { recordAudit } from '../../audit/record';
import { LEGACY_AUDIT_LABELS } from '../../domain/labels';
import { parseLegacyFile, type Skipped } from './legacy-accounts.parser';
import {
  findLegacyAccount,
  insertLegacyAccounts,
  listLegacyAccounts,
  progressBySystem,
  takenKeys,
  updateLegacyAccount,
  type LegacyAccountRow,
} from './legacy-accounts.repo';

/** Wrong old passwords an account may take before it locks until staff unlock it [issue 14]. */
export const LEGACY_MAX_FAILURES = 5;

/** What staff see: never the old hash or salt; md5 flagged weak; unlock only where it applies. */
export function presentLegacyAccount(actor: Actor, a: LegacyAccountRow) {
  const { passwordHash: _h, passwordSalt: _s, ...rest } = a;
  return {
    ...rest,
    upgraded: a.upgradedAt !== null,
    locked: a.lockedAt !== null,
    weakHash: a.passwordAlgo === 'md5',
    allowedActions: a.lockedAt && !a.upgradedAt && can(actor, 'legacyAccounts.unlock') ? ['unlock'] : [],
  };
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listLegacyAccounts(ctx.db, p);
  return { rows: rows.map((a) => presentLegacyAccount(actor, a)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const a = findLegacyAccount(ctx.db, id);
  if (!a) throw notFound('历史账号不存在');
  return presentLegacyAccount(actor, a);
}

export const progress = (ctx: AppContext) => progressBySystem(ctx.db);

/**
 * 导入历史账号: the file read and every row checked before anything is written, then the good rows and
 * one audit row in one transaction. Rows refused come back with their file row number and reason.
 */
export async function importFile(
  ctx: AppContext,
  actor: Actor,
  file: { buffer: Buffer; originalname?: string } | undefined,
) {
  if (!file) throw invalid('请选择要导入的 .xlsx 或 .csv 文件', { file: '请选择文件' });
  const { rows, skipped } = await parseLegacyFile(file.buffer);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const taken = takenKeys(
        tx,
        rows.map((r) => r.uscc),
        rows.map((r) => [r.legacySystem, r.legacyAccount]),
      );
      const refused: Skipped[] = [...skipped];
      const good = rows.filter((r) => {
        const reason = taken.unitUscc.has(r.uscc)
          ? '该统一社会信用代码已注册单位账号'
          : taken.legacyUscc.has(r.uscc)
            ? '该统一社会信用代码已导入过历史账号'
            : taken.accounts.has(`${r.legacySystem}\u0000${r.legacyAccount}`)
              ? '该原系统账号已导入过'
              : null;
        if (reason) refused.push({ row: r.row, reason });
        return !reason;
      });
      insertLegacyAccounts(
        ctx.db,
        good.map(({ row: _row, ...r }) => ({ ...r, importedBy: actor.id, createdAt: at, updatedAt: at })),
      );
      refused.sort((a, b) => a.row - b.row);
      const systems = [...new Set(good.map((r) => r.legacySystem))].join('、') || '无';
      recordAudit(tx, {
        actor,
        action: 'legacyAccounts.import',
        resource: 'legacy-accounts',
        resourceId: null,
        summary: `${LEGACY_AUDIT_LABELS.import}：文件 ${file.originalname ?? ''}，导入 ${good.length} 条，跳过 ${refused.length} 条；原系统 ${systems}`,
        at,
      });
      return { imported: good.length, skipped: refused };
    },
    { behavior: 'immediate' },
  );
}

/** 解锁: a locked account may try its old password again, from zero failures. */
export function unlock(ctx: AppContext, actor: Actor, id: number, input: { reason: string; version: number }) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const a = findLegacyAccount(tx, id);
      if (!a) throw notFound('历史账号不存在');
      if (a.version !== input.version) throw staleVersion();
      if (a.upgradedAt) throw conflict('该历史账号已升级，无需解锁');
      if (!a.lockedAt) throw conflict('该历史账号未被锁定');
      updateLegacyAccount(tx, id, { lockedAt: null, failed: 0, updatedAt: at, version: a.version + 1 });
      recordAudit(tx, {
        actor,
        action: 'legacyAccounts.unlock',
        resource: 'legacy-accounts',
        resourceId: id,
        summary: `${a.name}（${a.legacySystem} · ${a.legacyAccount}）：${LEGACY_AUDIT_LABELS.unlock}，原因：${input.reason}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}
