import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  chainHash,
  chainWalker,
  GENESIS_HASH,
  verifyChain,
  type ChainContent,
  type ChainRow,
} from '../../server/audit/chain';

const content = (id: number, over: Partial<ChainContent> = {}): ChainContent => ({
  id,
  at: `2026-03-0${(id % 9) + 1}T08:00:00.000Z`,
  actorId: 3,
  actorName: '客服张敏',
  action: 'appeals.claim',
  resource: 'appeals',
  resourceId: String(100 + id),
  summary: `认领申诉 #${100 + id}`,
  ip: '10.0.0.8',
  ...over,
});

/** A chain of n rows as recordAudit writes it, ids from `first`. */
function chain(n: number, first = 1, prev = GENESIS_HASH): ChainRow[] {
  const rows: ChainRow[] = [];
  for (let id = first; id < first + n; id++) {
    const c = content(id);
    const hash = chainHash(c, prev);
    rows.push({ ...c, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}
const legacy = (id: number): ChainRow => ({ ...content(id), prevHash: null, hash: null });

describe('the hash of an audit row', () => {
  it('is SHA-256 of the JSON array [prevHash, id, at, actorId, actorName, action, resource, resourceId, summary, ip]', () => {
    const text = `["${GENESIS_HASH}",7,"2026-03-08T08:00:00.000Z",3,"客服张敏","appeals.claim","appeals","107","认领申诉 #107","10.0.0.8"]`;
    expect(chainHash(content(7), GENESIS_HASH)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it.each<[string, Partial<ChainContent>]>([
    ['id', { id: 8 }],
    ['at', { at: '2026-03-08T08:00:00.001Z' }],
    ['actorId', { actorId: null }],
    ['actorName', { actorName: '客服李' }],
    ['action', { action: 'appeals.approve' }],
    ['resource', { resource: 'units' }],
    ['resourceId', { resourceId: '108' }],
    ['summary', { summary: '认领申诉 #107 ' }],
    ['ip', { ip: null }],
  ])('when %s changes, then the hash changes', (_field, over) => {
    expect(chainHash({ ...content(7), ...over }, GENESIS_HASH)).not.toBe(chainHash(content(7), GENESIS_HASH));
  });

  it('when the previous hash changes, then the hash changes', () => {
    expect(chainHash(content(7), 'a'.repeat(64))).not.toBe(chainHash(content(7), GENESIS_HASH));
  });

  it('when a value moves from one column to the next, then the hash changes (no ambiguous concatenation)', () => {
    const a = content(7, { actorName: 'ab', action: 'c' });
    const b = content(7, { actorName: 'a', action: 'bc' });
    expect(chainHash(a, GENESIS_HASH)).not.toBe(chainHash(b, GENESIS_HASH));
  });
});

describe('walking the chain', () => {
  it('when the chain is as written, then it is intact and names its head', () => {
    const rows = chain(5);
    expect(verifyChain(rows)).toEqual({ ok: true, checked: 5, legacy: 0, headId: 5, headHash: rows[4].hash });
  });

  it('when there are no rows, then it is intact with nothing checked', () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, legacy: 0, headId: null, headHash: null });
  });

  it('when a row is edited in place, then that row is named for its content', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], summary: '认领申诉 #999' };
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBadId: 3, reason: 'content', checked: 2 });
  });

  it('when a row is rewritten with a freshly computed hash, then the next row is named for its link', () => {
    const rows = chain(5);
    const forged = content(3, { summary: '认领申诉 #999' });
    rows[2] = { ...forged, prevHash: rows[1].hash, hash: chainHash(forged, rows[1].hash!) };
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBadId: 4, reason: 'link' });
  });

  it('when a row is deleted, then the row after the hole is named', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBadId: 4, reason: 'gap' });
  });

  it('when the first rows are deleted, then the new first row is named: it does not start at the genesis hash', () => {
    expect(verifyChain(chain(5).slice(2))).toMatchObject({ ok: false, firstBadId: 3, reason: 'link' });
  });

  it('when the ids are renumbered to close a hole, then the renumbered row is named for its content', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    rows[2] = { ...rows[2], id: 3 };
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBadId: 3, reason: 'content' });
  });

  it('when a row has its hash removed after the chain began, then it is named as unhashed', () => {
    const rows = chain(5);
    rows[3] = { ...rows[3], prevHash: null, hash: null };
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBadId: 4, reason: 'unhashed' });
  });

  it('when rows from before the chain come first, then they are counted as legacy and the chain after them is checked', () => {
    const rows = [legacy(1), legacy(2), ...chain(3, 3)];
    expect(verifyChain(rows)).toMatchObject({ ok: true, checked: 3, legacy: 2, headId: 5 });
  });

  it('when hashes are stripped from the front of the chain to pass rows off as legacy, then the first hashed row is named', () => {
    const rows = chain(5);
    rows[0] = legacy(1);
    rows[1] = legacy(2);
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBadId: 3, reason: 'link', legacy: 2 });
  });

  it('when fed one row at a time, then it stops at the first fault and ignores what follows', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1], summary: 'x' };
    const walker = chainWalker();
    expect(rows.map((r) => walker.push(r))).toEqual([true, false, false, false]);
    expect(walker.result()).toMatchObject({ ok: false, firstBadId: 2, checked: 1 });
  });
});
