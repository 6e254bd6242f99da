import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  appealEvents,
  appealExtraMaterials,
  appealMaterials,
  appeals,
  files,
  notifications,
  staff,
  units,
  workCalendar,
} from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { APPEAL_EVENT_KINDS } from '../../../db/schema/appeals';
import { AppError } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import {
  APPEAL_STATUSES,
  APPEAL_TYPES,
  OPEN_STATUSES,
  UNDECIDED_STATUSES,
  type AppealStatus,
} from '../../domain/workflows/appeals.workflow';
import type { WorkCalendar } from '../../domain/workingDays';
import {
  booleanFilter,
  boundedCount,
  dateBound,
  deferredPage,
  enumFilter,
  intFilter,
  piiSearch,
  textSearch,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';
import { regionCodeUnknown } from '../../domain/validators';

/**
 * The open appeals (the clock runs), written exactly as the condition of the partial index appeals_open_due_idx
 * (migration appeals_open_due: the unary +, the statuses as literals in this order), or SQLite will not use it.
 */
export const openCondition = sql`+${appeals.status} IN (${sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(', '))})`;

/** Open and past its deadline; `today` is the Beijing date. A range on appeals_open_due_idx. */
export const overdueCondition = (today: string) => and(openCondition, lt(appeals.dueDate, today))!;

/**
 * The queue's whitelist. Built per request: "mine" needs the caller and "overdue" needs today.
 * `status=open` (the clock runs: submitted, processing) is the queue's default view; `undecided` adds
 * the appeals waiting for a supplement.
 */
export function appealListSpec(actor: Actor, today: string): ListSpec {
  const statusFilter = enumFilter(appeals.status, APPEAL_STATUSES);
  return {
    resource: 'appeals',
    table: appeals,
    idColumn: appeals.id,
    sortable: {
      id: appeals.id,
      dueDate: appeals.dueDate,
      submittedAt: appeals.submittedAt,
      decidedAt: appeals.decidedAt,
      status: appeals.status,
      type: appeals.type,
      name: appeals.name,
      uscc: appeals.uscc,
    },
    filters: {
      status: (value, field) =>
        value === 'open'
          ? openCondition
          : value === 'undecided'
            ? inArray(appeals.status, [...UNDECIDED_STATUSES])
            : statusFilter(value, field),
      type: enumFilter(appeals.type, APPEAL_TYPES),
      assigneeId: (value, field) => {
        if (value === 'mine') return eq(appeals.assigneeId, actor.id);
        if (value === 'unassigned') return isNull(appeals.assigneeId);
        return intFilter(appeals.assigneeId)(value, field);
      },
      overdue: booleanFilter(overdueCondition(today)),
      uscc: (value) => eq(appeals.uscc, String(value).trim().toUpperCase()),
      /** Other appeals than this one (the duplicates panel: same USCC, id_ne = the appeal on screen). */
      id_ne: (value, field) => {
        const n = Number(value);
        if (!Number.isInteger(n)) throw new AppError(400, `筛选条件 ${field} 应为整数`, { [field]: '应为整数' });
        return ne(appeals.id, n);
      },
      /** The duplicates panel: other appeals with the same USCC, or the same phone and unit name, as appeal `value`. */
      duplicatesOf: (value, field) => {
        const n = Number(value);
        if (!Number.isInteger(n)) throw new AppError(400, `筛选条件 ${field} 应为整数`, { [field]: '应为整数' });
        const of = (column: string) => sql`(SELECT ${sql.raw(column)} FROM appeals WHERE id = ${n})`;
        return and(
          ne(appeals.id, n),
          or(eq(appeals.uscc, of('uscc')), and(eq(appeals.phone, of('phone')), eq(appeals.name, of('name')))),
        )!;
      },
      unitId: intFilter(appeals.unitId),
      submittedAt_gte: dateBound(appeals.submittedAt, 'gte'),
      submittedAt_lte: dateBound(appeals.submittedAt, 'lte'),
      decidedAt_gte: dateBound(appeals.decidedAt, 'gte'),
      decidedAt_lte: dateBound(appeals.decidedAt, 'lte'),
    },
    // Unit name, USCC and account by any part of 3+ characters or by their first 1–2; phone and ID only whole or by their last 4.
    search: (q) =>
      or(
        textSearch(
          {
            fts: 'appeals_fts',
            idColumn: appeals.id,
            columns: [appeals.name, appeals.account],
            codeColumns: [appeals.uscc],
          },
          q,
        ),
        piiSearch(appeals.phone, q),
        piiSearch(appeals.idNumber, q),
      ),
    defaultSort: ['dueDate', 'ASC'],
    keyset: ['dueDate', 'submittedAt', 'decidedAt'],
  };
}

const assignee = alias(staff, 'assignee');
const decider = alias(staff, 'decider');
const columns = {
  appeal: appeals,
  assigneeName: assignee.name,
  decidedByName: decider.name,
  unitName: units.name,
  unitStatus: units.status,
};

const base = (db: DbOrTx) =>
  db
    .select(columns)
    .from(appeals)
    .leftJoin(assignee, eq(assignee.id, appeals.assigneeId))
    .leftJoin(decider, eq(decider.id, appeals.decidedBy))
    .leftJoin(units, eq(units.id, appeals.unitId));

export function listAppeals(db: Db, p: ListParams) {
  const page = deferredPage(db, appeals, appeals.id, p.where, p);
  const rows = base(db)
    .where(page.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(page.offset)
    .all();
  return { rows, total: boundedCount(db, appeals, p.where) };
}

export const findAppeal = (db: DbOrTx, id: number) => base(db).where(eq(appeals.id, id)).get();
export type AppealWithNames = NonNullable<ReturnType<typeof findAppeal>>;
export type AppealRow = typeof appeals.$inferSelect;

export const findAppealRow = (db: DbOrTx, id: number) => db.select().from(appeals).where(eq(appeals.id, id)).get();

/** The checklist with each material's current file. */
export const materialsOf = (db: DbOrTx, appealId: number) =>
  db
    .select({
      field: appealMaterials.field,
      verdict: appealMaterials.verdict,
      note: appealMaterials.note,
      reviewedAt: appealMaterials.reviewedAt,
      reviewedByName: staff.name,
      file: {
        id: files.id,
        originalName: files.originalName,
        mime: files.mime,
        size: files.size,
        createdAt: files.createdAt,
      },
    })
    .from(appealMaterials)
    .innerJoin(files, eq(files.id, appealMaterials.fileId))
    .leftJoin(staff, eq(staff.id, appealMaterials.reviewedBy))
    .where(eq(appealMaterials.appealId, appealId))
    .orderBy(asc(appealMaterials.id))
    .all();

export const eventsOf = (db: DbOrTx, appealId: number) =>
  db
    .select()
    .from(appealEvents)
    .where(eq(appealEvents.appealId, appealId))
    .orderBy(asc(appealEvents.at), asc(appealEvents.id))
    .all();

export const smsOf = (db: DbOrTx, appealId: number) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.relatedType, 'appeals'), eq(notifications.relatedId, appealId)))
    .orderBy(asc(notifications.id))
    .all();

