import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TestApp } from '../helpers/testApp';
import { SETTINGS } from '../../server/domain/settings';
import { startDemoApp } from './demoApp';
import { RawSession, type RawResult } from './raw';

/**
 * Issue 11 item 4: whatever a client sends — in sort/filter/range or as a body — the answer is never a
 * 5xx, and a refused request (4xx) writes nothing. Routes come from the app's own router, so a new one is
 * fuzzed without anyone listing it. FUZZ_RUNS (default 50) is the runs per list; the ~60 mutating routes get
 * half as many and the other GETs a fifth, so the file stays near a minute on a busy 2-core machine.
 * FC_SEED replays a failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const INTAKE_KEY = 'demo-intake-key';
const STAFF = ['admin', 'kefu01', 'jigou01', 'shenhe_unit', 'secadmin', 'auditor'];
// Logging out or changing the password would end the sessions the fuzz is using.
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/auth/password']);

interface Route {
  method: string;
  path: string;
}

let t: TestApp;
let routes: Route[];
const sessions: Record<string, RawSession> = {};
/** Who reaches each route (not 401/403 on a harmless probe); intake routes are reached with the key. */
const reachedBy = new Map<string, string[]>();
/** GET routes whose probe answered with Content-Range: the simple-rest lists. */
const listPaths = new Set<string>();

beforeAll(async () => {
  t = await startDemoApp();
  routes = routesOf(await appOf(t));
  for (const u of STAFF) sessions[u] = await RawSession.login(t.url, u);
  sessions.anonymous = RawSession.anonymous(t.url);
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    if (SKIPPED.has(key)) continue;
    if (r.path.startsWith('/api/intake/') || r.path === '/api/auth/login' || r.path === '/api/health') {
      reachedBy.set(key, ['anonymous']);
      continue;
    }
    const who: string[] = [];
    for (const u of STAFF) {
      const probe = await send(
        u,
        r.method,
        fillPath(r.path, () => '999999'),
        r.method === 'GET' ? undefined : { body: '{}', type: 'application/json' },
      );
      if (probe.status !== 401 && probe.status !== 403) who.push(u);
      if (r.method === 'GET' && probe.headers.get('content-range')) listPaths.add(r.path);
    }
    reachedBy.set(key, who);
  }
}, 120_000);
afterAll(() => t?.close());

/** The same Express app the test server runs, rebuilt over the same database (createApp is pure wiring). */
async function appOf(app: TestApp) {
  const { createApp } = await import('../../server/app');
  return createApp({ db: app.db, config: app.ctx.config, clock: app.clock }).app;
}

/** Every route of the app, walked from its router stack. */
function routesOf(app: unknown): Route[] {
  const out: Route[] = [];
  const walk = (stack: any[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods))
          out.push({ method: method.toUpperCase(), path: (prefix + layer.route.path).replace(/(.)\/$/, '$1') });
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix + (layer.rawPath === '/' ? '' : String(layer.rawPath)));
      }
    }
  };
  walk((app as { router: { stack: unknown[] } }).router.stack, '');
  return out;
}

const fillPath = (path: string, value: (name: string) => string) =>
  path.replace(/:(\w+)/g, (_m, name: string) => value(name));

function send(
  who: string,
  method: string,
  path: string,
  body?: { body: string | Buffer; type?: string; encoding?: string },
): Promise<RawResult> {
  const headers: Record<string, string> = {};
  if (path.startsWith('/api/intake/')) headers['x-intake-key'] = INTAKE_KEY;
  if (body?.type) headers['content-type'] = body.type;
  if (body?.encoding) headers['content-encoding'] = body.encoding;
  return sessions[who].send(method, path, body?.body, headers);
}

/** Rows in the tables a refused request must leave alone. */
const WATCHED = [
  'audit_logs',
  'units',
  'operators',
  'appeals',
  'institutions',
  'title_applications',
  'notifications',
  'files',
  'settings',
  'staff',
  'orgs',
  'legacy_accounts',
];
const countsStmt = () =>
  t.db.$client.prepare(`SELECT ${WATCHED.map((n) => `(SELECT count(*) FROM ${n}) AS ${n}`).join(', ')}`);
