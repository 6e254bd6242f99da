import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { INSTITUTION_LEVELS, INSTITUTION_TYPES } from '../../server/domain/institutions';
import { INSTITUTION_STATUSES } from '../../server/domain/workflows/institutions.workflow';
import { ID_TYPES, units } from './units';
import { createdUpdated, flag, id, timestamp, version } from './columns';

/** 机构: registered through HR business handling, opened with an administrator [004 §04]. */
export const institutions = sqliteTable(
  'institutions',
  {
    id: id(),
    /** 机构编号, also the login account; see server/domain/institutions.ts. */
    number: text().notNull().unique(),
    name: text().notNull(),
    type: text({ enum: INSTITUTION_TYPES }).notNull(),
    level: text({ enum: INSTITUTION_LEVELS }).notNull(),
    region: text().notNull(),
    regionCode: text().notNull(),
    /** The USCC or an ID number carries a GB/T 2260 county code the current list lacks (merged away): kept, flagged. */
    regionCodeUnknown: flag(),
    unitId: integer().references(() => units.id),
    address: text(),
    contactName: text(),
    contactPhone: text(),
    status: text({ enum: INSTITUTION_STATUSES }).notNull().default('registered'),
    statusReason: text(),
    adminName: text(),
    adminIdType: text({ enum: ID_TYPES }),
    adminIdNumber: text(),
    adminPhone: text(),
    adminSince: timestamp(),
    passwordHash: text(),
    mustChangePassword: flag(),
    openedAt: timestamp(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('institutions_status_idx').on(t.status, t.createdAt),
    index('institutions_type_idx').on(t.type, t.createdAt),
    index('institutions_level_idx').on(t.level, t.regionCode),
    index('institutions_region_idx').on(t.regionCode),
    index('institutions_name_idx').on(t.name),
    index('institutions_admin_name_idx').on(t.adminName),
    index('institutions_created_idx').on(t.createdAt),
    // The console sorts by id (newest first) under its status and type filters.
    index('institutions_status_id_idx').on(t.status, t.id),
    index('institutions_type_id_idx').on(t.type, t.id),
  ],
);

/** 原管理员信息: every administrator an institution had, and who replaced them when. */
export const institutionAdminHistory = sqliteTable(
  'institution_admin_history',
  {
    id: id(),
    institutionId: integer()
      .notNull()
      .references(() => institutions.id),
    adminName: text().notNull(),
    adminIdType: text({ enum: ID_TYPES }).notNull(),
    adminIdNumber: text().notNull(),
    adminPhone: text().notNull(),
    fromAt: timestamp().notNull(),
    toAt: timestamp().notNull(),
    changedBy: integer(),
    changedByName: text(),
  },
  (t) => [index('institution_admin_history_inst_idx').on(t.institutionId, t.toAt)],
);

/** The last sequence handed out per (level, division); incremented inside the registering transaction. */
export const institutionSequences = sqliteTable('institution_sequences', {
  key: text().primaryKey(),
  last: integer().notNull(),
});
