import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdUpdated, flag, id, timestamp, version } from './columns';

export const UNIT_STATUSES = ['pending_activation', 'active', 'frozen', 'cancelled'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UNIT_CHANNELS = ['online', 'offline', 'appeal', 'legacy_upgrade', 'third_party'] as const;
export const LEGAL_PERSON_TYPES = [
  'enterprise',
  'public_institution',
  'government',
  'social_org',
  'individual_business',
  'other',
] as const;
export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'] as const;

/** 单位账号. The USCC never changes after creation. */
export const units = sqliteTable(
  'units',
  {
    id: id(),
    uscc: text().notNull().unique(),
    name: text().notNull(),
    legalPersonType: text({ enum: LEGAL_PERSON_TYPES }).notNull(),
    legalRepName: text().notNull(),
    idType: text({ enum: ID_TYPES }).notNull(),
    idNumber: text().notNull(),
    idValidFrom: text().notNull(),
    /** null = 长期有效 */
    idValidTo: text(),
    phone: text().notNull(),
    account: text().notNull().unique(),
    status: text({ enum: UNIT_STATUSES }).notNull(),
    channel: text({ enum: UNIT_CHANNELS }).notNull(),
    region: text(),
    passwordHash: text(),
    mustChangePassword: flag(),
    adminQuota: integer().notNull().default(1),
    operatorQuota: integer().notNull().default(10),
    // Kept in step with the operators table inside the same transactions, so "at quota" is an indexed filter.
    adminCount: integer().notNull().default(0),
    operatorCount: integer().notNull().default(0),
    // Extended info [001 §四]
    registeredAddress: text(),
    registeredCapital: text(),
    registrationDate: text(),
    businessScope: text(),
    codeType: text(),
    industry: text(),
    approvalDate: text(),
    approvalAuthority: text(),
    enterpriseStatus: text(),
    foundingDate: text(),
    activatedAt: timestamp(),
    statusReason: text(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('units_status_idx').on(t.status, t.createdAt),
    index('units_channel_idx').on(t.channel, t.createdAt),
    index('units_created_idx').on(t.createdAt),
    index('units_name_idx').on(t.name),
  ],
);

/** Change history of a unit's fields (edits by staff, approved info-change appeals). */
export const unitChanges = sqliteTable(
  'unit_changes',
  {
    id: id(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    field: text().notNull(),
    oldValue: text(),
    newValue: text(),
    source: text().notNull(),
    changedBy: integer(),
    changedByName: text(),
    at: timestamp().notNull(),
  },
  (t) => [index('unit_changes_unit_idx').on(t.unitId, t.at)],
);
