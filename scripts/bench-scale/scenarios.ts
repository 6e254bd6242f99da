import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import type { Stat } from './report';

export const ACCOUNTS = {
  jigou01: 'Jigou@2026',
  kefu01: 'Kefu@2026',
  shenhe_city: 'Shenhe@2026',
  admin: 'Admin@2026',
  // 三员分立: only the audit administrator reads the log (#14).
  auditor: 'Auditor@2026',
} as const;
export type Role = keyof typeof ACCOUNTS;

/** A server as the scenarios see it: its address and the headers that make a request someone's. */
export interface Target {
  url: string;
  headers: (role: Role) => Record<string, string>;
}

export interface ListScenario {
  key: string;
  what: string;
  role: Role;
  path: string;
  /** Compared with this scenario's p50 for the "any page ≤ 2× page 1" target. */
  pageOf?: string;
  search?: boolean;
}

const list = (resource: string, sort: [string, string], filter: Record<string, unknown>, start = 0) =>
  `/api/${resource}?${new URLSearchParams({ sort: JSON.stringify(sort), range: JSON.stringify([start, start + 24]), filter: JSON.stringify(filter) })}`;

/** What the fixture holds, read once, so scenarios name real rows (a common name, write pools). */
export interface FixtureFacts {
  rows: number;
  cityOrgId: number;
  commonApplicant: string;
  reviewPool: { id: number; version: number }[];
  approvePool: { id: number; version: number }[];
  /** Up to twice 10,000: the two servers write to one copy, so each batches its own half. */
  batchIds: number[];
}

export function factsOf(file: string, rows: number): FixtureFacts {
  const db = new Database(file, { readonly: true });
  try {
    const city = db.prepare(`SELECT org_id AS id FROM staff WHERE username = 'shenhe_city'`).get() as { id: number };
    const name = db
      .prepare(
        'SELECT applicant_name AS n FROM title_applications WHERE length(applicant_name) = 3 GROUP BY applicant_name ORDER BY count(*) DESC LIMIT 1',
      )
      .get() as { n: string } | undefined;
    return {
      rows,
      cityOrgId: city.id,
      commonApplicant: name?.n ?? '王子涵',
      reviewPool: db
        .prepare(
          `SELECT id, version FROM title_applications WHERE current_org_id = ? AND status = 'pending' AND assignee_id IS NULL ORDER BY id LIMIT 20000`,
        )
        .all(city.id) as FixtureFacts['reviewPool'],
      approvePool: db
        .prepare(
          `SELECT a.id, a.version FROM appeals a JOIN staff s ON s.id = a.assignee_id WHERE s.username = 'kefu01' AND a.status = 'processing' AND a.type = 'assisted_registration' ORDER BY a.id LIMIT 20000`,
        )
        .all() as FixtureFacts['approvePool'],
      // A batch must start from one org and go to one org: the city's 副高级/正高级 waiting to go to the province.
      batchIds: (
        db
          .prepare(
            `SELECT id FROM title_applications WHERE current_org_id = ? AND status = 'awaiting_submission' AND json_array_length(chain) > current_step + 1 ORDER BY id LIMIT 20000`,
          )
          .all(city.id) as { id: number }[]
      ).map((r) => r.id),
    };
  } finally {
    db.close();
  }
}

export function listScenarios(f: FixtureFacts): ListScenario[] {
  const deep = Math.min(500_000, Math.floor(f.rows / 2));
  const deepLabel = deep.toLocaleString('en');
  const t = (filter: Record<string, unknown>, start = 0) =>
    list('title-applications', ['submittedAt', 'ASC'], filter, start);
  const titleDefault = { status: 'pending', currentOrgId: 'mine' };
  return [
    { key: 'units', what: 'units, default view', role: 'jigou01', path: list('units', ['id', 'DESC'], {}) },
    {
      key: 'units',
      what: 'units status=active',
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], { status: 'active' }),
    },
    {
      key: 'units',
      what: 'units page 400 (offset 9,975)',
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], {}, 9975),
      pageOf: 'units, default view',
    },
    {
      key: 'units',
      what: 'units active page 400',
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], { status: 'active' }, 9975),
      pageOf: 'units status=active',
    },
    {
      key: 'units',
      what: `units offset ${deepLabel}`,
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], {}, deep),
      pageOf: 'units, default view',
    },
    {
      key: 'units',
      what: `units active offset ${deepLabel}`,
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], { status: 'active' }, deep),
      pageOf: 'units status=active',
    },
    {
      key: 'units',
      what: 'units q=华信科 (common)',
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], { q: '华信科' }),
      search: true,
    },
    {
      key: 'units',
      what: 'units q=鲸鱼港 (absent)',
      role: 'jigou01',
      path: list('units', ['id', 'DESC'], { q: '鲸鱼港' }),
      search: true,
    },
    {
      key: 'appeals',
      what: 'appeals, default "open" (kefu01)',
      role: 'kefu01',
      path: list('appeals', ['dueDate', 'ASC'], { status: 'open' }),
    },
    {
      key: 'appeals',
      what: 'appeals status=approved',
      role: 'kefu01',
      path: list('appeals', ['dueDate', 'ASC'], { status: 'approved' }),
    },
    {
      key: 'appeals',
      what: `appeals approved offset ${deepLabel}`,
      role: 'kefu01',
      path: list('appeals', ['dueDate', 'ASC'], { status: 'approved' }, Math.floor(deep / 2)),
      pageOf: 'appeals status=approved',
    },
    {
      key: 'appeals',
      what: 'appeals q=华信科 (common)',
      role: 'kefu01',
      path: list('appeals', ['dueDate', 'ASC'], { q: '华信科' }),
      search: true,
    },
    {
      key: 'appeals',
      what: 'appeals q=鲸鱼港 (absent)',
      role: 'kefu01',
      path: list('appeals', ['dueDate', 'ASC'], { q: '鲸鱼港' }),
      search: true,
    },
    {
      key: 'titles',
      what: 'titles, default view (shenhe_city)',
      role: 'shenhe_city',
      path: t(titleDefault),
    },
    {
      key: 'titles',
      what: 'titles default page 400',
      role: 'shenhe_city',
      path: t(titleDefault, 9975),
      pageOf: 'titles, default view (shenhe_city)',
    },
    {
      key: 'titles',
      what: 'titles status=returned',
      role: 'shenhe_city',
      path: t({ status: 'returned' }),
    },
    {
      key: 'titles',
      what: 'titles plan 1, pending',
      role: 'shenhe_city',
      path: t({ planId: 1, status: 'pending' }),
    },
    {
      key: 'titles',
      what: `titles q=${f.commonApplicant} (common)`,
      role: 'shenhe_city',
      path: t({ q: f.commonApplicant }),
      search: true,
    },
    {
      key: 'titles',
      what: 'titles q=鲸鱼港 (absent)',
      role: 'shenhe_city',
      path: t({ q: '鲸鱼港' }),
      search: true,
    },
    {
      key: 'audit',
      what: 'audit-logs, default view (auditor)',
      role: 'auditor',
      path: list('audit-logs', ['id', 'DESC'], {}),
    },
  ];
}

