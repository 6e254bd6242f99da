import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, ensureFixture } from '../../scripts/bench-scale/fixture';
import {
  ACCOUNTS,
  factsOf,
  firstResponse,
  listScenarios,
  load,
  type FixtureFacts,
  type Role,
  type Target,
} from '../../scripts/bench-scale/scenarios';
import { login, startApp, startRaw, type Served } from '../../scripts/bench-scale/servers';

// npm run bench:scale compares the app with a raw server that claims to run the same SQL and send the
// same JSON; this keeps the claim checked (and the script from rotting) on a 500-row fixture.
const SCALE = 0.0005;
let dir: string;
let servers: Served[] = [];
let app: Target;
let raw: Target;
let facts: FixtureFacts;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-bench-smoke-'));
  const fixture = await ensureFixture(path.join(dir, 'fixture'), SCALE, () => {});
  const file = copyFixture(fixture.file, dir);
  facts = factsOf(file, 500);
  servers = await Promise.all([startApp(file, dir), startRaw(file)]);
  const cookies = Object.fromEntries(
    await Promise.all(Object.entries(ACCOUNTS).map(async ([u, p]) => [u, await login(servers[0].url, u, p)] as const)),
  ) as Record<Role, string>;
  app = { url: servers[0].url, headers: (role) => ({ cookie: cookies[role] }) };
  raw = { url: servers[1].url, headers: (role) => ({ 'x-actor': role }) };
});

afterAll(() => {
  for (const s of servers) s.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bench:scale at a tiny scale', () => {
  it('when the fixture is asked for again at the same scale, then the file is reused', async () => {
    const again = await ensureFixture(path.join(dir, 'fixture'), SCALE, () => {});
    expect(again.reused).toBe(true);
  });

  it('when both servers answer each list scenario, then both say 200 with the same rows and the same Content-Range', async () => {
    const scenarios = listScenarios(facts);
    expect(scenarios.length).toBeGreaterThan(10);
    let nonEmpty = 0;
    for (const s of scenarios) {
      const a = await firstResponse(app, s.role, s.path);
      const r = await firstResponse(raw, s.role, s.path);
      expect({ what: s.what, status: r.status, contentRange: r.contentRange, body: r.body }).toEqual({
        what: s.what,
        status: a.status,
        contentRange: a.contentRange,
        body: a.body,
      });
      expect(a.status, s.what).toBe(200);
      if ((a.body as unknown[]).length) nonEmpty++;
    }
    // Comparing empty lists would prove nothing: most scenarios must return rows at this scale.
    expect(nonEmpty).toBeGreaterThan(scenarios.length / 2);
  });

  it('when autocannon loads one scenario for a second, then both servers answer without errors', async () => {
    const s = listScenarios(facts)[0];
    for (const target of [app, raw]) {
      const stat = await load(target, s.role, s.path, 2, 1);
      expect(stat).toMatchObject({ errors: 0 });
      expect(stat.rps).toBeGreaterThan(0);
    }
  });
});
