import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../client';
import { loadConfig } from '../../server/config';
import { isEmpty, seedDemo } from './index';

// npm run seed -- [--scale N] [--db path] [--reset]
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    db: { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
});
const config = loadConfig();
const file = values.db ?? config.databasePath;
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) throw new Error('--scale 应为正数');
if (values.reset) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
const db = openDb(file, { log: console.log });
if (!isEmpty(db)) {
  console.error(`数据库 ${file} 已有数据；如需重建请加 --reset`);
  process.exit(1);
}
const started = Date.now();
await seedDemo(db, { scale, log: console.log });
console.log(`演示数据已写入 ${file}（规模 ${scale}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
db.$client.close();
