import { z } from 'zod';
import { ID_TYPES } from '../../../db/schema/units';
import { SIGN_IN_METHODS } from '../../../db/schema/seals';
import type { AppContext } from '../../context';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { runSignInCheck } from '../../domain/signInCheck';
import { SIGN_IN_METHOD_LABELS } from '../../domain/labels';
import { maskIdNumber } from '../../domain/validators';
import { beijingDate } from '../../domain/workingDays';
import { recordReveal } from '../../security/revealLimit';
import { unitPeople } from '../seals/seals.service';
import { lastReport } from '../sign-in-events/sign-in-events.repo';
import { idHash } from '../sign-in-events/sign-in-events.service';
import { findUnit } from './units.repo';

export const SignInCheckBody = z.object({
  name: z.string({ error: '请输入来电人姓名' }).trim().min(1, '请输入来电人姓名').max(30),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
  idNumber: z.string({ error: '请输入证件号码' }).trim().toUpperCase().min(1, '请输入证件号码'),
  method: z.enum(SIGN_IN_METHODS, { error: '请选择登录方式' }),
});

const METHOD_LABEL = SIGN_IN_METHOD_LABELS;

/**
 * 扫码登录核验 for a caller on the phone. It compares a typed ID with the recorded ones, so it is a
 * reveal of sorts: audited as one and counted against the same hourly limit (429 beyond it).
 */
export function signInCheck(ctx: AppContext, actor: Actor, unitId: number, input: z.infer<typeof SignInCheckBody>) {
  const u = findUnit(ctx.db, unitId);
  if (!u) throw notFound('单位不存在');
  const hash = idHash(ctx, input.idNumber);
  const result = runSignInCheck({
    unit: { ...unitPeople(ctx.db, u), status: u.status },
    typed: input,
    method: input.method,
    today: beijingDate(ctx.clock.now()),
    lastEssc: lastReport(ctx.db, u.id, hash, 'essc_scan'),
    lastJishiban: lastReport(ctx.db, u.id, null, 'jishiban_scan'),
  });
  const failed = result.checks.filter((c) => c.ok === false).map((c) => c.key);
  recordReveal(ctx, {
    actor,
    action: 'units.sign_in_check.pii_reveal',
    resource: 'units',
    resourceId: u.id,
    summary: `扫码登录核验 ${u.name}：${input.name}（${maskIdNumber(input.idNumber)}），${METHOD_LABEL[input.method]}，结论 ${result.verdict}${failed.length ? `（${failed.join('、')}）` : ''}`,
  });
  return result;
}
