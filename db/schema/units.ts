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
    /** The USCC or an ID number carries a GB/T 2260 county code the current list lacks (merged away): kept, flagged. */
    regionCodeUnknown: flag(),
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
    // The console sorts by id (newest first): these serve its status and channel filters in that order.
    index('units_status_id_idx').on(t.status, t.id),
    index('units_channel_id_idx').on(t.channel, t.id),
    // The dashboard's "activated this week".
    index('units_activated_idx').on(t.activatedAt),
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
    /** Why, where the action asks for one (quota changes). */
    reason: text(),
  },
  (t) => [index('unit_changes_unit_idx').on(t.unitId, t.at)],
);

/** 可经办业务范围: the catalogue of business items an operator may be authorised for [004]; sysadmin keeps it. */
export const businessItems = sqliteTable('business_items', {
  id: id(),
  name: text().notNull().unique(),
  description: text(),
  active: integer({ mode: 'boolean' }).notNull().default(true),
  ...createdUpdated(),
  version: version(),
});

export const OPERATOR_ROLES = ['admin', 'operator'] as const;
export const OPERATOR_STATUSES = ['active', 'disabled'] as const;

/** 管理员 (tier 2) and 经办人 (tier 3) of a unit; the legal representative (tier 1) is the unit itself. */
export const operators = sqliteTable(
  'operators',
  {
    id: id(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    role: text({ enum: OPERATOR_ROLES }).notNull(),
    name: text().notNull(),
    idType: text({ enum: ID_TYPES }).notNull(),
    idNumber: text().notNull(),
    phone: text().notNull(),
    validFrom: text().notNull(),
    /** The end of the authorisation the unit set; past it the operator cannot act. */
    validTo: text().notNull(),
    /** May maintain other operators and seals. */
    manageRight: flag(),
    /** JSON array of business_items ids: what this operator may handle. */
    businessItemIds: text({ mode: 'json' }).$type<number[]>().notNull(),
    status: text({ enum: OPERATOR_STATUSES }).notNull().default('active'),
    /** The USCC or an ID number carries a GB/T 2260 county code the current list lacks (merged away): kept, flagged. */
    regionCodeUnknown: flag(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('operators_unit_idx').on(t.unitId, t.role),
    index('operators_name_idx').on(t.name),
    index('operators_valid_to_idx').on(t.validTo),
    index('operators_unit_id_idx').on(t.unitId, t.id),
  ],
);

/**
 * 受理回执 of a window registration: its 受理编号 (SL + Beijing yyyymmdd + a 4-digit daily sequence,
 * taken in the registration's transaction) and the 办理人 who came to the window.
 */
export const unitReceipts = sqliteTable('unit_receipts', {
  unitId: integer()
    .primaryKey()
    .references(() => units.id),
  receiptNo: text().notNull().unique(),
  handlerName: text().notNull(),
  handlerIdType: text({ enum: ID_TYPES }).notNull(),
  handlerIdNumber: text().notNull(),
  handlerPhone: text().notNull(),
  staffId: integer(),
  staffName: text(),
  at: timestamp().notNull(),
});
