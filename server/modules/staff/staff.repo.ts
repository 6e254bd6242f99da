import { eq, or, sql } from 'drizzle-orm';
import { orgs, staff } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import {
  allowedValue,
  enumFilter,
  intFilter,
  like,
  type ListParams,
  type ListSpec,
  boundedCount,
} from '../../../db/lists';
import { STAFF_ROLES } from '../../domain/roles';
import { STAFF_STATUSES } from '../../domain/workflows/staff.workflow';

export const staffListSpec: ListSpec = {
  resource: 'staff',
  table: staff,
  idColumn: staff.id,
  sortable: {
    id: staff.id,
    username: staff.username,
    name: staff.name,
    status: staff.status,
    createdAt: staff.createdAt,
    lastLoginAt: staff.lastLoginAt,
    orgId: staff.orgId,
  },
  filters: {
    status: enumFilter(staff.status, STAFF_STATUSES),
    orgId: intFilter(staff.orgId),
    role: (value, field) => {
      const role = allowedValue(value, STAFF_ROLES, field);
      return sql`EXISTS (SELECT 1 FROM json_each(${staff.roles}) WHERE value = ${role})`;
    },
  },
  search: (q) => or(like(staff.username, q, 'prefix'), like(staff.name, q, 'contains')),
  defaultSort: ['id', 'ASC'],
};

const columns = { staff, orgName: orgs.name };

export function listStaff(db: Db, p: ListParams) {
  const rows = db
    .select(columns)
    .from(staff)
    .leftJoin(orgs, eq(orgs.id, staff.orgId))
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, staff, p.where) };
}

export function findStaff(db: DbOrTx, id: number) {
  return db.select(columns).from(staff).leftJoin(orgs, eq(orgs.id, staff.orgId)).where(eq(staff.id, id)).get();
}

export type StaffWithOrg = NonNullable<ReturnType<typeof findStaff>>;

type StaffInsert = typeof staff.$inferInsert;

export const usernameTaken = (db: DbOrTx, username: string) =>
  !!db.select({ id: staff.id }).from(staff).where(eq(staff.username, username)).get();

export const insertStaff = (db: DbOrTx, values: StaffInsert) =>
  db.insert(staff).values(values).returning({ id: staff.id }).get().id;

export function updateStaff(db: DbOrTx, id: number, set: Partial<StaffInsert>) {
  db.update(staff).set(set).where(eq(staff.id, id)).run();
}
