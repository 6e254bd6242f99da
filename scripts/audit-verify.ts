/**
 * npm run audit:verify
 *
 * Walks the audit log's hash chain in the database the server would open (DATABASE_PATH / DATA_DIR).
 * Exit 0: intact. Exit 1: the first row whose content or link was changed is named. Exit 2: no database.
 * The head hash it prints is worth keeping somewhere else: rows cut from the end of the log leave no break
 * in the chain, only a head that no longer matches the one written down.
 */
import fs from 'node:fs';
import { openDb } from '../db/client';
import { foundationZh } from '../client/i18n/zh/foundation';
import { loadConfig } from '../server/config';
import { verifyAuditChain } from '../server/modules/audit-logs/audit-logs.service';

// The console's wording for each fault, so the command and the 审计日志 screen say the same thing.
const REASONS = foundationZh.auditLogs.chain.reasons;
const PROGRESS_EVERY = 100_000;

const file = loadConfig().databasePath;
if (!fs.existsSync(file)) {
  console.error(`找不到数据库 ${file}`);
  process.exit(2);
}
const db = openDb(file, { migrate: false });
console.log(`校验审计日志哈希链：${file}`);
const started = Date.now();
let reported = 0;
const result = await verifyAuditChain(db, (n) => {
  if (n - reported < PROGRESS_EVERY) return;
  reported = n;
  console.log(`  已校验 ${n} 条…`);
});
db.$client.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const legacy = result.legacy ? `；另有 ${result.legacy} 条记录早于哈希链，无法校验` : '';
if (result.ok) {
  console.log(`审计日志链完整：已校验 ${result.checked} 条（${seconds} 秒）${legacy}`);
  if (result.headId != null) console.log(`最后一条 #${result.headId} 的哈希 ${result.headHash}`);
} else {
  console.error(
    `审计日志链被破坏：第 ${result.firstBadId} 条记录（#${result.firstBadId}）${REASONS[result.reason]}；此前 ${result.checked} 条完好${legacy}`,
  );
  process.exit(1);
}