/** autocannon for `seconds` at `connections`; a 400 on every request is a refusal (the offset cap), not errors. */
export async function load(
  target: Target,
  role: Role,
  path: string,
  connections: number,
  seconds: number,
  extra: Record<string, string> = {},
): Promise<Stat> {
  const r = await autocannon({
    url: target.url + path,
    connections,
    duration: seconds,
    headers: { ...target.headers(role), ...extra },
    timeout: 10,
  });
  await drained(target);
  return fromResult(r);
}

/**
 * Waits until the server has worked off what a run left queued: autocannon stops sending at the end of
 * its duration, but requests already sent to a single-threaded server are still answered one by one, and
 * would otherwise be charged to the next scenario (which then sees nothing answered at all).
 */
export async function drained(target: Target) {
  await fetch(`${target.url}/api/bench-drain`, { signal: AbortSignal.timeout(300_000) })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined);
}

function fromResult(r: autocannon.Result): Stat {
  const status4xx = r['4xx'] ?? 0;
  const refused =
    r.requests.total > 0 && status4xx === r.requests.total && r['2xx'] === 0 ? 'refused (capped)' : undefined;
  const resets = (r as unknown as { resets?: number }).resets ?? 0;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: refused ? 0 : r.non2xx + r.errors + r.timeouts + resets,
    refused,
  };
}

export async function firstResponse(target: Target, role: Role, path: string, extra: Record<string, string> = {}) {
  const res = await fetch(target.url + path, { headers: { ...target.headers(role), ...extra } });
  return { status: res.status, contentRange: res.headers.get('content-range'), body: (await res.json()) as unknown };
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Single writes one after another (what a clerk's click costs), each on a fresh record from the pool. */
export async function sequentialWrites(
  target: Target,
  role: Role,
  pool: { id: number; version: number }[],
  path: (id: number) => string,
  body: Record<string, unknown>,
): Promise<Stat> {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (const rec of pool) {
    const t0 = performance.now();
    const res = await fetch(target.url + path(rec.id), {
      method: 'POST',
      headers: { ...target.headers(role), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, version: rec.version }),
    });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status !== 200) errors++;
  }
  const wall = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { rps: pool.length / wall, p50: pct(times, 0.5), p99: pct(times, 0.99), errors };
}

/** Once: the time of one request and its status (a batch of 10,000). */
export async function once(
  target: Target,
  role: Role,
  path: string,
  init: RequestInit,
  okStatus: number,
): Promise<Stat> {
  const t0 = performance.now();
  const res = await fetch(target.url + path, {
    ...init,
    headers: { ...target.headers(role), ...(init.headers as Record<string, string>) },
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  if (res.status === 400)
    return {
      rps: 0,
      p50: ms,
      p99: ms,
      errors: 0,
      refused: `refused 400: ${(JSON.parse(text) as { message?: string }).message ?? ''}`.slice(0, 60),
    };
  return { rps: 1000 / ms, p50: ms, p99: ms, errors: res.status === okStatus ? 0 : 1 };
}

/**
 * Reads and writes mixed at `connections`: per connection a units page, the city's title queue and one
 * review of the next application in the pool (ids are handed out once; when the pool runs dry the
 * writes answer 409 and count as errors, so size the pool to the run).
 */
export async function mixed(
  target: Target,
  pool: { id: number; version: number }[],
  connections: number,
  seconds: number,
): Promise<Stat> {
  let next = 0;
  const reviewer = target.headers('shenhe_city');
  const r = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      { method: 'GET', path: list('units', ['id', 'DESC'], {}), headers: target.headers('jigou01') },
      {
        method: 'GET',
        path: list('title-applications', ['submittedAt', 'ASC'], { status: 'pending', currentOrgId: 'mine' }),
        headers: reviewer,
      },
      {
        method: 'POST',
        setupRequest: (req) => {
          const rec = pool[next++ % Math.max(1, pool.length)];
          return {
            ...req,
            path: `/api/title-applications/${rec?.id ?? 0}/review`,
            headers: { ...reviewer, 'Content-Type': 'application/json' },
            body: JSON.stringify({ result: 'pass', opinion: '同意', moduleErrors: [], version: rec?.version ?? 1 }),
          };
        },
      },
    ],
  });
  await drained(target);
  return fromResult(r);
}
