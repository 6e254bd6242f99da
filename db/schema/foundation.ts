import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { StaffRole } from '../../server/domain/roles';
import { createdUpdated, flag, id, timestamp, version } from './columns';

export const ORG_LEVELS = ['province', 'city', 'department', 'unit'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** The review-org tree: province bureau → city bureau → competent department → employer unit. */
export const orgs = sqliteTable(
  'orgs',
  {
    id: id(),
    name: text().notNull(),
    level: text({ enum: ORG_LEVELS }).notNull(),
    parentId: integer().references((): AnySQLiteColumn => orgs.id),
    region: text(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('orgs_parent_idx').on(t.parentId), index('orgs_name_idx').on(t.name)],
);

export const staff = sqliteTable(
  'staff',
  {
    id: id(),
    username: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    /** JSON array of StaffRole: a staff member may hold several roles. */
    roles: text({ mode: 'json' }).$type<StaffRole[]>().notNull(),
    orgId: integer().references(() => orgs.id),
    phone: text(),
    status: text({ enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    mustChangePassword: flag(),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp(),
    lastLoginAt: timestamp(),
    passwordChangedAt: timestamp(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('staff_org_idx').on(t.orgId), index('staff_name_idx').on(t.name)],
);

/** Server-side sessions; the cookie holds a random token, the table only its sha256. */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    tokenHash: text().primaryKey(),
    staffId: integer()
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: timestamp().notNull(),
    lastSeenAt: timestamp().notNull(),
    ip: text(),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

/**
 * Append-only (database triggers refuse UPDATE, DELETE and an INSERT over an existing id, see the
 * audit_log_append_only and audit_chain migrations) and hash-chained (server/audit/chain.ts), so a
 * change made with the triggers dropped still shows. Rows from before the chain have no hash.
 */
export const auditLogs = sqliteTable(
  'audit_logs',
  {
    id: id(),
    at: timestamp().notNull(),
    actorId: integer(),
    actorName: text(),
    action: text().notNull(),
    resource: text().notNull(),
    resourceId: text(),
    summary: text().notNull().default(''),
    ip: text(),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    index('audit_logs_at_idx').on(t.at),
    index('audit_logs_actor_idx').on(t.actorId, t.at),
    index('audit_logs_resource_idx').on(t.resource, t.resourceId, t.at),
    index('audit_logs_action_idx').on(t.action, t.at),
    // The log is read newest id first; by actor in that order too.
    index('audit_logs_actor_id_idx').on(t.actorId, t.id),
  ],
);

export const files = sqliteTable(
  'files',
  {
    id: id(),
    storageName: text().notNull().unique(),
    originalName: text().notNull(),
    mime: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    /** What the file belongs to, e.g. ('appeals', 12, 'businessLicense'): downloads are authorised through the owner. */
    ownerType: text().notNull(),
    ownerId: integer(),
    field: text().notNull(),
    uploadedBy: integer(),
    createdAt: timestamp().notNull(),
  },
  (t) => [index('files_owner_idx').on(t.ownerType, t.ownerId)],
);

export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed'] as const;

/** The SMS outbox: rows are queued inside the transaction of the change that causes them. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: id(),
    phone: text().notNull(),
    /** May hold `{{secret}}`: the one-time password is kept apart, shown to staff as ******, and erased once sent. */
    content: text().notNull(),
    secret: text(),
    status: text({ enum: NOTIFICATION_STATUSES }).notNull().default('queued'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp().notNull(),
    lastError: text(),
    sentAt: timestamp(),
    provider: text(),
    relatedType: text(),
    relatedId: integer(),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('notifications_due_idx').on(t.status, t.nextAttemptAt),
    index('notifications_related_idx').on(t.relatedType, t.relatedId),
    index('notifications_created_idx').on(t.createdAt),
  ],
);

/** Settings that staff may change at run time (e.g. appeal deadline days, institution password prefix). */
export const settings = sqliteTable('settings', {
  key: text().primaryKey(),
  value: text({ mode: 'json' }).notNull(),
  updatedAt: timestamp().notNull(),
  updatedBy: integer(),
});
