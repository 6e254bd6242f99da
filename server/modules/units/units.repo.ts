import { and, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { auditLogs, files, unitChanges, unitReceipts, units } from '../../../db/schema';
import { LEGAL_PERSON_TYPES, UNIT_CHANNELS, UNIT_STATUSES } from '../../../db/schema/units';
import type { Db, DbOrTx } from '../../../db/client';
import {
  booleanFilter,
  boundedCount,
  dateBound,
  enumFilter,
  like,
  piiSearch,
  textSearch,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';
import { regionCodeUnknown } from '../../domain/validators';

export const unitListSpec: ListSpec = {
  resource: 'units',
  table: units,
  idColumn: units.id,
  sortable: {
    id: units.id,
    uscc: units.uscc,
    name: units.name,
    status: units.status,
    channel: units.channel,
    createdAt: units.createdAt,
    activatedAt: units.activatedAt,
    operatorCount: units.operatorCount,
  },
  filters: {
    status: enumFilter(units.status, UNIT_STATUSES),
    channel: enumFilter(units.channel, UNIT_CHANNELS),
    legalPersonType: enumFilter(units.legalPersonType, LEGAL_PERSON_TYPES),
    region: (v) => like(units.region, String(v), 'prefix'),
    // "At quota" means the operator places are all taken; one administrator in one place is the normal case.
    atQuota: booleanFilter(gte(units.operatorCount, units.operatorQuota)),
    createdAt_gte: dateBound(units.createdAt, 'gte'),
    createdAt_lte: dateBound(units.createdAt, 'lte'),
    activatedAt_gte: dateBound(units.activatedAt, 'gte'),
    activatedAt_lte: dateBound(units.activatedAt, 'lte'),
  },
  // Name, USCC and account by any part of 3+ characters or by their first 1–2; the legal representative's phone and ID only whole or by their last 4.
  search: (q) =>
    or(
      textSearch(
        { fts: 'units_fts', idColumn: units.id, columns: [units.name, units.account], codeColumns: [units.uscc] },
        q,
      ),
      piiSearch(units.phone, q),
      piiSearch(units.idNumber, q),
    ),
  defaultSort: ['id', 'DESC'],
  keyset: ['createdAt', 'activatedAt'],
};

export function listUnits(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(units)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, units, p.where) };
}

export const findUnit = (db: DbOrTx, id: number) => db.select().from(units).where(eq(units.id, id)).get();
export const findUnits = (db: DbOrTx, ids: number[]) => db.select().from(units).where(inArray(units.id, ids)).all();

export const changesOf = (db: DbOrTx, unitId: number) =>
  db.select().from(unitChanges).where(eq(unitChanges.unitId, unitId)).orderBy(desc(unitChanges.id)).limit(500).all();

export const materialsOf = (db: DbOrTx, unitId: number) =>
  db
    .select({
      id: files.id,
      field: files.field,
      originalName: files.originalName,
      mime: files.mime,
      size: files.size,
      createdAt: files.createdAt,
    })
    .from(files)
    .where(and(eq(files.ownerType, 'units'), eq(files.ownerId, unitId)))
    .all();

/** Who registered the unit at the window, read from its audit trail (the one place that records it). */
export const registeredBy = (db: DbOrTx, unitId: number) =>
  db
    .select({ name: auditLogs.actorName, at: auditLogs.at })
    .from(auditLogs)
    .where(
      and(
        eq(auditLogs.resource, 'units'),
        eq(auditLogs.resourceId, String(unitId)),
        eq(auditLogs.action, 'units.create'),
      ),
    )
    .get();

export const bumpCounts = (tx: DbOrTx, unitId: number, role: 'admin' | 'operator', delta: number) =>
  tx
    .update(units)
    .set(
      role === 'admin'
        ? { adminCount: sql`${units.adminCount} + ${delta}` }
        : { operatorCount: sql`${units.operatorCount} + ${delta}` },
    )
    .where(eq(units.id, unitId))
    .run();

export type UnitRow = typeof units.$inferSelect;
export type UnitPatch = Partial<Omit<typeof units.$inferInsert, 'id'>>;
export type NewUnitChange = typeof unitChanges.$inferInsert;

/** The id of a unit (other than `exceptId`) holding this USCC or account, if any. */
export function unitIdHolding(db: DbOrTx, field: 'uscc' | 'account', value: string, exceptId?: number) {
  const cond = eq(units[field], value);
  return db
    .select({ id: units.id })
    .from(units)
    .where(exceptId ? and(cond, sql`${units.id} <> ${exceptId}`) : cond)
    .get()?.id;
}

const unitRegionUnknown = (u: { uscc: string; idType: string; idNumber: string }) =>
  regionCodeUnknown({ uscc: u.uscc, ids: [[u.idType, u.idNumber]] });

export const insertUnitRow = (db: DbOrTx, values: typeof units.$inferInsert) =>
  db
    .insert(units)
    .values({ ...values, regionCodeUnknown: unitRegionUnknown(values) })
    .returning({ id: units.id })
    .get().id;

export function updateUnit(db: DbOrTx, id: number, patch: UnitPatch) {
  db.update(units).set(patch).where(eq(units.id, id)).run();
  if (patch.uscc === undefined && patch.idType === undefined && patch.idNumber === undefined) return;
  const u = db
    .select({ uscc: units.uscc, idType: units.idType, idNumber: units.idNumber })
    .from(units)
    .where(eq(units.id, id))
    .get();
  if (u)
    db.update(units)
      .set({ regionCodeUnknown: unitRegionUnknown(u) })
      .where(eq(units.id, id))
      .run();
}

export function insertUnitChange(db: DbOrTx, row: NewUnitChange) {
  db.insert(unitChanges).values(row).run();
}

export type NewUnitReceipt = typeof unitReceipts.$inferInsert;

/**
 * The next 受理编号 of the day (`prefix` = SL + yyyymmdd): one more than the day's highest, read in the
 * registration's immediate transaction so two windows never draw the same one (the column is unique as well).
 */
export function nextReceiptSequence(tx: DbOrTx, prefix: string): number {
  const top = tx
    .select({ no: sql<string | null>`max(${unitReceipts.receiptNo})` })
    .from(unitReceipts)
    .where(and(gte(unitReceipts.receiptNo, prefix), sql`${unitReceipts.receiptNo} < ${prefix + ':'}`))
    .get()?.no;
  return top ? Number(top.slice(prefix.length)) + 1 : 1;
}

export const insertUnitReceipt = (tx: DbOrTx, row: NewUnitReceipt) => tx.insert(unitReceipts).values(row).run();
export const receiptOf = (db: DbOrTx, unitId: number) =>
  db.select().from(unitReceipts).where(eq(unitReceipts.unitId, unitId)).get();
