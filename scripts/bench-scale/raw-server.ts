/**
 * The baseline: node:http + better-sqlite3 prepared statements, running the SQL the app runs for each
 * benchmark scenario and sending the same JSON (the app's own presenters shape the rows, so the
 * difference measured is Express, sessions, validation and query building — not the response).
 * Not a second app: no auth beyond naming the actor (`x-actor: <username>`, one indexed lookup, as a
 * session lookup would be), only the routes the scenarios call.
 * Run as a child process: `tsx raw-server.ts <db file>`; it sends `{ port }` to its parent.
 */
import http from 'node:http';
import Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { appeals, auditLogs, titleApplications, units } from '../../db/schema';
import { COUNT_CAP, FTS_MIN_CHARS, ftsString } from '../../db/lists';
import { chainHash, GENESIS_HASH } from '../../server/audit/chain';
import { presentAuditRow, type AuditRow } from '../../server/audit/present';
import { beijingDate } from '../../server/domain/workingDays';
import type { Actor } from '../../server/domain/roles';
import { presentUnit } from '../../server/modules/units/units.service';
import { present as presentAppeal } from '../../server/modules/appeals/appeals.present';
import { present as presentTitle } from '../../server/modules/title-applications/title-applications.service';

const db = new Database(process.argv[2]);
// The pragmas of db/client.ts: the same durability as the app, or the write figures mean nothing.
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');

/** `"t"."col" AS "key"` for every column, and a reader that turns json/boolean columns into what drizzle returns. */
function columnsOf(table: SQLiteTable, alias: string) {
  // The schema is written with camelCase keys and drizzle's snake_case casing names the columns.
  const snake = (k: string) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  const cols = Object.entries(getTableColumns(table)).map(([key, c]) => ({
    key,
    name: c.keyAsName ? snake(c.name) : c.name,
    kind: c.columnType === 'SQLiteTextJson' ? 'json' : c.columnType === 'SQLiteBoolean' ? 'bool' : 'plain',
  }));
  const select = cols.map((c) => `${alias}."${c.name}" AS "${c.key}"`).join(', ');
  const converted = cols.filter((c) => c.kind !== 'plain');
  const read = (row: Record<string, unknown>) => {
    for (const c of converted) {
      const v = row[c.key];
      row[c.key] = v == null ? null : c.kind === 'json' ? JSON.parse(v as string) : v === 1;
    }
    return row;
  };
  return { select, read };
}
const unitCols = columnsOf(units, 'u');
const appealCols = columnsOf(appeals, 'a');
const titleCols = columnsOf(titleApplications, 't');
const auditCols = columnsOf(auditLogs, 'l');

const actorByName = db.prepare('SELECT id, username, name, roles, org_id AS orgId FROM staff WHERE username = ?');
const capped = (from: string, where: string) =>
  `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${COUNT_CAP})`;

interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  start: number;
  limit: number;
  filter: Record<string, unknown>;
}

function listQuery(url: URL, defaultSort: [string, 'ASC' | 'DESC']): ListQuery {
  const json = (k: string): unknown => (url.searchParams.has(k) ? JSON.parse(url.searchParams.get(k)!) : undefined);
  const [start, end] = (json('range') as [number, number] | undefined) ?? [0, 24];
  return {
    sort: (json('sort') as ListQuery['sort'] | undefined) ?? defaultSort,
    start,
    limit: end - start + 1,
    filter: (json('filter') as ListQuery['filter'] | undefined) ?? {},
  };
}

/** The search text of a filter, read as the app reads it: a primitive value as a string (the app refuses objects). */
function searchText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '';
}

/** Statements are prepared once per distinct SQL text, as a long-running server would keep them. */
const statements = new Map<string, Database.Statement>();
const prepared = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;

const SORT_COLUMN: Record<string, Record<string, string>> = {
  units: { id: 'u.id' },
  appeals: { dueDate: 'a.due_date', id: 'a.id' },
  'title-applications': { submittedAt: 't.submitted_at', id: 't.id' },
  'audit-logs': { id: 'l.id' },
};

function orderBy(resource: string, idColumn: string, [field, dir]: ListQuery['sort']) {
  const column = SORT_COLUMN[resource][field];
  if (!column) throw new Error(`raw server: no sort ${field} for ${resource}`);
  return column === idColumn ? `${column} ${dir}` : `${column} ${dir}, ${idColumn} ${dir}`;
}

type Where = { sql: string[]; args: unknown[] };
const where = (): Where => ({ sql: [], args: [] });
const add = (w: Where, sql: string, ...args: unknown[]) => (w.sql.push(sql), w.args.push(...args), w);
const whereSql = (w: Where) => (w.sql.length ? w.sql.join(' AND ') : '1');

