import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The console's getList with keyset cursors, against a stub server: the next page carries the cursor the
 * previous page handed out (and only that page: same list, sort, filter, the range right after); a
 * refused cursor is dropped and the page asked for again by offset.
 */
type Seen = { url: string };

function stubServer(answer: (url: URL) => { status: number; body: unknown; cursor?: string }) {
  const seen: Seen[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://console');
    seen.push({ url: url.pathname + url.search });
    const { status, body, cursor } = answer(url);
    const range = JSON.parse(url.searchParams.get('range') ?? '[0,24]') as [number, number];
    const headers = new Headers({
      'Content-Type': 'application/json',
      'Content-Range': `units ${range[0]}-${range[1]}/100`,
    });
    if (cursor) headers.set('X-Next-Cursor', cursor);
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers }));
  });
  return seen;
}

const rows = (url: URL) => {
  const [a, b] = JSON.parse(url.searchParams.get('range')!) as [number, number];
  return Array.from({ length: b - a + 1 }, (_, i) => ({ id: 1000 - a - i }));
};
const params = (page: number, filter: Record<string, unknown> = {}) => ({
  pagination: { page, perPage: 10 },
  sort: { field: 'id', order: 'DESC' as const },
  filter,
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('console getList with keyset cursors', () => {
  it('sends the cursor of page 1 with page 2 only, and not with another filter or page', async () => {
    const seen = stubServer((url) => ({
      status: 200,
      body: rows(url),
      cursor: `c-after-${JSON.parse(url.searchParams.get('range')!)[1]}`,
    }));
    const { dataProvider } = await import('../../client/providers/dataProvider');
    await dataProvider.getList('units', params(1));
    const page2 = await dataProvider.getList('units', params(2));
    expect(new URL(seen[1].url, 'http://x').searchParams.get('cursor')).toBe('c-after-9');
    expect(page2.data[0].id).toBe(990);
    await dataProvider.getList('units', params(2, { status: 'active' }));
    expect(new URL(seen[2].url, 'http://x').searchParams.get('cursor')).toBeNull();
    await dataProvider.getList('units', params(4));
    expect(new URL(seen[3].url, 'http://x').searchParams.get('cursor')).toBeNull();
    await dataProvider.getList('units', params(3));
    expect(new URL(seen[4].url, 'http://x').searchParams.get('cursor')).toBe('c-after-19');
  });

  it('asks again by offset when the server refuses the cursor', async () => {
    const seen = stubServer((url) =>
      url.searchParams.get('cursor') === 'stale'
        ? { status: 400, body: { message: '翻页位置已失效，请重新打开列表', errors: { cursor: 'x' } } }
        : { status: 200, body: rows(url), cursor: 'stale' },
    );
    const { dataProvider } = await import('../../client/providers/dataProvider');
    await dataProvider.getList('units', params(1));
    const page2 = await dataProvider.getList('units', params(2));
    expect(seen.map((s) => new URL(s.url, 'http://x').searchParams.get('cursor'))).toEqual([null, 'stale', null]);
    expect(page2.data).toHaveLength(10);
  });
});
