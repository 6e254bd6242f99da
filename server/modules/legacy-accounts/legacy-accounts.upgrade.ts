import type { AppContext } from '../../context';
import { AppError, conflict, invalid, unauthenticated } from '../../domain/errors';
import { LEGACY_AUDIT_LABELS } from '../../domain/labels';
import { generateOneTimePassword, isValidAccountName } from '../../domain/validators';
import { describeFields, recordAudit } from '../../audit/record';
import { queueSms } from '../../sms/outbox';
import { legacyUpgraded } from '../../sms/templates';
import { hashPassword } from '../../security/passwords';
import { insertUnit } from '../units/unitRecords';
import { bumpCounts, insertUnitChange, unitIdHolding } from '../units/units.repo';
import { insertOperator } from '../operators/operators.repo';
import { verifyLegacyPassword } from './legacy-accounts.hash';
import {
  countFailure,
  findForUpgrade,
  findLegacyAccount,
  updateLegacyAccount,
  type LegacyAccountRow,
} from './legacy-accounts.repo';
import type { LegacyUpgradeInput } from './legacy-accounts.schemas';
import { LEGACY_MAX_FAILURES } from './legacy-accounts.service';

const WRONG = '原系统账号或密码错误';
const DUMMY_DIGEST = '0'.repeat(64);
const locked = () =>
  new AppError(423, `密码错误已达 ${LEGACY_MAX_FAILURES} 次，该历史账号已锁定，请联系所在地人社部门解锁`);
/** How long the administrator's authorisation runs from the upgrade; the unit changes it in the hall. */
const ADMIN_TERM_YEARS = 3;

/** The new unit's account: the old one where it fits our rule and is free, else lg + USCC (unique with it). */
function accountFor(ctx: AppContext, a: LegacyAccountRow) {
  if (isValidAccountName(a.legacyAccount) && !unitIdHolding(ctx.db, 'account', a.legacyAccount)) return a.legacyAccount;
  return `lg${a.uscc}`;
}

function refuseIfDone(a: LegacyAccountRow) {
  if (a.upgradedAt) throw conflict('该历史账号已升级，请使用省网上办事大厅账号登录');
  if (a.lockedAt) throw locked();
}

/** A wrong old password: counted atomically, audited, and the lock recorded when this one reached the limit. */
function recordFailure(ctx: AppContext, a: LegacyAccountRow, ip: string | undefined): never {
  const at = ctx.clock.now().toISOString();
  const after = ctx.db.transaction(
    (tx) => {
      const r = countFailure(tx, a.id, LEGACY_MAX_FAILURES, at);
      if (!r) return undefined;
      recordAudit(tx, {
        actor: null,
        action: 'legacyAccounts.upgrade_failed',
        resource: 'legacy-accounts',
        resourceId: a.id,
        summary: `${a.name}（${a.legacySystem}）：${LEGACY_AUDIT_LABELS.upgrade_failed}，第 ${r.failed} 次`,
        at,
        ip,
      });
      if (r.lockedAt)
        recordAudit(tx, {
          actor: null,
          action: 'legacyAccounts.lock',
          resource: 'legacy-accounts',
          resourceId: a.id,
          summary: `${a.name}（${a.legacySystem}）：密码错误 ${r.failed} 次，${LEGACY_AUDIT_LABELS.lock}`,
          at,
          ip,
        });
      return r;
    },
    { behavior: 'immediate' },
  );
  if (!after || after.lockedAt) throw locked();
  throw unauthenticated(`${WRONG}（还可尝试 ${LEGACY_MAX_FAILURES - after.failed} 次）`);
}

/**
 * 历史用户升级: the old password verified against the stored digest; then in one transaction the unit
 * (active, channel legacy_upgrade, a one-time password), its administrator, the change-history line
 * saying where it came from, the legacy account marked upgraded with its hash and salt erased, the
 * audit rows and the SMS.
 */
