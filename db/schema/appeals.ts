import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { APPEAL_STATUSES, APPEAL_TYPES } from '../../server/domain/workflows/appeals.workflow';
import type { Pause } from '../../server/domain/workingDays';
import { files, staff } from './foundation';
import { ID_TYPES, LEGAL_PERSON_TYPES, units } from './units';
import { createdUpdated, flag, id, timestamp, version } from './columns';

/** 账号申诉 from the public hall [000 §5, 001 §五(二)]: the form as the unit filled it, and where it stands. */
export const appeals = sqliteTable(
  'appeals',
  {
    id: id(),
    type: text({ enum: APPEAL_TYPES }).notNull(),
    status: text({ enum: APPEAL_STATUSES }).notNull().default('submitted'),
    // The form [001 §五(二)]
    uscc: text().notNull(),
    name: text().notNull(),
    legalPersonType: text({ enum: LEGAL_PERSON_TYPES }).notNull(),
    legalRepName: text().notNull(),
    idType: text({ enum: ID_TYPES }).notNull(),
    idNumber: text().notNull(),
    idValidFrom: text().notNull(),
    /** null = 长期有效 */
    idValidTo: text(),
    /** The reserved mobile: the result is sent here by SMS. */
    phone: text().notNull(),
    account: text().notNull(),
    remark: text().notNull(),
    /** The USCC or an ID number carries a GB/T 2260 county code the current list lacks (merged away): kept, flagged. */
    regionCodeUnknown: flag(),
    /** info_change: the requested new values, keyed by unit field (never `uscc`). */
    changes: text({ mode: 'json' }).$type<Record<string, string | null>>(),
    /** info_change: the unit named by the USCC; assisted_registration: the unit created on approval. */
    unitId: integer().references(() => units.id),
    assigneeId: integer().references(() => staff.id),
    submittedAt: timestamp().notNull(),
    /** Working days allowed, as the setting stood at submission. */
    deadlineDays: integer().notNull(),
    /** The last day to decide (Beijing date); frozen at its last value while waiting for a supplement. */
    dueDate: text().notNull(),
    pauses: text({ mode: 'json' })
      .$type<Pause[]>()
      .notNull()
      .default(sql`'[]'`),
    claimedAt: timestamp(),
    /** 要求补正: the materials asked for and what the agent wrote. */
    supplementMaterials: text({ mode: 'json' }).$type<string[]>(),
    supplementNote: text(),
    decidedAt: timestamp(),
    decidedBy: integer().references(() => staff.id),
    /** The approval note or the rejection reason, as sent to the unit. */
    decisionNote: text(),
    /** Set at intake: an open appeal with the same USCC (or the same phone and unit name) — a possible duplicate of it. */
    duplicateOfId: integer().references((): AnySQLiteColumn => appeals.id),
    /** `merged`: the appeal that continues in its place. */
    mergedIntoId: integer().references((): AnySQLiteColumn => appeals.id),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('appeals_status_due_idx').on(t.status, t.dueDate),
    index('appeals_due_idx').on(t.dueDate),
    index('appeals_assignee_idx').on(t.assigneeId, t.status, t.dueDate),
    index('appeals_type_idx').on(t.type, t.status, t.dueDate),
    index('appeals_uscc_idx').on(t.uscc),
    index('appeals_name_idx').on(t.name),
    index('appeals_account_idx').on(t.account),
    index('appeals_submitted_idx').on(t.submittedAt),
    index('appeals_decided_idx').on(t.decidedAt),
    index('appeals_unit_idx').on(t.unitId),
    index('appeals_duplicate_of_idx').on(t.duplicateOfId),
  ],
);

export const MATERIAL_VERDICTS = ['acceptable', 'unacceptable'] as const;

/** The checklist: one row per material of an appeal, pointing at its current file. */
export const appealMaterials = sqliteTable(
  'appeal_materials',
  {
    id: id(),
    appealId: integer()
      .notNull()
      .references(() => appeals.id),
    field: text().notNull(),
    fileId: integer()
      .notNull()
      .references(() => files.id),
    /** null until an agent has looked at it. */
    verdict: text({ enum: MATERIAL_VERDICTS }),
    note: text(),
    reviewedBy: integer().references(() => staff.id),
    reviewedAt: timestamp(),
  },
  (t) => [uniqueIndex('appeal_materials_field_idx').on(t.appealId, t.field)],
);

/**
 * 补充材料: the materials of a duplicate merged into this appeal, kept beside its own checklist (which they
 * never replace). The file rows move with them: their owner becomes this appeal.
 */
export const appealExtraMaterials = sqliteTable(
  'appeal_extra_materials',
  {
    id: id(),
    appealId: integer()
      .notNull()
      .references(() => appeals.id),
    fromAppealId: integer()
      .notNull()
      .references(() => appeals.id),
    field: text().notNull(),
    fileId: integer()
      .notNull()
      .references(() => files.id),
    at: timestamp().notNull(),
  },
  (t) => [index('appeal_extra_materials_appeal_idx').on(t.appealId)],
);

export const APPEAL_EVENT_KINDS = [
  'submitted',
  'claimed',
  'assigned',
  'checked',
  'supplement_requested',
  'supplement_received',
  'approved',
  'rejected',
  'merged',
  'merged_in',
] as const;

/** The timeline of an appeal as the agent reads it (the SMS rows are joined in from the outbox). */
export const appealEvents = sqliteTable(
  'appeal_events',
  {
    id: id(),
    appealId: integer()
      .notNull()
      .references(() => appeals.id),
    kind: text({ enum: APPEAL_EVENT_KINDS }).notNull(),
    at: timestamp().notNull(),
    actorId: integer().references(() => staff.id),
    actorName: text(),
    detail: text().notNull().default(''),
  },
  (t) => [index('appeal_events_appeal_idx').on(t.appealId, t.at)],
);

/** 常用驳回原因 that sysadmin keeps; the text is copied into the appeal, so editing one rewrites no history. */
export const rejectReasons = sqliteTable(
  'reject_reasons',
  {
    id: id(),
    text: text().notNull().unique(),
    sortOrder: integer().notNull().default(0),
    active: integer({ mode: 'boolean' }).notNull().default(true),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('reject_reasons_order_idx').on(t.active, t.sortOrder)],
);

export const CALENDAR_KINDS = ['holiday', 'workday'] as const;

/** 工作日历: the days that differ from "Monday–Friday work" — public holidays and 调休 working weekends. */
export const workCalendar = sqliteTable(
  'work_calendar',
  {
    id: id(),
    date: text().notNull().unique(),
    kind: text({ enum: CALENDAR_KINDS }).notNull(),
    name: text().notNull(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('work_calendar_kind_idx').on(t.kind, t.date)],
);