export function addEvent(
  tx: DbOrTx,
  appealId: number,
  kind: (typeof APPEAL_EVENT_KINDS)[number],
  at: string,
  actor: Pick<Actor, 'id' | 'name'> | null,
  detail = '',
) {
  tx.insert(appealEvents)
    .values({ appealId, kind, at, actorId: actor?.id ?? null, actorName: actor?.name ?? null, detail })
    .run();
}

/** The calendar entries from `from` on (a few dozen a year), as the pure deadline rules want them. */
export function loadCalendar(db: DbOrTx, from: string): WorkCalendar {
  const rows = db
    .select({ date: workCalendar.date, kind: workCalendar.kind })
    .from(workCalendar)
    .where(gte(workCalendar.date, from))
    .all();
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
  };
}

/** Counts for the queue's badges and the dashboard: per status, overdue, mine, unassigned (each bounded). */
export function stats(db: Db, actor: Actor, today: string) {
  const count = (where: ReturnType<typeof eq>) => boundedCount(db, appeals, where);
  return {
    byStatus: Object.fromEntries(APPEAL_STATUSES.map((s: AppealStatus) => [s, count(eq(appeals.status, s))])) as Record<
      AppealStatus,
      number
    >,
    overdue: count(overdueCondition(today)),
    mine: count(and(eq(appeals.assigneeId, actor.id), inArray(appeals.status, [...UNDECIDED_STATUSES]))!),
    unassigned: count(and(isNull(appeals.assigneeId), eq(appeals.status, 'submitted'))!),
  };
}

/** Active staff holding the appeal-agent role: who an appeal may be assigned to. */
export function agents(db: DbOrTx) {
  return db
    .select({ id: staff.id, username: staff.username, name: staff.name })
    .from(staff)
    .where(
      and(
        eq(staff.status, 'active'),
        sql`EXISTS (SELECT 1 FROM json_each(${staff.roles}) WHERE value = 'appeal_agent')`,
      ),
    )
    .orderBy(asc(staff.username))
    .all();
}

/** Appeals whose deadline still runs: the ones a calendar change moves. */
export const runningAppeals = (tx: DbOrTx) =>
  tx
    .select({
      id: appeals.id,
      submittedAt: appeals.submittedAt,
      deadlineDays: appeals.deadlineDays,
      pauses: appeals.pauses,
      dueDate: appeals.dueDate,
    })
    .from(appeals)
    .where(openCondition)
    .orderBy(desc(appeals.id))
    .all();

type AppealChanges = Partial<typeof appeals.$inferInsert>;
type Verdict = Pick<typeof appealMaterials.$inferInsert, 'verdict' | 'note' | 'reviewedBy' | 'reviewedAt'>;

