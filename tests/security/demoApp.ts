import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../../db/client';
import { seedDemo } from '../../db/seed/index';
import { ManualClock } from '../../server/clock';
import { startTestApp, type TestApp } from '../helpers/testApp';

/**
 * The real app on a small copy of the demo data (every area, 5 % of its size, "today" the test clock's),
 * so security checks meet real units, appeals, institutions and title applications in every state.
 */
export async function startDemoApp(scale = 0.05): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-demo-'));
  const file = path.join(dir, 'demo.db');
  const db = openDb(file);
  await seedDemo(db, { scale, now: new ManualClock().now() });
  db.$client.close();
  try {
    return await startTestApp({ dbFile: file });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
