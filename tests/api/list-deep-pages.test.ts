import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { totalOf, type ApiClient } from '../helpers/http';
import { openDb } from '../../db/client';
import { seedDemo } from '../../db/seed/index';

// Pages past the first of the joined lists are picked by id first (db/lists.ts deferredPage) and the title queue's
// default view skips the visit probe (at the caller's org is in scope by definition): the same rows as before.
let t: TestApp;
const clients: Record<string, ApiClient> = {};
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-pages-'));
  const dbFile = path.join(dir, 'demo.sqlite');
  const demo = openDb(dbFile);
  await seedDemo(demo, { now: new Date('2026-06-15T08:00:00Z'), scale: 0.25, areas: ['appeals', 'titles'] });
  demo.$client.close();
  t = await startTestApp({ dbFile });
  fs.rmSync(dir, { recursive: true, force: true });
  for (const username of ['kefu01', 'shenhe_city', 'shenhe_prov']) clients[username] = await t.login(username);
}, 300_000);
afterAll(() => t.close());

type ListOpts = Parameters<ApiClient['list']>[1];
const idsOf = (body: unknown) => (body as { id: number }[]).map((r) => r.id);

const QUEUES: [string, string, string, ListOpts][] = [
  ['the open appeals by due date', 'kefu01', 'appeals', { sort: ['dueDate', 'ASC'], filter: { status: 'open' } }],
  [
    "the city's title queue",
    'shenhe_city',
    'title-applications',
    { sort: ['submittedAt', 'ASC'], filter: { status: 'pending', currentOrgId: 'mine' } },
  ],
  [
    'the titles that reached the province, newest first',
    'shenhe_prov',
    'title-applications',
    { sort: ['submittedAt', 'DESC'], filter: {} },
  ],
];

describe('pages past the first', () => {
  for (const [name, as, resource, opts] of QUEUES) {
    it(`when ${name} is read page by page, then each page is its slice of the whole list`, async () => {
      const whole = await clients[as].list(resource, { ...opts, range: [0, 999] });
      expect(whole.status).toBe(200);
      const all = idsOf(whole.body);
      expect(all.length).toBeGreaterThan(20);
      const size = 7;
      for (let start = size; start < all.length; start += size) {
        const page = await clients[as].list(resource, { ...opts, range: [start, start + size - 1] });
        expect(page.status).toBe(200);
        expect(idsOf(page.body), `page at ${start}`).toEqual(all.slice(start, start + size));
        expect(totalOf(page)).toBe(totalOf(whole));
      }
    });
  }
});

describe("a reviewer's scope", () => {
  const sqlite = () => t.db.$client;
  const cityOrg = () =>
    (sqlite().prepare(`SELECT org_id AS id FROM staff WHERE username = 'shenhe_city'`).get() as { id: number }).id;

  it('when an application is at the reviewer’s org, then the queue shows it even with no visit recorded', async () => {
    const org = cityOrg();
    const { id } = sqlite()
      .prepare(`SELECT id FROM title_applications WHERE current_org_id = ? AND status = 'pending' ORDER BY id LIMIT 1`)
      .get(org) as { id: number };
    sqlite().prepare('DELETE FROM title_application_orgs WHERE application_id = ? AND org_id = ?').run(id, org);
    const queue = await clients.shenhe_city.list('title-applications', {
      sort: ['submittedAt', 'ASC'],
      range: [0, 999],
      filter: { status: 'pending', currentOrgId: 'mine' },
    });
    expect(idsOf(queue.body)).toContain(id);
  });

  it('when an application only passed through the org and its visit is gone, then no list shows it', async () => {
    const org = cityOrg();
    const { id } = sqlite()
      .prepare(
        `SELECT a.id FROM title_applications a JOIN title_application_orgs v ON v.application_id = a.id AND v.org_id = ? WHERE a.current_org_id <> ? ORDER BY a.id LIMIT 1`,
      )
      .get(org, org) as { id: number };
    const find = () => clients.shenhe_city.list('title-applications', { range: [0, 9], filter: { id: [id] } });
    expect(idsOf((await find()).body)).toEqual([id]);
    sqlite().prepare('DELETE FROM title_application_orgs WHERE application_id = ? AND org_id = ?').run(id, org);
    expect(idsOf((await find()).body)).toEqual([]);
  });
});
