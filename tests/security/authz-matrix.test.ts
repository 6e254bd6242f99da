import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { RequestHandler } from 'express';
import { auditLogs } from '../../db/schema';
import { createApp } from '../../server/app';
import { can, type Permission } from '../../server/domain/policy';
import type { StaffRole } from '../../server/domain/roles';
import { guardedPermission } from '../../server/http/authorize';
import { staffModules } from '../../server/modules';
import type { ApiClient } from '../helpers/http';
import { startTestApp, type TestApp } from '../helpers/testApp';

/**
 * The authorization matrix: every route the app registers, called as nobody and as one demo account of
 * each role, checked against the policy table. The expectations come from API.md and POLICY, the routes
 * from the app itself, so a new route is in the matrix the day it is written.
 */

const ACCOUNTS: Record<StaffRole, string> = {
  sysadmin: 'admin',
  appeal_agent: 'kefu01',
  institution_admin: 'jigou01',
  title_reviewer: 'shenhe_unit',
  security_admin: 'secadmin',
  audit_admin: 'auditor',
};
const ROLES = Object.keys(ACCOUNTS) as StaffRole[];
// API.md: "Every other /api route but /api/health and /api/intake/* requires a session" (and signing in and out).
const PUBLIC = new Set(['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/logout']);
// Reachable by any signed-in staff member without a permission of their own: their own session, and the
// audit trail of one record, which asks the record's own access check (canSeeRecord) instead of the table.
const SESSION_ONLY = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'GET /api/audit-logs/trail']);

interface Route {
  method: string;
  path: string;
  permission?: Permission;
  kind: 'public' | 'intake' | 'staff';
}

interface Layer {
  handle: RequestHandler & { stack?: Layer[] };
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean>; stack: Layer[] };
}

function walk(stack: Layer[], prefix: string, out: Omit<Route, 'kind'>[]) {
  for (const layer of stack) {
    if (layer.route) {
      const path = (prefix + String(layer.route.path)).replace(/(.)\/$/, '$1');
      const permission = layer.route.stack.map((l) => guardedPermission(l.handle)).find(Boolean);
      for (const m of Object.keys(layer.route.methods))
        if (m !== '_all') out.push({ method: m.toUpperCase(), path, permission });
    } else if (layer.handle.stack) {
      walk(
        layer.handle.stack,
        prefix + (typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''),
        out,
      );
    }
  }
}

function registeredRoutes(t: TestApp): Route[] {
  const { app } = createApp({ db: t.db, config: t.ctx.config, clock: t.clock });
  const found: Omit<Route, 'kind'>[] = [];
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', found);
  return found
    .filter((r) => r.path.startsWith('/api/'))
    .map((r) => ({
      ...r,
      kind: PUBLIC.has(`${r.method} ${r.path}`) ? 'public' : r.path.startsWith('/api/intake/') ? 'intake' : 'staff',
    }));
}

/** A harmless request: ids that do not exist, an empty body. */
const call = (c: ApiClient, r: Route) =>
  c.request(
    r.method,
    r.path.replace(/:\w+/g, '999999').replace(/\*\w+/g, 'x').replace(/[{}]/g, ''),
    ['GET', 'HEAD', 'DELETE'].includes(r.method) ? undefined : {},
  );

const callers = ['anonymous', ...ROLES] as const;
type Caller = (typeof callers)[number];

/** Which statuses the contract allows; undefined where the policy lets the caller try (its answer is the service's business). */
function expected(r: Route, who: Caller): number[] | undefined {
  if (r.kind === 'public') return undefined;
  if (r.kind === 'intake') return [401, 429];
  if (who === 'anonymous') return [401];
  if (SESSION_ONLY.has(`${r.method} ${r.path}`)) return undefined;
  return r.permission && can({ roles: [who] }, r.permission) ? undefined : [403];
}

let t: TestApp;
let routes: Route[];
const clients = {} as Record<Caller, ApiClient>;
const status = new Map<string, number>();
const key = (r: Route, who: Caller) => `${r.method} ${r.path} ${who}`;
let auditRowsWrittenByRefusedCalls = -1;