/**
 * The app's search (db/lists.ts textSearch) in plain SQL: 3+ characters through the FTS5 trigram table,
 * 1–2 as a range on each column's index. (The ID / phone last-4 branch never applies to the benchmark's terms.)
 */
function search(w: Where, fts: string, alias: string, columns: string[], codeColumns: string[], text: string) {
  if ([...text].length >= FTS_MIN_CHARS)
    return add(w, `${alias}.id IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`, ftsString(text));
  const end = String.fromCodePoint(0x10ffff);
  const parts = [
    ...columns.map((c) => [c, text] as const),
    ...codeColumns.map((c) => [c, text.toUpperCase()] as const),
  ];
  return add(
    w,
    `(${parts.map(([c]) => `(${alias}.${c} >= ? AND ${alias}.${c} < ?)`).join(' OR ')})`,
    ...parts.flatMap(([, t]) => [t, t + end]),
  );
}

/**
 * The app's db/lists.ts deferredPage: past the first page, a joined list picks the page's ids on the table alone
 * (`alias` over `table`) and joins only those; the outer query then runs with no OFFSET.
 */
function pageWhere(
  table: string,
  alias: string,
  resource: string,
  q: ListQuery,
  w: Where,
): { where: Where; offset: number } {
  if (q.start === 0) return { where: w, offset: 0 };
  const ids = `${alias}.id IN (SELECT ${alias}.id FROM ${table} ${alias} WHERE ${whereSql(w)} ORDER BY ${orderBy(resource, `${alias}.id`, q.sort)} LIMIT ? OFFSET ?)`;
  return { where: add(where(), ids, ...w.args, q.limit, q.start), offset: 0 };
}

function unitList(q: ListQuery) {
  const w = where();
  if (q.filter.status) add(w, 'u.status = ?', q.filter.status);
  if (q.filter.q) search(w, 'units_fts', 'u', ['name', 'account'], ['uscc'], searchText(q.filter.q));
  const rows = prepared(
    `SELECT ${unitCols.select} FROM units u WHERE ${whereSql(w)} ORDER BY ${orderBy('units', 'u.id', q.sort)} LIMIT ? OFFSET ?`,
  ).all(...w.args, q.limit, q.start);
  return { rows, total: (prepared(capped('units u', whereSql(w))).get(...w.args) as { n: number }).n };
}

function appealList(q: ListQuery) {
  const w = where();
  const s = q.filter.status;
  // As the app's openCondition: the partial index appeals_open_due_idx's own condition.
  if (s === 'open') add(w, `+a.status IN ('submitted', 'processing')`);
  else if (s) add(w, 'a.status = ?', s);
  if (q.filter.q) search(w, 'appeals_fts', 'a', ['name', 'account'], ['uscc'], searchText(q.filter.q));
  const page = pageWhere('appeals', 'a', 'appeals', q, w);
  const rows = prepared(
    `SELECT ${appealCols.select}, assignee.name AS assigneeName, decider.name AS decidedByName, un.name AS unitName, un.status AS unitStatus
     FROM appeals a LEFT JOIN staff assignee ON assignee.id = a.assignee_id LEFT JOIN staff decider ON decider.id = a.decided_by LEFT JOIN units un ON un.id = a.unit_id
     WHERE ${whereSql(page.where)} ORDER BY ${orderBy('appeals', 'a.id', q.sort)} LIMIT ? OFFSET ?`,
  ).all(...page.where.args, q.limit, page.offset) as Record<string, unknown>[];
  return { rows, total: (prepared(capped('appeals a', whereSql(w))).get(...w.args) as { n: number }).n };
}

function titleList(q: ListQuery, actor: Actor) {
  const w = where();
  if (actor.orgId == null) add(w, '0');
  // What is at the caller's org now is in its scope by definition (the app's listScope); the rest probes the visit.
  else if (q.filter.currentOrgId !== 'mine')
    add(
      w,
      'EXISTS (SELECT 1 FROM title_application_orgs v WHERE v.org_id = ? AND v.application_id = t.id)',
      actor.orgId,
    );
  if (q.filter.planId) add(w, 't.plan_id = ?', Number(q.filter.planId));
  if (q.filter.status) add(w, 't.status = ?', q.filter.status);
  if (q.filter.currentOrgId === 'mine') add(w, 't.current_org_id = ?', actor.orgId ?? -1);
  if (q.filter.q) search(w, 'title_applications_fts', 't', ['applicant_name'], [], searchText(q.filter.q));
  const page = pageWhere('title_applications', 't', 'title-applications', q, w);
  const rows = prepared(
    `SELECT ${titleCols.select}, p.name AS planName, uo.name AS unitOrgName, co.name AS currentOrgName, s.name AS assigneeName
     FROM title_applications t JOIN title_plans p ON p.id = t.plan_id JOIN orgs uo ON uo.id = t.unit_org_id JOIN orgs co ON co.id = t.current_org_id LEFT JOIN staff s ON s.id = t.assignee_id
     WHERE ${whereSql(page.where)} ORDER BY ${orderBy('title-applications', 't.id', q.sort)} LIMIT ? OFFSET ?`,
  ).all(...page.where.args, q.limit, page.offset) as Record<string, unknown>[];
  return { rows, total: (prepared(capped('title_applications t', whereSql(w))).get(...w.args) as { n: number }).n };
}

