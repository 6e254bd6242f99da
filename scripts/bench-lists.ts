/**
 * npm run bench:lists [-- --rows 1000000 --requests 200]
 *
 * Fills a throw-away database with N audit-log rows, starts the real app on loopback and times
 * list requests the way the console makes them (first page, filtered, searched, deep page).
 * Prints p50/p95 latency and requests per second for each; the point is that a list over a
 * million rows answers in milliseconds because its total is capped (COUNT_CAP), not scanned.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { openDb } from '../db/client';
import { seedFoundation } from '../db/seed/foundation';
import { createRng } from '../db/seed/random';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';
import { COUNT_CAP } from '../db/lists';
import { ApiClient } from '../tests/helpers/http';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, requests: { type: 'string', default: '200' } },
});
const ROWS = Number(values.rows);
const REQUESTS = Number(values.requests);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-bench-'));
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir });
const db = openDb(config.databasePath);
await seedFoundation({ db, rng: createRng(1), scale: 1, now: new Date(), staffIds: {}, orgIds: {}, log: () => {} });

const t = Date.now();
const actions = [
  'units.activate',
  'units.freeze',
  'appeals.claim',
  'appeals.approve',
  'auth.login',
  'staff.update',
  'institutions.open',
  'titleApplications.review',
];
const insert = db.$client.prepare(
  'INSERT INTO audit_logs (at, actor_id, actor_name, action, resource, resource_id, summary, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
);
db.$client.transaction(() => {
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < ROWS; i++) {
    const action = actions[i % actions.length];
    insert.run(
      new Date(start + i * 30_000).toISOString(),
      (i % 10) + 1,
      `工作人员${(i % 10) + 1}`,
      action,
      action.split('.')[0],
      String(i % 5000),
      `批量数据 ${i}`,
      '127.0.0.1',
    );
  }
})();
console.log(`inserted ${ROWS.toLocaleString()} audit rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);

const { app } = createApp({ db, config });
const server = await new Promise<import('node:http').Server>((r) => {
  const s = app.listen(0, '127.0.0.1', () => r(s));
});
const client = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
await client.post('/api/auth/login', { username: 'admin', password: 'Admin@2026' });

async function measure(label: string, query: Parameters<ApiClient['list']>[1]) {
  const times: number[] = [];
  let total = '';
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const res = await client.list('audit-logs', query);
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    total = res.headers.get('content-range') ?? '';
  }
  const wall = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(
    `${label.padEnd(44)} p50 ${p(0.5).padStart(6)} ms  p95 ${p(0.95).padStart(6)} ms  ${(REQUESTS / wall).toFixed(0).padStart(5)} req/s  (${total})`,
  );
}

console.log(
  `\nlist requests over ${ROWS.toLocaleString()} rows, ${REQUESTS} sequential requests each (totals capped at ${COUNT_CAP}):`,
);
await measure('first page, newest first', { sort: ['id', 'DESC'], range: [0, 24] });
await measure('filtered by action (indexed)', {
  sort: ['id', 'DESC'],
  range: [0, 24],
  filter: { action: 'appeals.approve' },
});
await measure('filtered by record (indexed)', {
  sort: ['id', 'DESC'],
  range: [0, 24],
  filter: { resource: 'units', resourceId: '40' },
});
await measure('date range, sorted by time', {
  sort: ['at', 'DESC'],
  range: [0, 24],
  filter: { at_gte: '2025-03-01', at_lte: '2025-03-31' },
});
await measure('page 100 (offset 2,475)', { sort: ['id', 'DESC'], range: [2475, 2499] });

// What the cap saves: the exact total every list request would otherwise pay for.
for (const [label, where] of [
  ['count(*) of the whole table', ''],
  ["count(*) WHERE action = 'appeals.approve'", "WHERE action = 'appeals.approve'"],
] as const) {
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) db.$client.prepare(`SELECT count(*) FROM audit_logs ${where}`).get();
  console.log(`for comparison, an uncapped ${label}: ${((performance.now() - t0) / 20).toFixed(1)} ms each`);
}

server.close();
db.$client.close();
fs.rmSync(dir, { recursive: true, force: true });
