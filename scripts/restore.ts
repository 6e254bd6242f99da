/**
 * npm run restore -- --from DIR [--force]
 *
 * Checks a backup's manifest (every SHA-256), then restores its database and uploads into
 * DATABASE_PATH / UPLOAD_DIR (read like the server) and runs integrity_check. Refuses a target
 * that already holds data unless --force. Stop the server first.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { restore } from '../server/ops/restore';

const { values } = parseArgs({ options: { from: { type: 'string' }, force: { type: 'boolean', default: false } } });
if (!values.from) {
  console.error('用法: npm run restore -- --from 备份目录 [--force]');
  process.exit(1);
}
try {
  await restore(loadConfig(), values.from, { force: values.force, log: (m) => console.log(m) });
} catch (err) {
  console.error(`恢复失败: ${(err as Error).message}`);
  process.exit(1);
}