export async function upgrade(ctx: AppContext, input: LegacyUpgradeInput, ip: string | undefined) {
  const a = findForUpgrade(ctx.db, input.uscc, input.legacySystem);
  if (!a) {
    // The same digest work as for a real account, so the answer's timing does not tell which USCCs were imported.
    verifyLegacyPassword('sha256', input.uscc, DUMMY_DIGEST, input.legacyPassword);
    throw unauthenticated(WRONG);
  }
  refuseIfDone(a);
  if (unitIdHolding(ctx.db, 'uscc', a.uscc))
    throw conflict('该统一社会信用代码已注册单位账号，无需升级', { uscc: '该统一社会信用代码已注册单位账号' });
  if (!a.passwordHash || !verifyLegacyPassword(a.passwordAlgo, a.passwordSalt, a.passwordHash, input.legacyPassword))
    recordFailure(ctx, a, ip);
  if (input.legalRepName !== a.legalRepName)
    throw invalid('法定代表人与原系统登记的不一致', { legalRepName: '与原系统登记的法定代表人不一致' });
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const account = accountFor(ctx, a);
  const at = ctx.clock.now().toISOString();
  const today = at.slice(0, 10);
  const validTo = `${Number(today.slice(0, 4)) + ADMIN_TERM_YEARS}${today.slice(4)}`;
  return ctx.db.transaction(
    (tx) => {
      const now = findLegacyAccount(tx, a.id)!;
      if (now.version !== a.version) {
        refuseIfDone(now);
        throw conflict('该历史账号的状态已变化，请重新提交');
      }
      const unitId = insertUnit(
        tx,
        {
          uscc: a.uscc,
          name: a.name,
          legalPersonType: input.legalPersonType,
          legalRepName: a.legalRepName,
          idType: input.legalRepIdType,
          idNumber: input.legalRepIdNumber,
          idValidFrom: today,
          idValidTo: null,
          phone: input.admin.phone,
          account,
          status: 'active',
          channel: 'legacy_upgrade',
          passwordHash,
          mustChangePassword: true,
          activatedAt: at,
        },
        at,
      );
      insertUnitChange(tx, {
        unitId,
        field: 'legacyAccount',
        oldValue: `${a.legacySystem} · ${a.legacyAccount}`,
        newValue: account,
        source: 'legacy_upgrade',
        changedBy: null,
        changedByName: null,
        at,
      });
      const operatorId = insertOperator(tx, {
        unitId,
        role: 'admin',
        name: input.admin.name,
        idType: input.admin.idType,
        idNumber: input.admin.idNumber,
        phone: input.admin.phone,
        validFrom: today,
        validTo,
        manageRight: true,
        businessItemIds: [],
        status: 'active',
        createdAt: at,
        updatedAt: at,
      });
      bumpCounts(tx, unitId, 'admin', 1);
      updateLegacyAccount(tx, a.id, {
        upgradedAt: at,
        unitId,
        passwordHash: null,
        passwordSalt: null,
        failed: 0,
        updatedAt: at,
        version: a.version + 1,
      });
      recordAudit(tx, {
        actor: null,
        action: 'units.create',
        resource: 'units',
        resourceId: unitId,
        summary: `${LEGACY_AUDIT_LABELS.upgrade}（原系统 ${a.legacySystem}，原账号 ${a.legacyAccount}）；${describeFields({ uscc: a.uscc, name: a.name, account, phone: input.admin.phone })}`,
        at,
        ip,
      });
      recordAudit(tx, {
        actor: null,
        action: 'operators.create',
        resource: 'operators',
        resourceId: operatorId,
        summary: `${a.name} 历史用户升级设置管理员；${describeFields({ name: input.admin.name, idNumber: input.admin.idNumber, phone: input.admin.phone, validFrom: today, validTo })}`,
        at,
        ip,
      });
      recordAudit(tx, {
        actor: null,
        action: 'legacyAccounts.upgrade',
        resource: 'legacy-accounts',
        resourceId: a.id,
        summary: `${a.name}（${a.legacySystem} · ${a.legacyAccount}）：${LEGACY_AUDIT_LABELS.upgrade}为单位账号 ${account}，原密码摘要已清除`,
        at,
        ip,
      });
      queueSms(tx, {
        phone: input.admin.phone,
        content: legacyUpgraded({ name: a.name, account, legacySystem: a.legacySystem }),
        secret: password,
        relatedType: 'units',
        relatedId: unitId,
        at,
      });
      return { unitId, account, status: 'active' as const, channel: 'legacy_upgrade' as const };
    },
    { behavior: 'immediate' },
  );
}
