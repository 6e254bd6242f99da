import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { appeals, institutions, notifications, operators, titleApplications, units } from '../../db/schema';
import type { TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { startDemoApp } from './demoApp';

// Issue 11 item 3: a phone or ID number is found by its whole value or its last 4, never by another part,
// so a masked 132****2107 cannot be recovered by growing a guessed suffix.
let t: TestApp;
const clients: Record<string, ApiClient> = {};
beforeAll(async () => {
  t = await startDemoApp();
  for (const u of ['admin', 'kefu01', 'jigou01', 'shenhe_unit']) clients[u] = await t.login(u);
});
afterAll(() => t?.close());

interface Searched {
  resource: string;
  as: string;
  table: SQLiteTable;
  id: SQLiteColumn;
  columns: Record<string, SQLiteColumn>;
}
const LISTS: Searched[] = [
  {
    resource: 'operators',
    as: 'jigou01',
    table: operators,
    id: operators.id,
    columns: { phone: operators.phone, idNumber: operators.idNumber },
  },
  {
    resource: 'units',
    as: 'jigou01',
    table: units,
    id: units.id,
    columns: { phone: units.phone, idNumber: units.idNumber },
  },
  {
    resource: 'appeals',
    as: 'kefu01',
    table: appeals,
    id: appeals.id,
    columns: { phone: appeals.phone, idNumber: appeals.idNumber },
  },
  {
    resource: 'institutions',
    as: 'jigou01',
    table: institutions,
    id: institutions.id,
    columns: { adminPhone: institutions.adminPhone, adminIdNumber: institutions.adminIdNumber },
  },
  {
    resource: 'title-applications',
    as: 'shenhe_unit',
    table: titleApplications,
    id: titleApplications.id,
    columns: {
      applicantPhone: titleApplications.applicantPhone,
      applicantIdNumber: titleApplications.applicantIdNumber,
    },
  },
  {
    resource: 'notifications',
    as: 'admin',
    table: notifications,
    id: notifications.id,
    columns: { phone: notifications.phone },
  },
];

/** Parts of `value` that must find nothing: other suffixes, prefixes and the middle. */
function otherParts(value: string): string[] {
  const last4 = value.slice(-4);
  const parts = [
    value.slice(-5),
    value.slice(-3),
    value.slice(-6),
    value.slice(1),
    value.slice(0, -1),
    value.slice(0, 7),
    value.slice(3, 7),
    value.slice(2, 9),
  ];
  return [...new Set(parts)].filter((p) => p.length > 0 && p !== value && p !== last4);
}

describe.each(LISTS)('$resource search', ({ resource, as, table, id, columns }) => {
  it.each(Object.entries(columns))(
    'by %s: the whole value and the last 4 find the record, other parts find nothing',
    async (_name, column) => {
      const client = clients[as];
      // A record this role sees in its list, with the column filled in.
      const visible = (await client.list(resource, { range: [0, 99] })).body.map(
        (r: { id: number }) => r.id,
      ) as number[];
      expect(visible.length, `${as} sees ${resource}`).toBeGreaterThan(0);
      const row = visible
        .map((rid) => t.db.select({ id, value: column }).from(table).where(eq(id, rid)).get())
        .find((r): r is { id: number; value: string } => !!r && typeof r.value === 'string' && r.value.length >= 8);
      expect(row, `a ${resource} row with its ${_name} set`).toBeTruthy();
      const found = async (q: string) =>
        (await client.list(resource, { filter: { q, id: [row!.id] } })).body.length === 1;

      expect(await found(row!.value), 'the whole value').toBe(true);
      expect(await found(row!.value.toLowerCase()), 'the whole value in lower case').toBe(true);
      expect(await found(row!.value.slice(-4)), 'the last 4').toBe(true);
      for (const part of otherParts(row!.value))
        expect(await found(part), `the part ${part} of ${row!.value}`).toBe(false);
    },
  );
});

it('every searched column is filled somewhere in the demo data (the cases above are not vacuous)', () => {
  for (const { table, columns } of LISTS)
    for (const c of Object.values(columns))
      expect(t.db.select().from(table).where(isNotNull(c)).limit(1).all()).toHaveLength(1);
});
