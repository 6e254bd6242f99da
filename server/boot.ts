import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, optimize } from '../db/client';
import { isEmpty, seedDemo } from '../db/seed';
import { DEMO_ACCOUNTS } from '../db/seed/foundation';
import { loadConfig, type Config } from './config';
import { describeSweep, sweepUploads } from './files/sweep';

const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Config, migrated database, (outside production, on an empty file) the demo data, and the upload
 * folder swept of what a crash left behind. Tests pass their own environment and log.
 */
export async function boot(
  opts: { env?: NodeJS.ProcessEnv; log?: (m: string) => void } = {},
): Promise<{ config: Config; db: ReturnType<typeof openDb> }> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const config = loadConfig(opts.env);
  const db = openDb(config.databasePath, { log });
  if (config.seedDemo && isEmpty(db)) {
    log('空数据库：正在生成演示数据…');
    await seedDemo(db, { log: (m) => log(`  ${m}`) });
  }
  log(describeSweep(config.uploadDir, sweepUploads(db, config.uploadDir)));
  // The statistics drift as the tables grow; unref'd so it never keeps the process alive.
  const timer = setInterval(() => {
    if (db.$client.open) optimize(db.$client);
  }, OPTIMIZE_EVERY_MS);
  timer.unref();
  return { config, db };
}

export function printWelcome(config: Config, url: string) {
  console.log(`\n人社网上办事大厅 · 工作人员后台已启动: ${url}`);
  console.log(`数据库: ${config.databasePath}`);
  if (!config.production) {
    console.log('演示账号:');
    for (const a of DEMO_ACCOUNTS.filter(
      (x) => !/\d$/.test(x.username) || /01$/.test(x.username) || x.username === 'kefu02',
    )) {
      console.log(`  ${a.username.padEnd(12)} ${a.password.padEnd(12)} ${a.roles.join(',')}`);
    }
    console.log(`对接密钥 (X-Intake-Key): ${config.intakeKey}`);
  }
}
