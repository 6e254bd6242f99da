import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { orgs, staff } from './foundation';
import { createdUpdated, id, timestamp, version } from './columns';

/**
 * 委托: a title reviewer on leave names a colleague of the same org to act on their work from startDate
 * through endDate (YYYY-MM-DD, Beijing). Ending one keeps the row (`endedAt`) for the history.
 */
export const delegations = sqliteTable(
  'delegations',
  {
    id: id(),
    /** The delegator's org (the delegate's too): the reviewers' scope and the list's filter. */
    orgId: integer()
      .notNull()
      .references(() => orgs.id),
    delegatorId: integer()
      .notNull()
      .references(() => staff.id),
    delegateId: integer()
      .notNull()
      .references(() => staff.id),
    startDate: text().notNull(),
    endDate: text().notNull(),
    reason: text().notNull(),
    createdById: integer().references(() => staff.id),
    endedAt: timestamp(),
    endedById: integer().references(() => staff.id),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('delegations_delegator_idx').on(t.delegatorId, t.endDate),
    index('delegations_delegate_idx').on(t.delegateId, t.endDate),
    index('delegations_org_idx').on(t.orgId, t.id),
  ],
);
