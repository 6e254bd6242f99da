import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { totalOf, type ApiClient } from '../helpers/http';
import { openDb } from '../../db/client';
import { seedDemo } from '../../db/seed/index';
import { COUNT_CAP } from '../../db/lists';

// The search rule (db/lists.ts textSearch) checked against the plain SQL it replaces, on the demo data:
// a term of 3+ characters is LIKE '%q%' on any of the text columns; a term of 1–2 characters is
// "the column starts with the term" compared exactly (upper-cased for USCC / institution number).
let t: TestApp;
let clients: Record<string, ApiClient>;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-fts-'));
  const dbFile = path.join(dir, 'demo.sqlite');
  const demo = openDb(dbFile);
  await seedDemo(demo, {
    now: new Date('2026-06-15T08:00:00Z'),
    scale: 0.25,
    areas: ['units', 'institutions', 'appeals', 'titles'],
  });
  demo.$client.close();
  t = await startTestApp({ dbFile });
  fs.rmSync(dir, { recursive: true, force: true });
  clients = {
    admin: await t.login('admin'),
    kefu01: await t.login('kefu01'),
    jigou01: await t.login('jigou01'),
    shenhe_prov: await t.login('shenhe_prov'),
  };
}, 300_000);
afterAll(() => t.close());

interface Case {
  resource: string;
  table: string;
  user: string;
  text: string[];
  codes: string[];
  /** Searched only whole or by the last 4 (piiSearch), which the text search must leave as it was. */
  pii: string[];
}
const cases: Case[] = [
  {
    resource: 'units',
    table: 'units',
    user: 'kefu01',
    text: ['name', 'account'],
    codes: ['uscc'],
    pii: ['phone', 'id_number'],
  },
  {
    resource: 'appeals',
    table: 'appeals',
    user: 'kefu01',
    text: ['name', 'account'],
    codes: ['uscc'],
    pii: ['phone', 'id_number'],
  },
  {
    resource: 'title-applications',
    table: 'title_applications',
    user: 'shenhe_prov',
    text: ['applicant_name'],
    codes: [],
    pii: ['applicant_phone', 'applicant_id_number'],
  },
  {
    resource: 'institutions',
    table: 'institutions',
    user: 'jigou01',
    text: ['name', 'admin_name'],
    codes: ['number'],
    pii: ['admin_phone', 'admin_id_number'],
  },
];

const likeEscaped = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The ids the old plain SQL finds: LIKE '%q%' for 3+ characters, an exact prefix for 1–2. */
function expectedIds(c: Case, q: string): number[] {
  const columns = [...c.text, ...c.codes];
  const long = [...q].length >= 3;
  const conditions = columns.map((col) => {
    const term = c.codes.includes(col) ? q.toUpperCase() : q;
    return long
      ? sql`${sql.identifier(col)} LIKE ${likeEscaped(q)} ESCAPE '\\'`
      : sql`substr(${sql.identifier(col)}, 1, length(${term})) = ${term}`;
  });
  const upper = q.toUpperCase();
  if (q.length === 4) conditions.push(...c.pii.map((col) => sql`substr(${sql.identifier(col)}, -4) = ${upper}`));
  if (q.length > 4) conditions.push(...c.pii.map((col) => sql`${sql.identifier(col)} = ${upper}`));
  const rows = t.db.all<{ id: number }>(
    sql`SELECT id FROM ${sql.identifier(c.table)} WHERE ${sql.join(conditions, sql` OR `)} ORDER BY id`,
  );
  return rows.map((r) => r.id);
}

async function allIds(c: Case, filter: Record<string, unknown>): Promise<{ ids: number[]; total: number }> {
  const ids: number[] = [];
  let total = 0;
  for (let start = 0; ; start += 1000) {
    const res = await clients[c.user].list(c.resource, { sort: ['id', 'ASC'], range: [start, start + 999], filter });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    total = totalOf(res);
    ids.push(...res.body.map((r: { id: number }) => r.id));
    if (res.body.length < 1000) return { ids, total };
  }
}

/** Terms taken from the data itself (so they exist), plus ones that must find nothing or must be taken literally. */
function termsFor(c: Case, visible: number[]): string[] {
  const sampleIds = visible.slice(5, 8);
  const sample = t.db.all<Record<string, string | null>>(
    sql`SELECT * FROM ${sql.identifier(c.table)} WHERE id IN ${sampleIds}`,
  );
  const terms = new Set<string>([
    '%',
    '_',
    '%_',
    '100%',
    'a_b',
    '"',
    '"x" OR 1',
    'NEAR(',
    '*',
    '不存在的名字',
    'zzzzqqqq',
  ]);
  for (const row of sample) {
    for (const col of [...c.text, ...c.codes]) {
      const v = row[col];
      if (!v) continue;
      const chars = [...v];
      terms.add(chars[0]);
      terms.add(chars.slice(0, 2).join(''));
      terms.add(chars.slice(1, 4).join(''));
      terms.add(chars.slice(-4).join(''));
      terms.add(chars.slice(2, 8).join(''));
      terms.add(chars.slice(0, 5).join('').toLowerCase());
    }
    for (const col of c.pii) if (row[col]) terms.add(row[col].slice(-4));
  }
  return [...terms];
}

describe('search by index (issue 16 item 4)', () => {
  for (const c of cases) {
    it(`${c.resource}: FTS results equal LIKE '%q%' for 3+ characters and "starts with q" for 1–2, and the count is min(true count, ${COUNT_CAP})`, async () => {
      const visibleIds = (await allIds(c, {})).ids;
      const visible = new Set(visibleIds);
      expect(visible.size).toBeGreaterThan(20);
      const terms = termsFor(c, visibleIds);
      let found = 0;
      for (const q of terms) {
        const { ids, total } = await allIds(c, { q });
        const want = expectedIds(c, q).filter((id) => visible.has(id));
        expect(ids, `q=${JSON.stringify(q)}`).toEqual(want);
        expect(total, `count for q=${JSON.stringify(q)}`).toBe(Math.min(want.length, COUNT_CAP));
        if (ids.length) found++;
      }
      // The set must exercise real matches, not only empty answers.
      expect(found).toBeGreaterThan(terms.length / 3);
    }, 120_000);
  }

  it('when a name changes or a row goes, then the index follows (the triggers keep it in step)', async () => {
    const kefu = clients.kefu01;
    const [unit] = t.db.all<{ id: number; name: string }>(sql`SELECT id, name FROM units ORDER BY id LIMIT 1`);
    t.db.run(sql`UPDATE units SET name = ${'测试改名有限公司'} WHERE id = ${unit.id}`);
    const renamed = await kefu.list('units', { filter: { q: '试改名' } });
    expect(renamed.body.map((r: { id: number }) => r.id)).toEqual([unit.id]);
    const old = await kefu.list('units', { range: [0, 999], filter: { q: unit.name } });
    expect(old.body.map((r: { id: number }) => r.id)).not.toContain(unit.id);

    const [title] = t.db.all<{ id: number }>(sql`SELECT id FROM title_applications ORDER BY id LIMIT 1`);
    t.db.run(sql`UPDATE title_applications SET applicant_name = ${'欧阳娜娜子'} WHERE id = ${title.id}`);
    const direct = t.db.all<{ id: number }>(
      sql`SELECT rowid AS id FROM title_applications_fts WHERE title_applications_fts MATCH ${'"阳娜娜"'}`,
    );
    expect(direct.map((r) => r.id)).toEqual([title.id]);
    // An integrity-check of an external-content table compares the index with the rows it was built from.
    expect(() => t.db.run(sql`INSERT INTO units_fts(units_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
  });
});