beforeAll(async () => {
  t = await startTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
  routes = registeredRoutes(t);
  clients.anonymous = t.anonymous();
  for (const role of ROLES) clients[role] = await t.login(ACCOUNTS[role]);

  const refused = routes.flatMap((r) =>
    callers.filter((who) => expected(r, who) !== undefined).map((who) => [r, who] as const),
  );
  // Public routes only anonymously: a logout would end the role's session for the rest of the matrix.
  const publicCalls = routes.filter((r) => r.kind === 'public').map((r) => [r, 'anonymous'] as const);
  const auditRows = () => t.db.select({ n: count() }).from(auditLogs).get()!.n;
  const before = auditRows();
  for (const [r, who] of [...refused, ...publicCalls]) status.set(key(r, who), (await call(clients[who], r)).status);
  auditRowsWrittenByRefusedCalls = auditRows() - before;

  const tried = routes.flatMap((r) =>
    ROLES.filter((who) => r.kind === 'staff' && expected(r, who) === undefined).map((who) => [r, who] as const),
  );
  for (const [r, who] of tried) status.set(key(r, who), (await call(clients[who], r)).status);
}, 180_000);
afterAll(() => t?.close());

function table(mark: (r: Route, who: Caller, s: number | undefined) => boolean) {
  const head = ['route', 'permission', ...callers].join(' | ');
  const lines = routes.map((r) =>
    [
      `${r.method} ${r.path}`,
      r.permission ?? `(${r.kind})`,
      ...callers.map((who) => {
        const s = status.get(key(r, who));
        return `${s ?? '-'}${mark(r, who, s) ? ' ✗' : ''}`;
      }),
    ].join(' | '),
  );
  return [head, ...lines].join('\n');
}

describe('authorization matrix (every registered route × anonymous and each role)', () => {
  it('when the routes are read from the app, then every staff module is there and the guards name their permissions', () => {
    expect(routes.length).toBeGreaterThan(60);
    for (const [p] of staffModules)
      expect(
        routes.some((r) => r.path.startsWith(`/api/${p}`)),
        p,
      ).toBe(true);
    expect(routes).toContainEqual({ method: 'GET', path: '/api/staff', permission: 'staff.read', kind: 'staff' });
    expect(routes).toContainEqual({
      method: 'POST',
      path: '/api/units/:id/freeze',
      permission: 'units.freeze',
      kind: 'staff',
    });
    expect(routes.filter((r) => r.kind === 'intake').length).toBeGreaterThanOrEqual(4);
  });

  it("then every staff route goes through the policy table (an authorize() guard) unless it is the caller's own session or a record's trail", () => {
    const unguarded = routes.filter(
      (r) => r.kind === 'staff' && !r.permission && !SESSION_ONLY.has(`${r.method} ${r.path}`),
    );
    expect(unguarded.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('then nobody gets an answer the policy does not allow: anonymous 401 on staff routes, 403 for roles without the permission, intake 401/429 without the key', () => {
    const wrong = (r: Route, who: Caller, s: number | undefined) => {
      const allowed = expected(r, who);
      return allowed !== undefined && (s === undefined || !allowed.includes(s));
    };
    const problems = routes.flatMap((r) =>
      callers.filter((who) => wrong(r, who, status.get(key(r, who)))).map((who) => key(r, who)),
    );
    expect(problems, `route × caller → status (✗ not allowed by the policy)\n${table(wrong)}`).toEqual([]);
  });

  it('then the refused calls wrote nothing to the audit log', () => {
    expect(auditRowsWrittenByRefusedCalls).toBe(0);
  });

  it('then no harmless request (unknown ids, an empty body) makes any route fail with 5xx', () => {
    const failed = (_r: Route, _who: Caller, s: number | undefined) => s !== undefined && s >= 500;
    const problems = routes.flatMap((r) =>
      callers.filter((who) => failed(r, who, status.get(key(r, who)))).map((who) => key(r, who)),
    );
    expect(problems, `route × caller → status (✗ 5xx)\n${table(failed)}`).toEqual([]);
  });
});