const counts = () => countsStmt().get() as Record<string, number>;

// ---- what a hostile or broken client sends ----

const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const FIELDS = [
  'id',
  'q',
  'status',
  'assigneeId',
  'currentOrgId',
  'planId',
  'unitId',
  'createdAt_gte',
  'submittedAt_lte',
  'version',
  'ids',
  'reason',
  'name',
  'idNumber',
  'phone',
  'value',
  'result',
  'opinion',
  'moduleErrors',
  'adminQuota',
  'operatorQuota',
  'role',
  'applicant',
  'modules',
  'levels',
  'startDate',
  'endDate',
  'changes',
  'materials',
  'note',
  'text',
  'username',
  'password',
  'adminIdNumber',
  'returnTo',
];
const hugeNumber = fc.constantFrom(1e20, -1, -0, 0.5, 2 ** 53, 2 ** 63, Number.MAX_SAFE_INTEGER, 1e308, 999999);
const oddString = fc.constantFrom(
  'NaN',
  'Infinity',
  '-1',
  '1e20',
  '',
  ' ',
  '%',
  '%E0%A4%A',
  '\u0000',
  '🙂',
  '1 OR 1=1',
  "'; DROP TABLE units; --",
  'mine',
  'unassigned',
  'open',
  'true',
  '[object Object]',
  ...PROTO,
);
const key = fc.oneof(fc.constantFrom(...PROTO), fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 }));
const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hugeNumber, oddString, fc.constant(null));

/** JSON text built by hand, so `__proto__` and friends arrive as own keys exactly as a client would send them. */
const objectText = (value: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(key, value), { maxLength: 6 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
const valueText: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map((x) => JSON.stringify(x) ?? 'null'),
    objectText(tie('v')),
    fc.array(tie('v'), { maxLength: 3 }).map((xs) => `[${xs.join(',')}]`),
  ),
})).v;
const malformed = fc.constantFrom(
  '{',
  '[1,',
  '{"a":}',
  'undefined',
  "{'a':1}",
  '%7B%22a%22',
  '%E0%A4%A',
  '\uFEFF{}',
  'null',
  '{"a":1}}',
);

const sortParam = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...PROTO),
        fc.constantFrom('id', 'name', 'createdAt', 'status'),
        fc.string({ maxLength: 6 }),
      ),
      fc.oneof(fc.constantFrom('ASC', 'DESC', 'asc'), leaf),
    )
    .map((x) => JSON.stringify(x)),
  valueText,
  malformed,
);
const rangeParam = fc.oneof(
  fc.tuple(fc.oneof(fc.nat(20_000), hugeNumber), fc.oneof(fc.nat(20_000), hugeNumber)).map((x) => JSON.stringify(x)),
  fc.constantFrom('[1e20,1e20]', '[0,1e20]', '[-5,-1]', '["0","9"]', '[NaN,1]', '[0]', '[0,1,2]', '{}'),
  valueText,
  malformed,
);
const filterParam = fc.oneof(objectText(valueText), valueText, malformed);

