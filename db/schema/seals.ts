import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdUpdated, flag, id, timestamp, version } from './columns';
import { ID_TYPES, units } from './units';

export const SEAL_TYPES = ['official', 'finance', 'contract', 'hr', 'invoice', 'legal_rep'] as const;
export type SealType = (typeof SEAL_TYPES)[number];
export const SEAL_STATUSES = ['active', 'suspended', 'voided'] as const;
export const SEAL_APPLICANT_ROLES = ['legal_rep', 'admin', 'operator'] as const;
/** Stored grant states; `expired` is computed from the Beijing date on read. */
export const SEAL_GRANT_STATUSES = ['active', 'revoked'] as const;

/** 电子印章 a unit applied for in the public hall (吉事办 →【我的印章】) [002 §四.5]. */
export const seals = sqliteTable(
  'seals',
  {
    id: id(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    type: text({ enum: SEAL_TYPES }).notNull(),
    name: text().notNull(),
    status: text({ enum: SEAL_STATUSES }).notNull(),
    appliedByName: text().notNull(),
    appliedByRole: text({ enum: SEAL_APPLICANT_ROLES }).notNull(),
    voidedAt: timestamp(),
    voidReason: text(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('seals_unit_type_idx').on(t.unitId, t.type, t.status),
    index('seals_status_idx').on(t.status, t.createdAt),
  ],
);

/** 被授权人 of a seal; removed grants stay as `revoked`. */
export const sealGrants = sqliteTable(
  'seal_grants',
  {
    id: id(),
    sealId: integer()
      .notNull()
      .references(() => seals.id),
    personName: text().notNull(),
    idType: text({ enum: ID_TYPES }).notNull(),
    idNumber: text().notNull(),
    validFrom: text().notNull(),
    validTo: text().notNull(),
    status: text({ enum: SEAL_GRANT_STATUSES }).notNull().default('active'),
    revokedReason: text(),
    revokedAt: timestamp(),
    grantedByName: text().notNull(),
    /** The USCC or an ID number carries a GB/T 2260 county code the current list lacks (merged away): kept, flagged. */
    regionCodeUnknown: flag(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('seal_grants_seal_idx').on(t.sealId, t.status), index('seal_grants_person_idx').on(t.idNumber)],
);

export const SIGN_IN_METHODS = ['essc_scan', 'jishiban_scan', 'password'] as const;
export const SIGN_IN_OUTCOMES = ['succeeded', 'failed'] as const;
export const SIGN_IN_REASONS = [
  'not_on_record',
  'identity_mismatch',
  'essc_not_activated',
  'operator_expired',
  'operator_disabled',
  'unit_not_active',
  'legal_rep_mismatch',
  'other',
] as const;

/**
 * Sign-in outcomes the public hall reports. The ID number is kept masked plus a keyed hash, so a
 * later check can match the same person without the table holding the number; pruned after the
 * retention setting.
 */
export const signInEvents = sqliteTable(
  'sign_in_events',
  {
    id: id(),
    unitId: integer().references(() => units.id),
    uscc: text().notNull(),
    method: text({ enum: SIGN_IN_METHODS }).notNull(),
    name: text().notNull(),
    idNumberMasked: text().notNull(),
    idHash: text().notNull(),
    outcome: text({ enum: SIGN_IN_OUTCOMES }).notNull(),
    reason: text({ enum: SIGN_IN_REASONS }),
    at: timestamp().notNull(),
    receivedAt: timestamp().notNull(),
  },
  (t) => [
    index('sign_in_events_unit_idx').on(t.unitId, t.at),
    index('sign_in_events_at_idx').on(t.at),
    index('sign_in_events_hash_idx').on(t.idHash, t.method, t.at),
  ],
);
