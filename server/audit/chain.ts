import { createHash } from 'node:crypto';

/** The columns an audit row's hash covers, as stored. */
export interface ChainContent {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  resource: string;
  resourceId: string | null;
  summary: string;
  ip: string | null;
}

export interface ChainRow extends ChainContent {
  prevHash: string | null;
  hash: string | null;
}

/** What the first chained row links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over the previous row's hash and this row's columns. An array rather than an object, so the
 * canonical text depends on position only, never on key order or on a column added later.
 */
export function chainHash(row: ChainContent, prevHash: string): string {
  const canonical = JSON.stringify([
    prevHash,
    row.id,
    row.at,
    row.actorId,
    row.actorName,
    row.action,
    row.resource,
    row.resourceId,
    row.summary,
    row.ip,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * content: the row's columns no longer give its hash (edited in place) ·
 * gap: rows before it were deleted · link: it does not follow the row before it (that one was rewritten with a
 * fresh hash, or earlier rows were removed) · unhashed: a row without a hash after the chain began.
 */
export type ChainFault = 'content' | 'gap' | 'link' | 'unhashed';

interface Counts {
  /** Chained rows found intact. */
  checked: number;
  /** Rows written before the chain existed (an older database): nothing vouches for them. */
  legacy: number;
}
export type ChainResult =
  | (Counts & { ok: true; headId: number | null; headHash: string | null })
  | (Counts & { ok: false; firstBadId: number; reason: ChainFault });

/** Walks rows in id order one at a time, so a caller can stream a million of them. */
export function chainWalker() {
  const counts: Counts = { checked: 0, legacy: 0 };
  let last: { id: number; hash: string } | null = null;
  let fault: { firstBadId: number; reason: ChainFault } | null = null;

  const find = (row: ChainRow): ChainFault | null => {
    if (row.hash == null) return last == null && row.prevHash == null ? null : 'unhashed';
    if (row.prevHash == null || chainHash(row, row.prevHash) !== row.hash) return 'content';
    if (last && row.id !== last.id + 1) return 'gap';
    if (row.prevHash !== (last?.hash ?? GENESIS_HASH)) return 'link';
    return null;
  };

  return {
    /** False once a fault is found; the rows after it are not looked at. */
    push(row: ChainRow): boolean {
      if (fault) return false;
      const reason = find(row);
      if (reason) {
        fault = { firstBadId: row.id, reason };
        return false;
      }
      if (row.hash == null) counts.legacy++;
      else {
        counts.checked++;
        last = { id: row.id, hash: row.hash };
      }
      return true;
    },
    get counts(): Readonly<Counts> {
      return counts;
    },
    result(): ChainResult {
      return fault
        ? { ok: false, ...counts, ...fault }
        : { ok: true, ...counts, headId: last?.id ?? null, headHash: last?.hash ?? null };
    },
  };
}

export function verifyChain(rows: Iterable<ChainRow>): ChainResult {
  const walker = chainWalker();
  for (const row of rows) if (!walker.push(row)) break;
  return walker.result();
}