/** A query string: each of sort/range/filter present or not; some values raw (malformed %-escapes on purpose). */
const listQuery = fc
  .record({
    sort: fc.option(sortParam),
    range: fc.option(rangeParam),
    filter: fc.option(filterParam),
    raw: fc.boolean(),
  })
  .map(({ sort, range, filter, raw }) =>
    Object.entries({ sort, range, filter })
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}=${raw ? String(v).replace(/[#&\s]/g, encodeURIComponent) : encodeURIComponent(String(v))}`)
      .join('&'),
  );

const pathValue = (name: string) =>
  name === 'key'
    ? fc.oneof(
        fc.constantFrom(...Object.keys(SETTINGS)),
        fc.constantFrom(...PROTO),
        fc.constantFrom('%E0%A4%A', '%', 'x'),
      )
    : fc.oneof(
        fc.integer({ min: 1, max: 6 }).map(String),
        fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999999999999', 'abc', '%E0%A4%A', '%', ...PROTO),
      );

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
];
const body = fc.oneof(
  { weight: 4, arbitrary: objectText(valueText).map((b) => ({ body: b, type: 'application/json' })) },
  { weight: 2, arbitrary: valueText.map((b) => ({ body: b, type: 'application/json' })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.oneof(malformed, valueText, fc.string({ maxLength: 40 })), fc.constantFrom(...CONTENT_TYPES))
      .map(([b, type]) => ({ body: b, type })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('not gzip', '{"version":1}')
      .map((b) => ({ body: b, type: 'application/json', encoding: 'gzip' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(objectText(valueText), fc.constantFrom('gzip', 'deflate', 'br', 'compress'))
      .map(([b, encoding]) => ({ body: gzipSync(b), type: 'application/json', encoding })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated', '--x\r\n\r\n--x--')
      .map((b) => ({ body: b, type: 'multipart/form-data; boundary=x' })),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

// ---- the property, per route ----

async function fuzzRoute(
  route: Route,
  runs: number,
  arb: fc.Arbitrary<{ who: string; path: string; body?: { body: string | Buffer; type?: string; encoding?: string } }>,
) {
  await fc.assert(
    fc.asyncProperty(arb, async ({ who, path, body }) => {
      const before = counts();
      const res = await send(who, route.method, path, body);
      expect(
        res.status,
        `${route.method} ${path} as ${who} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
      ).toBeLessThan(500);
      if (res.status >= 400)
        expect(counts(), `${route.method} ${path} as ${who} answered ${res.status} but wrote`).toEqual(before);
    }),
    { numRuns: Math.max(1, Math.round(runs)), seed: SEED, endOnFailure: true },
  );
}

const whoFor = (route: Route) => fc.constantFrom(...(reachedBy.get(`${route.method} ${route.path}`) ?? []));
const concretePath = (route: Route) => {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return fc.tuple(...names.map(pathValue)).map((values) => {
    let i = 0;
    return fillPath(route.path, () => values[i++]);
  });
};
const reachable = (route: Route) => (reachedBy.get(`${route.method} ${route.path}`) ?? []).length > 0;
const lists = () => routes.filter((r) => r.method === 'GET' && listPaths.has(r.path));

describe('fuzz: never a 5xx, and a refused request writes nothing', () => {
  it('finds the app’s routes: all 21 lists and the mutating routes, each reached by some role', () => {
    expect(
      lists()
        .map((r) => r.path.slice(5))
        .sort(),
    ).toEqual(
      [
        'appeals',
        'audit-logs',
        'audit-opinions',
        'business-items',
        'delegations',
        'institutions',
        'legacy-accounts',
        'notifications',
        'operators',
        'orgs',
        'reject-reasons',
        'seal-grants',
        'seals',
        'settings',
        'sign-in-events',
        'staff',
        'submission-batches',
        'title-applications',
        'title-plans',
        'units',
        'work-calendar',
      ].sort(),
    );
    const mutating = routes.filter((r) => r.method !== 'GET' && !SKIPPED.has(`${r.method} ${r.path}`));
    expect(mutating.length).toBeGreaterThan(50);
    expect(mutating.filter((r) => !reachable(r)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('every list’s sort, range and filter', { timeout: 120_000 }, async () => {
    for (const route of lists()) {
      await fuzzRoute(route, RUNS, fc.record({ who: whoFor(route), path: listQuery.map((q) => `${route.path}?${q}`) }));
    }
  });

  it('every other GET route’s path and query', { timeout: 120_000 }, async () => {
    const others = routes.filter((r) => r.method === 'GET' && !lists().includes(r) && reachable(r));
    for (const route of others) {
      await fuzzRoute(
        route,
        RUNS / 5,
        fc.record({ who: whoFor(route), path: fc.tuple(concretePath(route), listQuery).map(([p, q]) => `${p}?${q}`) }),
      );
    }
  });

  it('every mutating route’s path and body', { timeout: 180_000 }, async () => {
    const mutating = routes.filter((r) => r.method !== 'GET' && reachable(r));
    for (const route of mutating) {
      await fuzzRoute(route, RUNS / 2, fc.record({ who: whoFor(route), path: concretePath(route), body }));
    }
  });
});