function auditList(q: ListQuery) {
  const rows = prepared(
    `SELECT ${auditCols.select} FROM audit_logs l ORDER BY ${orderBy('audit-logs', 'l.id', q.sort)} LIMIT ? OFFSET ?`,
  ).all(q.limit, q.start);
  return { rows, total: (prepared(capped('audit_logs l', '1')).get() as { n: number }).n };
}

const lastLink = db.prepare('SELECT id, hash FROM audit_logs ORDER BY id DESC LIMIT 1');
const insertChained = db.prepare(
  'INSERT INTO audit_logs (id, at, actor_id, actor_name, action, resource, resource_id, summary, ip, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
/** An audit row as the app writes one: the next id, chained onto the last row's hash (server/audit/chain.ts). */
const insertAudit = {
  run(
    at: string,
    actorId: number,
    actorName: string,
    action: string,
    resource: string,
    resourceId: string,
    summary: string,
    ip: string,
  ) {
    const last = lastLink.get() as { id: number; hash: string | null } | undefined;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const row = { id: (last?.id ?? 0) + 1, at, actorId, actorName, action, resource, resourceId, summary, ip };
    insertChained.run(
      row.id,
      at,
      actorId,
      actorName,
      action,
      resource,
      resourceId,
      summary,
      ip,
      prevHash,
      chainHash(row, prevHash),
    );
  },
};

/** The raw audited write: one UPDATE guarded by version and its audit row, in one immediate transaction. */
function auditedWrite(table: string, set: string, action: string, resource: string) {
  const update = db.prepare(
    `UPDATE ${table} SET ${set}, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
  );
  return db.transaction((actor: Actor, id: number, version: number) => {
    const at = new Date().toISOString();
    if (update.run(at, id, version).changes !== 1) return false;
    insertAudit.run(at, actor.id, actor.name, action, resource, String(id), `${action} #${id}`, '127.0.0.1');
    return true;
  });
}
const reviewWrite = auditedWrite(
  'title_applications',
  `status = 'awaiting_submission'`,
  'titleApplications.pass',
  'title-applications',
);
const approveWrite = auditedWrite(
  'appeals',
  `status = 'approved', decided_at = updated_at`,
  'appeals.approve',
  'appeals',
);

/**
 * The set-based batch: every application, its batch item, its step, its visit and its audit row moved
 * by one statement each, in one immediate transaction.
 */
const batchSubmit = db.transaction((actor: Actor, ids: number[]) => {
  const at = new Date().toISOString();
  const list = JSON.stringify(ids);
  const file = db
    .prepare(
      `INSERT INTO files (storage_name, original_name, mime, size, sha256, owner_type, field, uploaded_by, created_at) VALUES (?, '推荐报告.pdf', 'application/pdf', 1024, '', 'submission_batches', 'attachment', ?, ?)`,
    )
    .run(`bench-${Date.now()}-${Math.random()}`, actor.id, at);
  const route = db
    .prepare(
      `SELECT current_org_id AS fromOrg, json_extract(chain, '$[' || (current_step + 1) || '].orgId') AS toOrg FROM title_applications WHERE id = ?`,
    )
    .get(ids[0]) as { fromOrg: number; toOrg: number };
  const batchId = Number(
    db
      .prepare(
        'INSERT INTO submission_batches (from_org_id, to_org_id, attachment_file_id, note, application_count, created_by, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(route.fromOrg, route.toOrg, file.lastInsertRowid, '', ids.length, actor.id, actor.name, at).lastInsertRowid,
  );
  db.prepare('INSERT INTO submission_batch_items (batch_id, application_id) SELECT ?, value FROM json_each(?)').run(
    batchId,
    list,
  );
  db.prepare(
    `INSERT INTO title_review_steps (application_id, kind, at, step, org_id, actor_id, actor_name, batch_id) SELECT id, 'forwarded', ?, current_step, current_org_id, ?, ?, ? FROM title_applications WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(at, actor.id, actor.name, batchId, list);
  const moved = db
    .prepare(
      `UPDATE title_applications SET status = 'pending', current_step = current_step + 1, current_org_id = json_extract(chain, '$[' || (current_step + 1) || '].orgId'), assignee_id = NULL, updated_at = ?, version = version + 1 WHERE id IN (SELECT value FROM json_each(?)) AND status = 'awaiting_submission'`,
    )
    .run(at, list).changes;
  db.prepare(
    'INSERT INTO title_application_orgs (org_id, application_id, arrived_at) SELECT current_org_id, id, ? FROM title_applications WHERE id IN (SELECT value FROM json_each(?)) ON CONFLICT DO NOTHING',
  ).run(at, list);
  // The audit rows chained one after another, as every audited write must (the hash needs the row before).
  for (const id of ids)
    insertAudit.run(
      at,
      actor.id,
      actor.name,
      'titleApplications.forward',
      'title-applications',
      String(id),
      `送审 #${id}`,
      '127.0.0.1',
    );
  insertAudit.run(
    at,
    actor.id,
    actor.name,
    'submissionBatches.create',
    'submission-batches',
    String(batchId),
    `送审 ${ids.length} 条申报`,
    '127.0.0.1',
  );
  if (moved !== ids.length) throw new Error(`batch: ${moved} of ${ids.length} applications were awaiting submission`);
  return { id: batchId, applicationCount: ids.length };
});

function sendList(res: http.ServerResponse, resource: string, q: ListQuery, rows: unknown[], total: number) {
  const last = rows.length ? q.start + rows.length - 1 : q.start;
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Range': `${resource} ${q.start}-${last}/${total}`,
  });
  res.end(JSON.stringify(rows));
}

