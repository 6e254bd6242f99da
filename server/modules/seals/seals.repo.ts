import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { operators, sealGrants, seals, units } from '../../../db/schema';
import { SEAL_STATUSES, SEAL_TYPES } from '../../../db/schema/seals';
import type { DbOrTx } from '../../../db/client';
import { boundedCount, enumFilter, intFilter, type ListParams, type ListSpec } from '../../../db/lists';
import { unitListSpec } from '../units/units.repo';
import { regionCodeUnknown } from '../../domain/validators';

export type SealRow = typeof seals.$inferSelect;
export type GrantRow = typeof sealGrants.$inferSelect;

export const sealListSpec: ListSpec = {
  resource: 'seals',
  table: seals,
  idColumn: seals.id,
  sortable: {
    id: seals.id,
    type: seals.type,
    status: seals.status,
    createdAt: seals.createdAt,
    voidedAt: seals.voidedAt,
  },
  filters: {
    unitId: intFilter(seals.unitId),
    type: enumFilter(seals.type, SEAL_TYPES),
    status: enumFilter(seals.status, SEAL_STATUSES),
  },
  // The units list's own search, so a clerk finds a unit's seals by the same words.
  search: (q) => inArray(seals.unitId, sql`(select ${units.id} from ${units} where ${unitListSpec.search!(q)})`),
  defaultSort: ['id', 'DESC'],
};

export function listSeals(db: DbOrTx, p: ListParams) {
  const rows = db
    .select({ s: seals, unitName: units.name })
    .from(seals)
    .innerJoin(units, eq(units.id, seals.unitId))
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db as never, seals, p.where) };
}

export const findSeal = (db: DbOrTx, id: number) =>
  db
    .select({ s: seals, unitName: units.name })
    .from(seals)
    .innerJoin(units, eq(units.id, seals.unitId))
    .where(eq(seals.id, id))
    .get();
export const sealsOfUnit = (db: DbOrTx, unitId: number) =>
  db.select().from(seals).where(eq(seals.unitId, unitId)).all();
export const livingSealsOfUnit = (db: DbOrTx, unitId: number) =>
  db
    .select()
    .from(seals)
    .where(and(eq(seals.unitId, unitId), ne(seals.status, 'voided')))
    .all();
export const operatorsOfUnit = (db: DbOrTx, unitId: number) =>
  db.select().from(operators).where(eq(operators.unitId, unitId)).all();

export const insertSeal = (tx: DbOrTx, v: typeof seals.$inferInsert) =>
  tx.insert(seals).values(v).returning({ id: seals.id }).get().id;
export const setSealStatus = (tx: DbOrTx, s: SealRow, status: SealRow['status'], at: string, voidReason?: string) =>
  tx
    .update(seals)
    .set({
      status,
      updatedAt: at,
      version: s.version + 1,
      ...(status === 'voided' ? { voidedAt: at, voidReason: voidReason ?? null } : {}),
    })
    .where(eq(seals.id, s.id))
    .run();

export const findGrant = (db: DbOrTx, id: number) => db.select().from(sealGrants).where(eq(sealGrants.id, id)).get();
export const grantsOfSeal = (db: DbOrTx, sealId: number) =>
  db.select().from(sealGrants).where(eq(sealGrants.sealId, sealId)).orderBy(desc(sealGrants.id)).all();
export const activeGrantsOfSeal = (db: DbOrTx, sealId: number) =>
  db
    .select()
    .from(sealGrants)
    .where(and(eq(sealGrants.sealId, sealId), eq(sealGrants.status, 'active')))
    .all();
/** A person's active grants on any seal of the unit (an operator losing their place loses these). */
export const activeGrantsOfPerson = (db: DbOrTx, unitId: number, idNumber: string) =>
  db
    .select({ g: sealGrants })
    .from(sealGrants)
    .innerJoin(seals, eq(seals.id, sealGrants.sealId))
    .where(and(eq(seals.unitId, unitId), eq(sealGrants.idNumber, idNumber), eq(sealGrants.status, 'active')))
    .all()
    .map((r) => r.g);
export const insertGrant = (tx: DbOrTx, v: typeof sealGrants.$inferInsert) =>
  tx
    .insert(sealGrants)
    .values({ ...v, regionCodeUnknown: regionCodeUnknown({ ids: [[v.idType, v.idNumber]] }) })
    .returning({ id: sealGrants.id })
    .get().id;
export const revokeGrantRow = (tx: DbOrTx, g: GrantRow, reason: string, at: string) =>
  tx
    .update(sealGrants)
    .set({ status: 'revoked', revokedReason: reason, revokedAt: at, updatedAt: at, version: g.version + 1 })
    .where(eq(sealGrants.id, g.id))
    .run();
export const setGrantValidity = (tx: DbOrTx, g: GrantRow, validFrom: string, validTo: string, at: string) =>
  tx
    .update(sealGrants)
    .set({ validFrom, validTo, updatedAt: at, version: g.version + 1 })
    .where(eq(sealGrants.id, g.id))
    .run();
export const findUnitByUscc = (db: DbOrTx, uscc: string) =>
  db.select().from(units).where(eq(units.uscc, uscc.trim().toUpperCase())).get();
