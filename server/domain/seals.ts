import type { SealType } from '../../db/schema/seals';
import { SEAL_TYPE_LABELS } from './labels';

export { SEAL_TYPE_LABELS };

export const SEAL_NAME_MAX = 50;

/** The app joins the unit name and the type label; the unit may adjust it, up to 50 characters [002 §四.5(3)]. */
export const defaultSealName = (unitName: string, type: SealType, legalRepName: string) =>
  type === 'legal_rep' ? `${legalRepName}印` : `${unitName}${SEAL_TYPE_LABELS[type]}`;

export const sealNameProblem = (name: string): string | null =>
  !name.trim() ? '请输入印章名称' : [...name].length > SEAL_NAME_MAX ? `印章名称最多 ${SEAL_NAME_MAX} 个字` : null;

/** One active or suspended seal per type per unit; a voided one frees its type. */
export const blockingSeal = <S extends { type: SealType; status: string }>(
  existing: S[],
  type: SealType,
): S | undefined => existing.find((s) => s.type === type && s.status !== 'voided');

export interface PersonRef {
  idType: string;
  idNumber: string;
  name?: string;
}
export interface UnitPeople {
  legalRepName: string;
  idType: string;
  idNumber: string;
  operators: {
    id: number;
    role: 'admin' | 'operator';
    name: string;
    idType: string;
    idNumber: string;
    validTo: string;
    manageRight: boolean;
    status: 'active' | 'disabled';
  }[];
}

export type SealActor =
  | { ok: true; role: 'legal_rep' | 'admin' | 'operator'; name: string; validTo: string | null }
  | { ok: false; reason: 'not_this_unit' | 'no_manage_right' | 'expired' | 'disabled'; message: string };

const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * Who may keep a unit's seals: its legal representative, or an operator with 管理权限 who is active
 * and within validity [002 §三]. `today` is the Beijing date.
 */
export function sealActor(unit: UnitPeople, p: PersonRef, today: string): SealActor {
  if (unit.idType === p.idType && same(unit.idNumber, p.idNumber))
    return { ok: true, role: 'legal_rep', name: unit.legalRepName, validTo: null };
  const o = unit.operators.find((x) => x.idType === p.idType && same(x.idNumber, p.idNumber));
  if (!o) return { ok: false, reason: 'not_this_unit', message: '申请人不是本单位的法定代表人或经办人' };
  if (o.status !== 'active') return { ok: false, reason: 'disabled', message: '该经办人已被停用' };
  if (o.validTo < today) return { ok: false, reason: 'expired', message: `该经办人授权已于 ${o.validTo} 到期` };
  if (!o.manageRight)
    return { ok: false, reason: 'no_manage_right', message: '该经办人没有管理权限，不能维护电子印章' };
  return { ok: true, role: o.role, name: o.name, validTo: o.validTo };
}