function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () =>
      resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {}),
    );
    req.on('error', reject);
  });
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://raw');
  const row = actorByName.get(String(req.headers['x-actor'] ?? '')) as
    (Omit<Actor, 'roles'> & { roles: string }) | undefined;
  if (!row) return void res.writeHead(401).end();
  const actor: Actor = { ...row, roles: JSON.parse(row.roles) as Actor['roles'] };
  const path = url.pathname;
  if (req.method === 'GET' && path === '/api/units') {
    const q = listQuery(url, ['id', 'DESC']);
    const { rows, total } = unitList(q);
    return sendList(
      res,
      'units',
      q,
      rows.map((r) => presentUnit(actor, unitCols.read(r as Record<string, unknown>) as never)),
      total,
    );
  }
  if (req.method === 'GET' && path === '/api/appeals') {
    const q = listQuery(url, ['dueDate', 'ASC']);
    const { rows, total } = appealList(q);
    const today = beijingDate(new Date());
    const shaped = rows.map(({ assigneeName, decidedByName, unitName, unitStatus, ...appeal }) =>
      presentAppeal(
        actor,
        { appeal: appealCols.read(appeal), assigneeName, decidedByName, unitName, unitStatus } as never,
        today,
      ),
    );
    return sendList(res, 'appeals', q, shaped, total);
  }
  if (req.method === 'GET' && path === '/api/title-applications') {
    const q = listQuery(url, ['submittedAt', 'ASC']);
    const { rows, total } = titleList(q, actor);
    const shaped = rows.map(({ planName, unitOrgName, currentOrgName, assigneeName, ...app }) =>
      presentTitle(
        actor,
        { app: titleCols.read(app), planName, unitOrgName, currentOrgName, assigneeName } as never,
        beijingDate(new Date()),
      ),
    );
    return sendList(res, 'title-applications', q, shaped, total);
  }
  if (req.method === 'GET' && path === '/api/audit-logs') {
    const q = listQuery(url, ['id', 'DESC']);
    const { rows, total } = auditList(q);
    // The labels and the readable summary are part of the answer the console reads, so the raw side presents them too.
    return sendList(
      res,
      'audit-logs',
      q,
      rows.map((r) => presentAuditRow(auditCols.read(r as Record<string, unknown>) as AuditRow)),
      total,
    );
  }
  const write = req.method === 'POST' && /^\/api\/(title-applications|appeals)\/(\d+)\/(review|approve)$/.exec(path);
  if (write) {
    const body = await readBody(req);
    const ok = (write[3] === 'review' ? reviewWrite : approveWrite).immediate(
      actor,
      Number(write[2]),
      Number(body.version),
    );
    res.writeHead(ok ? 200 : 409, { 'Content-Type': 'application/json; charset=utf-8' });
    return void res.end(JSON.stringify({ id: Number(write[2]), ok }));
  }
  if (req.method === 'POST' && path === '/api/bench/batch') {
    const body = await readBody(req);
    const out = batchSubmit.immediate(actor, body.applicationIds as number[]);
    res.writeHead(201, { 'Content-Type': 'application/json; charset=utf-8' });
    return void res.end(JSON.stringify(out));
  }
  res.writeHead(404).end();
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err: Error) => {
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: err.message }));
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as { port: number }).port }));
process.on('disconnect', () => process.exit(0));