export const unitByUscc = (db: DbOrTx, uscc: string) => db.select().from(units).where(eq(units.uscc, uscc)).get();

/** The form's USCC and ID, and for an info change the new ID it asks for. */
const appealRegionUnknown = (v: typeof appeals.$inferInsert) =>
  regionCodeUnknown({
    uscc: v.uscc,
    ids: [
      [v.idType, v.idNumber],
      [v.changes?.idType ?? v.idType, v.changes?.idNumber],
    ],
  });

export const insertAppeal = (tx: DbOrTx, values: typeof appeals.$inferInsert) =>
  tx
    .insert(appeals)
    .values({ ...values, regionCodeUnknown: appealRegionUnknown(values) })
    .returning({ id: appeals.id })
    .get().id;

export const updateAppeal = (tx: DbOrTx, id: number, set: AppealChanges) =>
  tx.update(appeals).set(set).where(eq(appeals.id, id)).run();

/** Changes the row only while it is still unclaimed at the version the agent saw; 1 when it did. */
export const claimIfUnchanged = (tx: DbOrTx, id: number, version: number, set: AppealChanges) =>
  tx
    .update(appeals)
    .set(set)
    .where(and(eq(appeals.id, id), eq(appeals.status, 'submitted'), eq(appeals.version, version)))
    .run().changes;

/** The checklist of a new appeal: one line per material, not looked at yet. */
export function insertMaterials(tx: DbOrTx, appealId: number, fileIds: Record<string, number>) {
  for (const [field, fileId] of Object.entries(fileIds))
    tx.insert(appealMaterials).values({ appealId, field, fileId }).run();
}

/** Sets one checklist line's verdict; 1 when the appeal has that material. */
export const setVerdict = (tx: DbOrTx, appealId: number, field: string, verdict: Verdict & { fileId?: number }) =>
  tx
    .update(appealMaterials)
    .set(verdict)
    .where(and(eq(appealMaterials.appealId, appealId), eq(appealMaterials.field, field)))
    .run().changes;

/**
 * The oldest undecided appeal of the same unit: the same USCC, or the same phone and unit name (a unit
 * that mistyped its code). Served by appeals_uscc_idx and appeals_phone_idx.
 */
export const openDuplicateOf = (tx: DbOrTx, form: { uscc: string; phone: string; name: string }) =>
  tx
    .select({ id: appeals.id })
    .from(appeals)
    .where(
      and(
        inArray(appeals.status, [...UNDECIDED_STATUSES]),
        or(eq(appeals.uscc, form.uscc), and(eq(appeals.phone, form.phone), eq(appeals.name, form.name))),
      ),
    )
    .orderBy(asc(appeals.submittedAt), asc(appeals.id))
    .limit(1)
    .get()?.id ?? null;

/** 合并: the duplicate's checklist files and earlier extras become the kept appeal's extra materials. */
export function moveMaterials(tx: DbOrTx, fromId: number, intoId: number, at: string): number {
  const own = tx
    .select({ field: appealMaterials.field, fileId: appealMaterials.fileId })
    .from(appealMaterials)
    .where(eq(appealMaterials.appealId, fromId))
    .all();
  for (const m of own)
    tx.insert(appealExtraMaterials)
      .values({ appealId: intoId, fromAppealId: fromId, ...m, at })
      .run();
  tx.delete(appealMaterials).where(eq(appealMaterials.appealId, fromId)).run();
  const extras = tx
    .update(appealExtraMaterials)
    .set({ appealId: intoId })
    .where(eq(appealExtraMaterials.appealId, fromId))
    .run().changes;
  // The files are authorised through their owner: they now belong to the appeal that continues.
  tx.update(files)
    .set({ ownerId: intoId })
    .where(and(eq(files.ownerType, 'appeals'), eq(files.ownerId, fromId)))
    .run();
  return own.length + extras;
}

/** The materials merged in from duplicates, with the appeal each came from. */
export const extraMaterialsOf = (db: DbOrTx, appealId: number) =>
  db
    .select({
      field: appealExtraMaterials.field,
      fromAppealId: appealExtraMaterials.fromAppealId,
      at: appealExtraMaterials.at,
      file: {
        id: files.id,
        originalName: files.originalName,
        mime: files.mime,
        size: files.size,
        createdAt: files.createdAt,
      },
    })
    .from(appealExtraMaterials)
    .innerJoin(files, eq(files.id, appealExtraMaterials.fileId))
    .where(eq(appealExtraMaterials.appealId, appealId))
    .orderBy(asc(appealExtraMaterials.id))
    .all();

export const verdictsOf = (db: DbOrTx, appealId: number) =>
  db
    .select({ field: appealMaterials.field, verdict: appealMaterials.verdict, note: appealMaterials.note })
    .from(appealMaterials)
    .where(eq(appealMaterials.appealId, appealId))
    .all();
