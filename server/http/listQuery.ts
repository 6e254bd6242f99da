import type { Response } from 'express';
import { AppError } from '../domain/errors';
import { COUNT_CAP, MAX_OFFSET, MAX_PAGE, buildListParams, type ListParams, type ListRequest, type ListSpec } from '../../db/lists';

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
  if (!Array.isArray(rangeRaw) || rangeRaw.length !== 2 || !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_OFFSET) || rangeRaw[1] < rangeRaw[0]) {
    throw new AppError(400, '参数 range 格式应为 [起始, 结束]');
  }
  const start = rangeRaw[0] as number;
  const end = Math.min(rangeRaw[1] as number, start + MAX_PAGE - 1);
  // The console cannot page past the counted rows; a deeper OFFSET would only walk (and hold the one
  // database thread for) rows nobody can reach, so it is refused rather than run.
  if (end + 1 > COUNT_CAP) {
    throw new AppError(400, `只能翻阅前 ${COUNT_CAP} 条记录，请缩小筛选范围后再查看`, { range: `起始与结束不能超过第 ${COUNT_CAP} 条` });
  }

  const filterRaw = parseJsonParam(query.filter, 'filter') ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) throw new AppError(400, '参数 filter 应为对象');
  return { sort, range: [start, end], filter: filterRaw as Record<string, unknown> };
}

/** Parses a list request and checks it against the resource's whitelist (400 naming the field). */
export function parseListQuery(query: Record<string, unknown>, spec: ListSpec, extra?: Parameters<typeof buildListParams>[2]): ListParams {
  return buildListParams(parseListRequest(query), spec, extra);
}

/** The getList answer: the array and `Content-Range: <resource> start-end/total`. */
export function sendList(res: Response, resource: string, params: ListParams, rows: unknown[], total: number) {
  const last = rows.length ? params.start + rows.length - 1 : params.start;
  res.set('Content-Range', `${resource} ${params.start}-${last}/${total}`);
  res.json(rows);
}

