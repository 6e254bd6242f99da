import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/client';
import { isEmpty, seedDemo } from '../db/seed';
import { DEMO_ACCOUNTS } from '../db/seed/foundation';
import { loadConfig, type Config } from './config';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Config, migrated database and (outside production, on an empty file) the demo data. */
export async function boot(): Promise<{ config: Config; db: ReturnType<typeof openDb> }> {
  const config = loadConfig();
  const db = openDb(config.databasePath, { log: (m) => console.log(m) });
  if (config.seedDemo && isEmpty(db)) {
    console.log('空数据库：正在生成演示数据…');
    await seedDemo(db, { log: (m) => console.log(`  ${m}`) });
  }
  return { config, db };
}

export function printWelcome(config: Config, url: string) {
  console.log(`\n人社网上办事大厅 · 工作人员后台已启动: ${url}`);
  console.log(`数据库: ${config.databasePath}`);
  if (!config.production) {
    console.log('演示账号:');
    for (const a of DEMO_ACCOUNTS.filter((x) => !/\d$/.test(x.username) || /01$/.test(x.username) || x.username === 'kefu02')) {
      console.log(`  ${a.username.padEnd(12)} ${a.password.padEnd(12)} ${a.roles.join(',')}`);
    }
    console.log(`对接密钥 (X-Intake-Key): ${config.intakeKey}`);
  }
}
