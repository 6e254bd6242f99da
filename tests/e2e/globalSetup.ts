import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '../../db/client';
import { seedDemo } from '../../db/seed';

export const CHROMIUM = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { templateDb: string; clientDir: string; browser: boolean };
  }
}

/**
 * Once per run: build the console, seed a template database with the full demo data (each browser
 * test file copies it), and decide whether Chromium is there. In CI a missing browser is a failure,
 * never a silent skip.
 */
export default async function setup(project: TestProject) {
  const browser = fs.existsSync(CHROMIUM);
  if (!browser) {
    if (process.env.CI) throw new Error(`浏览器测试需要 ${CHROMIUM}（apt-get install -y chromium）；CI 中不允许跳过`);
    console.warn(`\n\n!!! 未找到 ${CHROMIUM}：浏览器测试将被跳过（安装：apt-get install -y chromium）!!!\n\n`);
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-e2e-'));
  // Each run builds into its own folder, so parallel runs never overwrite each other's console.
  // E2E_CLIENT_DIR reuses an existing build (quicker while iterating on tests only).
  const clientDir = process.env.E2E_CLIENT_DIR ?? path.join(dir, 'client');
  if (!process.env.E2E_CLIENT_DIR) {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', clientDir],
      // vitest runs with NODE_ENV=test, which vite passes on: React's development build, a third larger
      // and several times slower to render. The tests drive the console a clerk gets: production.
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
  }
  const templateDb = path.join(dir, 'template.db');
  const db = openDb(templateDb);
  // E2E_SEED_AREAS=units,appeals seeds only those areas (plus the foundation): quicker while iterating.
  await seedDemo(db, { areas: process.env.E2E_SEED_AREAS?.split(',').filter(Boolean) });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  project.provide('e2e', { templateDb, clientDir, browser });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
