/**
 * npm run backup -- --out DIR
 *
 * An online, consistent backup of the database and its uploads into DIR (new or empty), with a
 * manifest of SHA-256 hashes; safe while the server runs. Reads DATA_DIR / DATABASE_PATH /
 * UPLOAD_DIR like the server. Exit 0 done, 1 failed, 2 done but some registered uploads were
 * missing or damaged on disk (listed in the output and in the manifest).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { backup } from '../server/ops/backup';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('用法: npm run backup -- --out 备份目录');
  process.exit(1);
}
try {
  const manifest = await backup(loadConfig(), values.out, (m) => console.log(m));
  process.exit(manifest.unreadableUploads.length ? 2 : 0);
} catch (err) {
  console.error(`备份失败: ${(err as Error).message}`);
  process.exit(1);
}
