import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/testApp';
import { startDemoApp } from '../security/demoApp';
import type { ApiClient } from '../helpers/http';

/**
 * Keyset "next page": a full page of a list sorted by id or a time column answers `X-Next-Cursor`; the
 * next request sends it with its range and gets exactly the page OFFSET would give. A cursor that was
 * edited, or is sent with another list, sort, filter or page, is refused.
 */
let t: TestApp;
const clients: Record<string, ApiClient> = {};

beforeAll(async () => {
  t = await startDemoApp(); // 5 % of the demo data: every list has pages
  for (const username of ['kefu01', 'jigou01', 'shenhe_city', 'admin', 'auditor'])
    clients[username] = await t.login(username);
});
afterAll(() => t.close());

type Opts = { sort: [string, 'ASC' | 'DESC']; filter?: Record<string, unknown> };
const ids = (body: { id: number }[]) => body.map((r) => r.id);

/** Walks `pages` pages of `size` by cursor and compares each with the same page by offset. */
async function walk(client: ApiClient, resource: string, opts: Opts, size: number, pages: number) {
  let cursor: string | undefined;
  let walked = 0;
  for (let page = 0; page < pages; page++) {
    const range: [number, number] = [page * size, page * size + size - 1];
    const byOffset = await client.list(resource, { ...opts, range });
    expect(byOffset.status, JSON.stringify(byOffset.body)).toBe(200);
    if (cursor) {
      const byCursor = await client.list(resource, { ...opts, range, cursor });
      expect(byCursor.status, JSON.stringify(byCursor.body)).toBe(200);
      expect(ids(byCursor.body)).toEqual(ids(byOffset.body));
      expect(byCursor.body).toEqual(byOffset.body);
      expect(byCursor.headers.get('content-range')).toBe(byOffset.headers.get('content-range'));
      expect(byCursor.headers.get('x-next-cursor')).toBe(byOffset.headers.get('x-next-cursor'));
      walked++;
    }
    cursor = byOffset.headers.get('x-next-cursor') ?? undefined;
    const total = Number(byOffset.headers.get('content-range')!.split('/')[1]);
    const tail = byOffset.body.at(-1) as Record<string, unknown> | undefined;
    if (byOffset.body.length < size || range[1] + 1 >= total || tail?.[opts.sort[0]] == null) {
      // The last page hands out none, nor does a page ending on a row without a sort value (NULL).
      expect(cursor).toBeUndefined();
      break;
    }
    expect(cursor, `page ${page} of ${resource} is full but has no cursor`).toBeTruthy();
  }
  return walked;
}

describe('keyset next page', () => {
  it('units by id (default view and a filter): cursor pages equal offset pages', async () => {
    expect(await walk(clients.jigou01, 'units', { sort: ['id', 'DESC'] }, 7, 6)).toBeGreaterThanOrEqual(3);
    expect(
      await walk(clients.jigou01, 'units', { sort: ['id', 'ASC'], filter: { status: 'active' } }, 5, 5),
    ).toBeGreaterThanOrEqual(2);
  });

  it('units by created time, ties broken by id', async () => {
    expect(await walk(clients.jigou01, 'units', { sort: ['createdAt', 'DESC'] }, 6, 5)).toBeGreaterThanOrEqual(2);
  });

  it('appeals by due date (many share a day) in the default queue and over all', async () => {
    await walk(clients.kefu01, 'appeals', { sort: ['dueDate', 'ASC'], filter: { status: 'open' } }, 3, 5);
    expect(await walk(clients.kefu01, 'appeals', { sort: ['dueDate', 'DESC'] }, 4, 5)).toBeGreaterThanOrEqual(2);
  });

  it('appeals by decided time DESC (undecided ones, NULL, come last and are not skipped)', async () => {
    const all = await clients.kefu01.list('appeals', { sort: ['decidedAt', 'DESC'], range: [0, 999] });
    const decided = all.body.filter((a: { decidedAt: string | null }) => a.decidedAt != null).length;
    expect(decided).toBeGreaterThan(0);
    expect(decided).toBeLessThan(all.body.length);
    // The first page ends on the last decided appeal; the next one, by cursor, holds the undecided ones.
    expect(await walk(clients.kefu01, 'appeals', { sort: ['decidedAt', 'DESC'] }, decided, 2)).toBe(1);
  });

  it("the city reviewer's title queue by submission time, and the audit log by id", async () => {
    await walk(
      clients.shenhe_city,
      'title-applications',
      { sort: ['submittedAt', 'ASC'], filter: { status: 'pending', currentOrgId: 'mine' } },
      2,
      4,
    );
    expect(
      await walk(clients.shenhe_city, 'title-applications', { sort: ['submittedAt', 'ASC'] }, 3, 4),
    ).toBeGreaterThanOrEqual(2);
    expect(await walk(clients.auditor, 'audit-logs', { sort: ['id', 'DESC'] }, 10, 3)).toBeGreaterThanOrEqual(2);
  });

  it('no cursor for sorts an index walk cannot resume (name), and one sent there is refused', async () => {
    const res = await clients.jigou01.list('units', { sort: ['name', 'ASC'], range: [0, 4] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-next-cursor')).toBeNull();
    const cursor = (await clients.jigou01.list('units', { sort: ['id', 'DESC'], range: [0, 4] })).headers.get(
      'x-next-cursor',
    )!;
    expect((await clients.jigou01.list('units', { sort: ['name', 'ASC'], range: [5, 9], cursor })).status).toBe(400);
  });

  it('a tampered cursor, or one sent with another page, filter, sort or list, is a 400 naming the cursor', async () => {
    const first = await clients.jigou01.list('units', { sort: ['id', 'DESC'], range: [0, 4] });
    const cursor = first.headers.get('x-next-cursor')!;
    const [body, mac] = cursor.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...payload, id: payload.id - 100 })).toString('base64url');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    const bad: [string, Parameters<ApiClient['list']>[1]][] = [
      ['edited position, old signature', { sort: ['id', 'DESC'], range: [5, 9], cursor: `${forged}.${mac}` }],
      ['edited signature', { sort: ['id', 'DESC'], range: [5, 9], cursor: `${body}.${flip(mac)}` }],
      ['not a cursor', { sort: ['id', 'DESC'], range: [5, 9], cursor: 'garbage' }],
      ['another page', { sort: ['id', 'DESC'], range: [10, 14], cursor }],
      ['another filter', { sort: ['id', 'DESC'], range: [5, 9], filter: { status: 'active' }, cursor }],
      ['another direction', { sort: ['id', 'ASC'], range: [5, 9], cursor }],
    ];
    for (const [what, opts] of bad) {
      const res = await clients.jigou01.list('units', opts);
      expect(res.status, what).toBe(400);
      expect(res.body.errors?.cursor ?? res.body.fieldErrors?.cursor ?? JSON.stringify(res.body), what).toBeTruthy();
    }
    expect((await clients.kefu01.list('appeals', { sort: ['id', 'DESC'], range: [5, 9], cursor })).status).toBe(400);
    // The genuine one still works.
    expect((await clients.jigou01.list('units', { sort: ['id', 'DESC'], range: [5, 9], cursor })).status).toBe(200);
  });

  it('offsets beyond the counted rows are still refused, cursor or not', async () => {
    const cursor = (await clients.jigou01.list('units', { sort: ['id', 'DESC'], range: [0, 4] })).headers.get(
      'x-next-cursor',
    )!;
    expect(
      (await clients.jigou01.list('units', { sort: ['id', 'DESC'], range: [10_000, 10_024], cursor })).status,
    ).toBe(400);
  });
});
