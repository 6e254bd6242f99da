import type { Tx } from '../../db/client';
import { insertAuditRows, lastAuditLink } from '../modules/audit-logs/audit-logs.repo';
import { chainHash, GENESIS_HASH } from './chain';
import type { Actor } from '../domain/roles';
import { maskIdNumber, maskPhone } from '../domain/validators';

export interface AuditEntry {
  /** null for events without a signed-in actor (failed logins, intake from the public hall). */
  actor: Pick<Actor, 'id' | 'name' | 'ip'> | null;
  /** `<resource>.<verb>`, e.g. `units.freeze`, `auth.login_failed`, `units.pii_reveal`. */
  action: string;
  resource: string;
  resourceId?: string | number | null;
  summary?: string;
  at: string;
  ip?: string;
}

/**
 * Written inside the transaction of the change it records, so a change without its audit row cannot commit.
 * The row takes the next id and chains onto the last row's hash. Two writers never chain onto the same row:
 * writes are immediate transactions, and a deferred one that read a stale last row cannot commit (WAL answers
 * SQLITE_BUSY_SNAPSHOT), nor can two rows share an id.
 */
export function recordAudit(tx: Tx, e: AuditEntry) {
  recordAudits(tx, [e]);
}

/**
 * Many rows in one pass, chained in the order given: each takes the next id and the previous one's hash.
 * They go in with one statement per chunk (a 10,000-application batch writes 10,001 rows), as
 * recordAudit's single row would.
 */
export function recordAudits(tx: Tx, entries: readonly AuditEntry[]) {
  const last = lastAuditLink(tx);
  let id = last?.id ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((e) => {
    const row = {
      id: ++id,
      at: e.at,
      actorId: e.actor?.id ?? null,
      actorName: e.actor?.name ?? null,
      action: e.action,
      resource: e.resource,
      resourceId: e.resourceId == null ? null : String(e.resourceId),
      summary: e.summary ?? '',
      ip: e.ip ?? e.actor?.ip ?? null,
    };
    const hash = chainHash(row, prevHash);
    const linked = { ...row, prevHash, hash };
    prevHash = hash;
    return linked;
  });
  insertAuditRows(tx, rows);
}

// Fields whose values are masked in a change summary (idNumber, adminIdNumber, phone, contactPhone,
// mobile…); passwords never reach one at all.
export const masker = (field: string): ((v: string) => string) | null =>
  /idNumber$/i.test(field) ? maskIdNumber : /(phone|mobile)$/i.test(field) ? maskPhone : null;
const SECRET = /password|secret|token/i;

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '空';
  if (SECRET.test(field)) return '******';
  // Values come from rows and parsed bodies: primitives as their text, objects and arrays as JSON.
  const s =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
      ? String(value)
      : JSON.stringify(value);
  return masker(field)?.(s) ?? s;
}

/** "phone: 135****7850 → 139****1234; name: 甲 → 乙" for the fields that really changed. */
export function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  return Object.keys(after)
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => `${k}: ${show(k, before[k])} → ${show(k, after[k])}`)
    .join('; ');
}

/** "name=甲; phone=135****7850" for a created record. */
export function describeFields(values: Record<string, unknown>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${show(k, v)}`)
    .join('; ');
}
