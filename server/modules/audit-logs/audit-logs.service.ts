import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../../../db/client';
import { chainWalker, type ChainResult } from '../../audit/chain';
import { chainRowsAfter, lastAuditLink } from './audit-logs.repo';

const PAGE = 1_000;

/**
 * Walks the whole chain a page at a time, yielding to the event loop between pages so the server keeps
 * answering during a million-row walk. Rows appended meanwhile are left for the next walk.
 */
export async function verifyAuditChain(db: Db, onProgress?: (checked: number) => void): Promise<ChainResult> {
  const walker = chainWalker();
  const untilId = lastAuditLink(db)?.id ?? 0;
  let afterId = 0;
  for (;;) {
    const rows = chainRowsAfter(db, afterId, untilId, PAGE);
    if (rows.length === 0 || !rows.every((row) => walker.push(row))) break;
    afterId = rows[rows.length - 1].id;
    onProgress?.(walker.counts.checked + walker.counts.legacy);
    await nextTurn();
  }
  return walker.result();
}
