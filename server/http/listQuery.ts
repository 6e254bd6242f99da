import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import { AppError } from '../domain/errors';
import {
  COUNT_CAP,
  MAX_OFFSET,
  MAX_PAGE,
  buildListParams,
  type KeysetAfter,
  type ListParams,
  type ListRequest,
  type ListSpec,
} from '../../db/lists';

function parseJsonParam(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new AppError(400, `参数 ${name} 格式不正确`);
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError(400, `参数 ${name} 不是有效的 JSON`);
  }
}

/** simple-rest's `sort`, `range` and `filter` out of the query string, their shapes and bounds checked. */
export function parseListRequest(query: Record<string, unknown>): ListRequest {
  const sort = parseJsonParam(query.sort, 'sort');
  const rangeRaw = parseJsonParam(query.range, 'range') ?? [0, 24];
  // Bounded so `1e20` never reaches SQLite's 64-bit LIMIT/OFFSET (and deep offsets never scan).
  if (
    !Array.isArray(rangeRaw) ||
    rangeRaw.length !== 2 ||
    !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_OFFSET) ||
    rangeRaw[1] < rangeRaw[0]
  ) {
    throw new AppError(400, '参数 range 格式应为 [起始, 结束]');
  }
  const start = rangeRaw[0] as number;
  const end = Math.min(rangeRaw[1] as number, start + MAX_PAGE - 1);
  // The console cannot page past the counted rows; a deeper OFFSET would only walk (and hold the one
  // database thread for) rows nobody can reach, so it is refused rather than run.
  if (end + 1 > COUNT_CAP) {
    throw new AppError(400, `只能翻阅前 ${COUNT_CAP} 条记录，请缩小筛选范围后再查看`, {
      range: `起始与结束不能超过第 ${COUNT_CAP} 条`,
    });
  }

  const filterRaw = parseJsonParam(query.filter, 'filter') ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw))
    throw new AppError(400, '参数 filter 应为对象');
  return { sort, range: [start, end], filter: filterRaw as Record<string, unknown> };
}

/**
 * Keyset cursors. A page of a list sorted by its id or by a time column (ListSpec.keyset) answers with
 * `X-Next-Cursor`; the request for the page after it may send `cursor=<that>` with its `range`, and is
 * then served from the last row's sort value and id (an index range) instead of OFFSET. The cursor is
 * opaque to the client: the position plus what it is valid for (resource, sort, filter, the range start
 * it leads to), signed with a key this process drew at start. Anything else — edited, for another
 * list, sort, filter or page, or from before a restart — is a 400, and the console asks again by offset.
 */
const CURSOR_KEY = randomBytes(32);

interface CursorPayload {
  /** Hash of what the cursor is valid for: resource, sort field and direction, filter, range start. */
  b: string;
  v: string | number;
  id: number;
}

const b64 = (buf: Buffer) => buf.toString('base64url');
const sign = (body: string) => b64(createHmac('sha256', CURSOR_KEY).update(body).digest());
const bindingOf = (
  resource: string,
  field: string,
  direction: string,
  filter: Record<string, unknown>,
  start: number,
) =>
  b64(
    createHash('sha256')
      .update(JSON.stringify([resource, field, direction, filter, start]))
      .digest(),
  ).slice(0, 22);

const badCursor = () => new AppError(400, '翻页位置已失效，请重新打开列表', { cursor: '无效或已过期的翻页位置' });

function readCursor(raw: unknown, binding: string): KeysetAfter {
  if (typeof raw !== 'string' || raw.length > 512) throw badCursor();
  const [body, mac] = raw.split('.');
  if (!body || !mac) throw badCursor();
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badCursor();
  let p: CursorPayload;
  try {
    p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    throw badCursor();
  }
  if (p.b !== binding || !Number.isSafeInteger(p.id) || (typeof p.v !== 'string' && typeof p.v !== 'number'))
    throw badCursor();
  return { value: p.v, id: p.id };
}

function makeCursor(binding: string, value: string | number, id: number): string {
  const body = b64(Buffer.from(JSON.stringify({ b: binding, v: value, id } satisfies CursorPayload)));
  return `${body}.${sign(body)}`;
}

/** What a list's cursors are bound to, kept with its params so sendList can hand out the next one. */
const bindings = new WeakMap<ListParams, (start: number) => string>();

/** Parses a list request and checks it against the resource's whitelist (400 naming the field); `cursor` serves the page by keyset. */
export function parseListQuery(
  query: Record<string, unknown>,
  spec: ListSpec,
  extra?: Parameters<typeof buildListParams>[2],
): ListParams {
  const request = parseListRequest(query);
  const probe = buildListParams(request, spec, extra);
  if (!probe.keyset) {
    if (query.cursor !== undefined && query.cursor !== '') throw badCursor();
    return probe;
  }
  const { field, direction } = probe.keyset;
  const binding = (start: number) => bindingOf(spec.resource, field, direction, request.filter, start);
  const params =
    query.cursor !== undefined && query.cursor !== ''
      ? buildListParams(request, spec, extra, readCursor(query.cursor, binding(request.range[0])))
      : probe;
  bindings.set(params, binding);
  return params;
}

/**
 * The getList answer: the array and `Content-Range: <resource> start-end/total`, and `X-Next-Cursor` when
 * the page is full, the list keyset-sorted and the next page within the counted rows. The position is
 * read from the last row as sent (ListSpec.keyset names only fields sent unchanged).
 */
export function sendList(res: Response, resource: string, params: ListParams, rows: unknown[], remaining: number) {
  // By keyset, the count covered the rows from the position on; the `start` rows before it are the pages already seen.
  const total = params.after ? Math.min(COUNT_CAP, params.start + remaining) : remaining;
  const last = rows.length ? params.start + rows.length - 1 : params.start;
  res.set('Content-Range', `${resource} ${params.start}-${last}/${total}`);
  const binding = bindings.get(params);
  const next = params.start + rows.length;
  const tail = rows.at(-1) as Record<string, unknown> | undefined;
  if (binding && params.keyset && tail && rows.length === params.limit && next < Math.min(total, COUNT_CAP)) {
    const value = tail[params.keyset.field];
    if (typeof tail.id === 'number' && (typeof value === 'string' || typeof value === 'number'))
      res.set('X-Next-Cursor', makeCursor(binding(next), value, tail.id));
  }
  res.json(rows);
}
