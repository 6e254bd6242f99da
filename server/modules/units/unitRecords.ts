import type { units } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { maskIdNumber, maskPhone } from '../../domain/validators';
import { findUnit, insertUnitChange, insertUnitRow, unitIdHolding, updateUnit, type UnitRow } from './units.repo';

/**
 * The two writes every path into a unit goes through — offline window registration, staff edits,
 * approved appeals — so uniqueness and change history are enforced in one place.
 */

export type { UnitRow };
export type NewUnit = Omit<typeof units.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/** Fields that may change after creation; the USCC never does [001 §四(4)]. */
export const EDITABLE_UNIT_FIELDS = [
  'name',
  'legalPersonType',
  'legalRepName',
  'idType',
  'idNumber',
  'idValidFrom',
  'idValidTo',
  'phone',
  'account',
  'region',
  'registeredAddress',
  'registeredCapital',
  'registrationDate',
  'businessScope',
  'codeType',
  'industry',
  'approvalDate',
  'approvalAuthority',
  'enterpriseStatus',
  'foundingDate',
] as const;
export type EditableUnitField = (typeof EDITABLE_UNIT_FIELDS)[number];
export type UnitChanges = Partial<Record<EditableUnitField, string | null>>;

/** 409 with field errors when the USCC or account name is taken (optionally by a unit other than `exceptId`). */
export function assertUnitUnique(tx: DbOrTx, values: { uscc?: string; account?: string }, exceptId?: number) {
  const errors: Record<string, string> = {};
  if (values.uscc && unitIdHolding(tx, 'uscc', values.uscc, exceptId)) errors.uscc = '该统一社会信用代码已注册单位账号';
  if (values.account && unitIdHolding(tx, 'account', values.account, exceptId)) errors.account = '该账号已被使用';
  if (Object.keys(errors).length) throw conflict(Object.values(errors).join('；'), errors);
}

/** Inserts a unit after the uniqueness checks; returns its id. Call inside the caller's transaction. */
export function insertUnit(tx: DbOrTx, values: NewUnit, at: string): number {
  assertUnitUnique(tx, values);
  return insertUnitRow(tx, { ...values, createdAt: at, updatedAt: at });
}

const shown = (field: string, v: string | null) =>
  v === null ? null : field === 'idNumber' ? maskIdNumber(v) : field === 'phone' ? maskPhone(v) : v;

/**
 * Applies changed fields to a unit, one change-history row per field that really changes
 * (ID numbers and phones kept masked in the history), and bumps its version.
 * Returns the names of the fields that changed.
 */
export function applyUnitChanges(
  tx: DbOrTx,
  unitId: number,
  changes: UnitChanges & { uscc?: never },
  meta: { actor: Pick<Actor, 'id' | 'name'> | null; source: 'edit' | 'appeal'; at: string; expectedVersion?: number },
): string[] {
  if ('uscc' in changes) throw conflict('统一社会信用代码创建后不能修改', { uscc: '统一社会信用代码不能修改' });
  const before = findUnit(tx, unitId);
  if (!before) throw notFound('单位不存在');
  if (meta.expectedVersion !== undefined && before.version !== meta.expectedVersion) throw staleVersion();
  const changed = (Object.keys(changes) as EditableUnitField[]).filter(
    (f) => EDITABLE_UNIT_FIELDS.includes(f) && (changes[f] ?? null) !== (before[f] ?? null),
  );
  if (!changed.length) return [];
  if (changed.includes('account')) assertUnitUnique(tx, { account: changes.account ?? undefined }, unitId);
  const patch = Object.fromEntries(changed.map((f) => [f, changes[f] ?? null]));
  updateUnit(tx, unitId, { ...patch, updatedAt: meta.at, version: before.version + 1 });
  for (const f of changed) {
    insertUnitChange(tx, {
      unitId,
      field: f,
      oldValue: shown(f, before[f] ?? null),
      newValue: shown(f, changes[f] ?? null),
      source: meta.source,
      changedBy: meta.actor?.id ?? null,
      changedByName: meta.actor?.name ?? null,
      at: meta.at,
    });
  }
  return changed;
}
