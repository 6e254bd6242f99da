import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdUpdated, id, timestamp, version } from './columns';
import { units } from './units';

export const LEGACY_PASSWORD_ALGOS = ['sha256', 'md5'] as const;
export type LegacyPasswordAlgo = (typeof LEGACY_PASSWORD_ALGOS)[number];

/**
 * 历史用户: a unit account imported from an old city hall, waiting to be upgraded to the provincial hall.
 * The old hash and salt are erased once the upgrade succeeds; `failed` counts wrong passwords and locks at 5.
 */
export const legacyAccounts = sqliteTable(
  'legacy_accounts',
  {
    id: id(),
    uscc: text().notNull(),
    name: text().notNull(),
    legacySystem: text().notNull(),
    legacyAccount: text().notNull(),
    passwordAlgo: text({ enum: LEGACY_PASSWORD_ALGOS }).notNull(),
    passwordSalt: text(),
    passwordHash: text(),
    legalRepName: text().notNull(),
    failed: integer().notNull().default(0),
    lockedAt: timestamp(),
    upgradedAt: timestamp(),
    unitId: integer().references(() => units.id),
    importedBy: integer(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    uniqueIndex('legacy_accounts_uscc_uq').on(t.uscc),
    uniqueIndex('legacy_accounts_system_account_uq').on(t.legacySystem, t.legacyAccount),
    index('legacy_accounts_system_id_idx').on(t.legacySystem, t.id),
  ],
);
