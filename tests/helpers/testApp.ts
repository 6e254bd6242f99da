import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { openDb, type Db } from '../../db/client';
import { createRng } from '../../db/seed/random';
import { DEMO_ACCOUNTS, seedFoundation } from '../../db/seed/foundation';
import type { SeedContext } from '../../db/seed/context';
import { createApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { loadConfig, type Config } from '../../server/config';
import type { AppContext } from '../../server/context';
import { ApiClient } from './http';

export interface TestApp {
  url: string;
  db: Db;
  ctx: AppContext;
  clock: ManualClock;
  dir: string;
  seed: SeedContext;
  /** A fresh client without a session. */
  anonymous(): ApiClient;
  /** A client signed in as a demo account (password from DEMO_ACCOUNTS unless given). */
  login(username: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/**
 * The real app on an ephemeral port with a fresh migrated database in a temp folder, the org tree
 * and the demo staff accounts in it, and a manual clock. One per test file (beforeAll).
 */
export async function startTestApp(
  opts: {
    config?: Partial<Config>;
    env?: Record<string, string>;
    clientDir?: string;
    dbFile?: string;
    liveClock?: boolean;
  } = {},
): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-test-'));
  const clock = opts.liveClock ? new ManualClock(new Date(), true) : new ManualClock();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, ...opts.env }, opts.config);
  let seed: SeedContext;
  let db: Db;
  if (opts.dbFile) {
    fs.copyFileSync(opts.dbFile, config.databasePath);
    db = openDb(config.databasePath);
    seed = { db, rng: createRng(1), scale: 1, now: clock.now(), staffIds: {}, orgIds: {}, log: () => {} };
  } else {
    db = openDb(config.databasePath);
    seed = { db, rng: createRng(7), scale: 1, now: clock.now(), staffIds: {}, orgIds: {}, log: () => {} };
    await seedFoundation(seed);
  }
  const { app, ctx } = createApp({ db, config, clock, clientDir: opts.clientDir });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    ctx,
    clock,
    dir,
    seed,
    anonymous: () => new ApiClient(url),
    async login(username, password) {
      const client = new ApiClient(url);
      const pw = password ?? DEMO_ACCOUNTS.find((a) => a.username === username)?.password;
      const res = await client.post('/api/auth/login', { username, password: pw });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return client;
    },
    async close() {
      await new Promise((r) => server.close(r));
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
