/**
 * npm run bench:legacy-import [-- --rows 100000]
 *
 * Issue 14: a city's 100,000 legacy accounts must import in under a minute. Generates the rows once,
 * writes them as .csv and as .xlsx, posts each file to the real app (multipart, signed in as jigou01,
 * fresh migrated database each time) and times the answer; then inserts the same rows straight into
 * an empty migrated database with one prepared better-sqlite3 statement in one transaction, and prints
 * each time and its ratio to that raw insert. Exits 1 when an import takes a minute or more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { openDb } from '../db/client';
import { seedFoundation, DEMO_ACCOUNTS } from '../db/seed/foundation';
import { createRng } from '../db/seed/random';
import { LEGACY_HEADER, legacyCsv, legacyFileRow, type LegacyFileRow } from '../db/seed/legacyAccounts';
import { createApp } from '../server/app';
import { ManualClock } from '../server/clock';
import { loadConfig } from '../server/config';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const N = Number(values.rows);
const LIMIT_MS = 60_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-bench-legacy-'));
const log = (m: string) => console.error(m);

function makeRows(): LegacyFileRow[] {
  const rng = createRng(14);
  const seen = new Set<string>();
  const rows: LegacyFileRow[] = [];
  for (let n = 0; rows.length < N; n++) {
    const r = legacyFileRow(rng, n);
    if (seen.has(r.uscc)) continue;
    seen.add(r.uscc);
    rows.push(r);
  }
  return rows;
}

async function writeXlsx(rows: LegacyFileRow[], file: string) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('accounts');
  ws.addRow([...LEGACY_HEADER]).commit();
  for (const r of rows) ws.addRow(LEGACY_HEADER.map((k) => r[k])).commit();
  ws.commit();
  await wb.commit();
}

async function timeImport(file: string, name: string): Promise<{ ms: number; imported: number }> {
  const runDir = fs.mkdtempSync(path.join(dir, 'app-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: runDir });
  const db = openDb(config.databasePath);
  const clock = new ManualClock();
  await seedFoundation({ db, rng: createRng(7), scale: 1, now: clock.now(), staffIds: {}, orgIds: {}, log: () => {} });
  const { app } = createApp({ db, config, clock });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'jigou01',
        password: DEMO_ACCOUNTS.find((a) => a.username === 'jigou01')!.password,
      }),
    });
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fs.readFileSync(file))]), name);
    const started = performance.now();
    const res = await fetch(`${url}/api/legacy-accounts/import`, { method: 'POST', headers: { cookie }, body: form });
    const body = (await res.json()) as { imported: number; skipped: unknown[]; message?: string };
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`import answered ${res.status}: ${body.message}`);
    return { ms, imported: body.imported };
  } finally {
    await new Promise((r) => server.close(r));
    db.$client.close();
  }
}

function timeRaw(rows: LegacyFileRow[]): number {
  const db = openDb(path.join(dir, 'raw.db'));
  const at = new Date().toISOString();
  const started = performance.now();
  const insert = db.$client.prepare(
    'insert into legacy_accounts (uscc, name, legacy_system, legacy_account, password_algo, password_salt, password_hash, legal_rep_name, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.$client.transaction(() => {
    for (const r of rows)
      insert.run(
        r.uscc,
        r.name,
        r.legacySystem,
        r.legacyAccount,
        r.passwordAlgo,
        r.passwordSalt,
        r.passwordHash,
        r.legalRepName,
        at,
        at,
      );
  })();
  const ms = performance.now() - started;
  db.$client.close();
  return ms;
}

log(`generating ${N} rows…`);
const rows = makeRows();
const csvFile = path.join(dir, 'accounts.csv');
fs.writeFileSync(csvFile, legacyCsv(rows));
const xlsxFile = path.join(dir, 'accounts.xlsx');
await writeXlsx(rows, xlsxFile);
log(
  `files: csv ${(fs.statSync(csvFile).size / 1e6).toFixed(1)} MB, xlsx ${(fs.statSync(xlsxFile).size / 1e6).toFixed(1)} MB`,
);

const raw = timeRaw(rows);
const csv = await timeImport(csvFile, 'accounts.csv');
const xlsx = await timeImport(xlsxFile, 'accounts.xlsx');
fs.rmSync(dir, { recursive: true, force: true });

const line = (what: string, r: { ms: number; imported: number }) =>
  `${what.padEnd(6)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${String(r.imported).padStart(7)} rows  ×${(r.ms / raw).toFixed(1)} the raw insert  ${r.ms < LIMIT_MS ? 'under a minute' : 'OVER A MINUTE'}`;
console.log(
  `legacy-account import, ${N} rows (raw better-sqlite3 insert of the same rows: ${(raw / 1000).toFixed(2)} s)`,
);
console.log(line('csv', csv));
console.log(line('xlsx', xlsx));
if (csv.imported !== N || xlsx.imported !== N) throw new Error(`expected ${N} rows imported each time`);
if (csv.ms >= LIMIT_MS || xlsx.ms >= LIMIT_MS) process.exit(1);
