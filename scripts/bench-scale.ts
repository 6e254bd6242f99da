/**
 * npm run bench:scale [-- --scale 1 --duration 5 --only units,titles,appeals,audit,writes,batch,mixed,paint --fixture-dir data/bench-fixture]
 *
 * The province-scale benchmark (issue 16): a fixture of scale × 1,000,000 units, appeals, title
 * applications and audit rows (built once, reused by a content hash), served in one run by the real
 * app and by a raw node:http + better-sqlite3 server running the same SQL and sending the same JSON.
 * Each server is a child process, so autocannon here never shares an event loop with what it measures.
 * Prints the table and writes it to bench-results/scale-<date>.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyFixture, ensureFixture } from './bench-scale/fixture';
import { markdown, ratio, type Row, type Stat } from './bench-scale/report';
import {
  ACCOUNTS,
  factsOf,
  listScenarios,
  load,
  mixed,
  once,
  sequentialWrites,
  type Role,
  type Target,
} from './bench-scale/scenarios';
import { firstListPainted } from './bench-scale/paint';
import { login, startApp, startRaw } from './bench-scale/servers';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '5' },
    only: { type: 'string' },
    'fixture-dir': { type: 'string', default: 'data/bench-fixture' },
    writes: { type: 'string', default: '200' },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.duration);
const only = values.only?.split(',');
const wanted = (key: string) => !only || only.includes(key);
const log = (m: string) => console.error(m);

const fixture = await ensureFixture(path.resolve(values['fixture-dir']), scale, log);
log(
  fixture.reused
    ? `fixture reused: ${fixture.file}`
    : `fixture built in ${fixture.seconds.toFixed(0)} s: ${fixture.file}`,
);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-bench-scale-'));
const file = copyFixture(fixture.file, runDir);
const rows = Math.max(1, Math.round(1_000_000 * scale));
const facts = factsOf(file, rows);

// The built console (`npm run build`), for the first-paint measurement in headless Chromium.
const clientDir = path.resolve('dist/client');
const hasConsole = fs.existsSync(path.join(clientDir, 'index.html'));
if (wanted('paint') && !hasConsole) log('no built console in dist/client (npm run build): first paint not measured');
const [app, raw] = await Promise.all([startApp(file, runDir, hasConsole ? clientDir : undefined), startRaw(file)]);
const cookies = Object.fromEntries(
  await Promise.all(Object.entries(ACCOUNTS).map(async ([u, p]) => [u, await login(app.url, u, p)] as const)),
) as Record<Role, string>;
const appTarget: Target = { url: app.url, headers: (role) => ({ cookie: cookies[role] }) };
const rawTarget: Target = { url: raw.url, headers: (role) => ({ 'x-actor': role }) };
// The two servers write to one copy: each takes every other record of a pool, so neither finds the other's work done.
const half = <T>(list: T[], side: 0 | 1) => list.filter((_, i) => i % 2 === side);

const table: Row[] = [];
const push = (row: Omit<Row, 'met'>, met: (q: number | null) => boolean | null) => {
  const full = { ...row, met: null } as Row;
  // Without an answer on one side there is nothing to judge (a refusal by design is judged).
  full.met = ratio(full) == null && !row.app.refused ? null : met(ratio(full));
  table.push(full);
  log(
    `  ${row.what}: app ${row.app.refused ?? `${row.app.rps.toFixed(0)} req/s p99 ${row.app.p99} ms`}${row.raw ? `, raw ${row.raw.rps.toFixed(0)} req/s p99 ${row.raw.p99} ms` : ''}`,
  );
};
const p50Of = new Map<string, number>();

try {
  for (const s of listScenarios(facts).filter((x) => wanted(x.key))) {
    for (const connections of [1, 20]) {
      const a = await load(appTarget, s.role, s.path, connections, seconds);
      const r = await load(rawTarget, s.role, s.path, connections, seconds);
      const label = `${s.what}, ${connections} conn`;
      if (connections === 1 && a.rps > 0) p50Of.set(s.what, a.p50);
      const pageTarget = s.pageOf && connections === 1 ? p50Of.get(s.pageOf) : undefined;
      const targets = [
        '≥ 75 %',
        ...(s.search ? ['p99 ≤ 5 ms'] : []),
        ...(pageTarget !== undefined ? ['≤ 2× page 1'] : []),
      ];
      const okPage = pageTarget === undefined || a.refused !== undefined || a.p50 <= 2 * pageTarget;
      const okSearch = !s.search || a.p99 <= 5;
      push(
        {
          what: label,
          app: a,
          raw: r,
          compare: 'rps',
          target: targets.join(', '),
        },
        (q) => (a.refused ? true : q != null && q >= 0.75 && okPage && okSearch),
      );
    }
  }

  if (wanted('paint') && hasConsole) {
    // Before the writes, on the fixture as built: the city reviewer's queue is the heaviest default view.
    const paint = await firstListPainted(app.url, 'shenhe_city', ACCOUNTS.shenhe_city, '/title-applications', 5);
    push(
      {
        what: 'first list painted after login (title queue, shenhe_city, headless Chromium, 5 runs; ms)',
        app: { ...paint, rps: 1000 / paint.p50 },
        compare: 'p50',
        target: 'p50 ≤ 1,500 ms',
      },
      () => null,
    );
    table.at(-1)!.met = paint.p50 <= 1500; // no raw side to divide by: the target is absolute
  }

  if (wanted('writes')) {
    const n = Number(values.writes);
    const reviews = [half(facts.reviewPool.slice(0, 2 * n), 0), half(facts.reviewPool.slice(0, 2 * n), 1)];
    const approvals = [half(facts.approvePool.slice(0, 2 * n), 0), half(facts.approvePool.slice(0, 2 * n), 1)];
    facts.reviewPool = facts.reviewPool.slice(2 * n);
    const review = { result: 'pass', opinion: '同意', moduleErrors: [] };
    const a = await sequentialWrites(
      appTarget,
      'shenhe_city',
      reviews[0],
      (id) => `/api/title-applications/${id}/review`,
      review,
    );
    const r = await sequentialWrites(
      rawTarget,
      'shenhe_city',
      reviews[1],
      (id) => `/api/title-applications/${id}/review`,
      review,
    );
    push(
      {
        what: `one audited review (title), ${reviews[0].length} in a row`,
        app: a,
        raw: r,
        compare: 'p50',
        target: 'p50 ≤ 3× raw',
      },
      (q) => q != null && q <= 3,
    );
    const a2 = await sequentialWrites(appTarget, 'kefu01', approvals[0], (id) => `/api/appeals/${id}/approve`, {
      note: '',
    });
    const r2 = await sequentialWrites(rawTarget, 'kefu01', approvals[1], (id) => `/api/appeals/${id}/approve`, {
      note: '',
    });
    push(
      {
        what: `one audited approve (appeal), ${approvals[0].length} in a row`,
        app: a2,
        raw: r2,
        compare: 'p50',
        target: 'p50 ≤ 3× raw',
      },
      (q) => q != null && q <= 3,
    );
  }

  if (wanted('batch') && facts.batchIds.length >= 2) {
    // Each server its own ids (they share one copy of the file): 10,000 each when the fixture has them.
    const size = Math.min(10_000, Math.floor(facts.batchIds.length / 2));
    const ids = facts.batchIds.slice(0, size);
    const rawIds = facts.batchIds.slice(size, 2 * size);
    const form = new FormData();
    // One comma-separated field: 10,000 repeated fields would hit the upload parser's field limit first.
    form.append('applicationIds', ids.join(','));
    form.append(
      'attachment',
      new Blob([Buffer.from('%PDF-1.4\n%bench\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], { type: 'application/pdf' }),
      '推荐报告.pdf',
    );
    const a = await once(appTarget, 'shenhe_city', '/api/submission-batches', { method: 'POST', body: form }, 201);
    const r = await once(
      rawTarget,
      'shenhe_city',
      '/api/bench/batch',
      {
        method: 'POST',
        body: JSON.stringify({ applicationIds: rawIds }),
        headers: { 'Content-Type': 'application/json' },
      },
      201,
    );
    push(
      {
        what: `batch submission of ${ids.length.toLocaleString('en')} applications (ms: p50 = the one run)`,
        app: a,
        raw: r,
        compare: 'p50',
        target: '≤ 2.5× raw',
      },
      (q) => q != null && q <= 2.5,
    );
  }

  if (wanted('mixed')) {
    // What the sequential writes left, split over the three runs and the two servers.
    const pools = [half(facts.reviewPool, 0), half(facts.reviewPool, 1)];
    const third = Math.ceil(pools[0].length / 3);
    for (const connections of [1, 20, 200]) {
      const a: Stat = await mixed(appTarget, pools[0].splice(0, third), connections, seconds);
      const r: Stat = await mixed(rawTarget, pools[1].splice(0, third), connections, seconds);
      push(
        {
          what: `mixed reads + reviews, ${connections} conn`,
          app: a,
          raw: r,
          compare: 'rps',
          target: connections === 200 ? '0 errors' : '≥ 75 %',
        },
        (q) => (connections === 200 ? a.errors === 0 : q != null && q >= 0.75),
      );
    }
  }
} finally {
  app.stop();
  raw.stop();
}

const date = new Date().toISOString().slice(0, 10);
const heading = `### Province scale: ${rows.toLocaleString('en')} rows per table (scale ${scale}), ${seconds} s per run, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end`;
const out = markdown(table, heading);
console.log(out);
const missed = table.filter((r) => r.met === false).map((r) => r.what);
console.log(`\n${missed.length} of ${table.filter((r) => r.met != null).length} targets missed.`);
fs.mkdirSync('bench-results', { recursive: true });
const target = path.join('bench-results', `scale-${date}.md`);
fs.writeFileSync(target, `${out}\n`);
log(`written to ${target}`);
fs.rmSync(runDir, { recursive: true, force: true });
