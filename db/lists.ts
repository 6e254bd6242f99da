/**
 * Lists as the database sees them: each resource's whitelist (ListSpec), the WHERE / ORDER BY built
 * from a parsed simple-rest request, the filter builders the specs use, and the capped count.
 * Parsing the request itself and sending the answer are HTTP's (server/http/listQuery.ts).
 */
import { and, asc, desc, gte, inArray, lte, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../server/domain/errors';
import type { Db } from './client';

/** Largest page a client may ask for (react-admin's exporter asks for 1000). */
export const MAX_PAGE = 1000;
/**
 * Totals are counted up to this many rows and no further, so a list request never scans a million
 * rows just to print "共 N 条"; the console shows "10000+" at the cap.
 */
export const COUNT_CAP = 10_000;
/** The bound on the raw range numbers (so `1e20` never reaches SQLite); pages themselves stop at COUNT_CAP. */
export const MAX_OFFSET = 1_000_000;

export type FilterBuilder = (value: unknown, field: string) => SQL | undefined;

export interface ListSpec {
  resource: string;
  table: SQLiteTable;
  idColumn: SQLiteColumn;
  /** API field → column it sorts by. Anything else is a 400 naming the field. */
  sortable: Record<string, SQLiteColumn | SQL>;
  /** API field → condition. `id` (getMany) and `q` (free-text search) are handled here. */
  filters: Record<string, FilterBuilder>;
  search?: (q: string) => SQL | undefined;
  defaultSort: [string, 'ASC' | 'DESC'];
  /**
   * Sortable fields besides the id whose value, read from a page's last row as sent, can carry the keyset
   * cursor to the next page (time columns; the presenter must send them unchanged). The id always can.
   */
  keyset?: string[];
}

/** Where a keyset page starts: after the row with this sort value and id (in the list's order). */
export interface KeysetAfter {
  value: string | number;
  id: number;
}

/** What a list needs to hand out the cursor of its next page: the sort it is walked in. */
export interface KeysetSort {
  field: string;
  direction: 'ASC' | 'DESC';
  /** The sort field is the id itself (one key), not a column with the id as tiebreaker. */
  byId: boolean;
}

export interface ListParams {
  where: SQL | undefined;
  /** The filter as asked (checked against the spec; `where` holds its conditions), for a scope a filter can make moot. */
  filter: Record<string, unknown>;
  orderBy: SQL[];
  start: number;
  end: number;
  limit: number;
  offset: number;
  /** Set when the list's sort can be walked by keyset (see ListSpec.keyset). */
  keyset?: KeysetSort;
  /**
   * Set when the page is served by keyset from this position: `where` then holds only the rows after it,
   * so a count over `where` is what remains, and the list's total is `start` + that (see sendList).
   */
  after?: KeysetAfter;
}

/** simple-rest's `sort`, `range` and `filter`, parsed from the query string but not yet checked against a spec. */
export interface ListRequest {
  sort: unknown;
  range: [number, number];
  filter: Record<string, unknown>;
}

/**
 * The row-value condition "after this row" in the list's order, served by the same index as the sort
 * (`(col, id) > (?, ?)` is a range on an index of `col`, whose entries end with the rowid). A nullable
 * column sorted DESC puts its NULLs last, after every value: they follow any non-null position.
 */
function keysetCondition(
  column: SQLiteColumn,
  idColumn: SQLiteColumn,
  byId: boolean,
  direction: 'ASC' | 'DESC',
  after: KeysetAfter,
): SQL {
  const op = sql.raw(direction === 'ASC' ? '>' : '<');
  if (byId) return sql`${idColumn} ${op} ${after.id}`;
  const past = sql`(${column}, ${idColumn}) ${op} (${after.value}, ${after.id})`;
  return direction === 'DESC' && !column.notNull ? sql`(${past} OR ${column} IS NULL)` : past;
}

/** Checks a parsed request against the resource's whitelist and builds its WHERE and ORDER BY. */
export function buildListParams(request: ListRequest, spec: ListSpec, extra?: SQL, after?: KeysetAfter): ListParams {
  const sortRaw = request.sort ?? spec.defaultSort;
  if (!Array.isArray(sortRaw) || typeof sortRaw[0] !== 'string')
    throw new AppError(400, '参数 sort 格式应为 ["字段","ASC"]');
  const [sortField, sortOrderRaw] = sortRaw as [string, unknown];
  if (sortOrderRaw !== undefined && typeof sortOrderRaw !== 'string')
    throw new AppError(400, '排序方向只能是 ASC 或 DESC');
  // Own keys only: `constructor` or `toString` must not reach the query builder from the prototype.
  const sortColumn = Object.hasOwn(spec.sortable, sortField) ? spec.sortable[sortField] : undefined;
  if (!sortColumn) throw new AppError(400, `不支持按字段 ${sortField} 排序`, { sort: `不支持按 ${sortField} 排序` });
  const sortOrder = String(sortOrderRaw ?? 'ASC').toUpperCase();
  if (sortOrder !== 'ASC' && sortOrder !== 'DESC') throw new AppError(400, '排序方向只能是 ASC 或 DESC');
  const direction = sortOrder === 'ASC' ? asc : desc;
  // A unique tiebreaker keeps pages stable when many rows share the sort value.
  const orderBy = [direction(sortColumn), ...(sortColumn === spec.idColumn ? [] : [direction(spec.idColumn)])];

  const conditions: SQL[] = extra ? [extra] : [];
  for (const [field, value] of Object.entries(request.filter)) {
    if (value === undefined || value === null || value === '') continue;
    // The builders String()/Number() their value: an object with its own `toString` key would throw there.
    if (!isPrimitive(value) && !(Array.isArray(value) && value.every(isPrimitive))) {
      throw new AppError(400, `筛选条件 ${field} 的取值无效`, { [field]: '取值无效' });
    }
    let condition: SQL | undefined;
    if (field === 'id') {
      const ids = (Array.isArray(value) ? value : [value]).map(Number);
      if (!ids.every(Number.isInteger)) throw new AppError(400, '参数 id 应为整数', { id: '应为整数' });
      condition = inArray(spec.idColumn, ids);
    } else if (field === 'q') {
      if (!spec.search) throw new AppError(400, '该列表不支持搜索', { q: '不支持搜索' });
      const text = String(value).trim();
      condition = text ? spec.search(text) : undefined;
    } else {
      const build = Object.hasOwn(spec.filters, field) ? spec.filters[field] : undefined;
      if (!build) throw new AppError(400, `不支持按字段 ${field} 筛选`, { [field]: `不支持按 ${field} 筛选` });
      condition = build(value, field);
    }
    if (condition) conditions.push(condition);
  }
  const byId = sortColumn === spec.idColumn;
  const dir = sortOrder;
  const keyset: KeysetSort | undefined =
    byId || (spec.keyset?.includes(sortField) ?? false) ? { field: sortField, direction: dir, byId } : undefined;
  const [start, end] = request.range;
  if (after) {
    if (!keyset)
      throw new AppError(400, `按 ${sortField} 排序的列表不支持 cursor 翻页`, { cursor: '该排序不支持 cursor' });
    conditions.push(keysetCondition(sortColumn as SQLiteColumn, spec.idColumn, byId, dir, after));
  }
  return {
    where: conditions.length ? and(...conditions) : undefined,
    filter: request.filter,
    orderBy,
    start,
    end,
    limit: end - start + 1,
    offset: after ? 0 : start,
    keyset,
    after,
  };
}

const isPrimitive = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** count(*) that stops at COUNT_CAP: the total of a list costs at most COUNT_CAP index steps. */
export function boundedCount(db: Db, table: SQLiteTable, where: SQL | undefined): number {
  const inner = db
    .select({ one: sql`1` })
    .from(table)
    .where(where)
    .limit(COUNT_CAP);
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(inner.as('capped'))
    .get();
  return row?.n ?? 0;
}

/**
 * A page past the first, for a list that joins other tables: OFFSET makes SQLite read and join every skipped
 * row before dropping it (the row is needed for the join's keys), 10,000 rows at the last page. Instead the
 * page's ids are picked from the table alone, on the index that serves the filter and sort (usually covering:
 * no row is read), and only those rows are joined; the page's own sort then orders `limit` rows. The first page
 * is left as it is: its walk already stops at the LIMIT.
 */
export function deferredPage(
  db: Db,
  table: SQLiteTable,
  idColumn: SQLiteColumn,
  where: SQL | undefined,
  p: ListParams,
): { where: SQL | undefined; offset: number } {
  if (p.offset === 0) return { where, offset: 0 };
  const ids = db
    .select({ id: idColumn })
    .from(table)
    .where(where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset);
  return { where: inArray(idColumn, ids), offset: 0 };
}

const asList = (value: unknown) => (Array.isArray(value) ? value : [value]).map(String);

/** The filter value, if it is one of `allowed`; otherwise a 400 naming the field. */
export function allowedValue<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  const v = String(value);
  if (!(allowed as readonly string[]).includes(v))
    throw new AppError(400, `筛选条件 ${field} 的取值 ${v} 无效`, { [field]: `无效取值 ${v}` });
  return v as T;
}

/** Exact match on one of `allowed` (or one of several, when an array comes). */
export function enumFilter(column: SQLiteColumn, allowed: readonly string[]): FilterBuilder {
  return (value, field) => {
    const values = asList(value);
    const bad = values.find((v) => !allowed.includes(v));
    if (bad) throw new AppError(400, `筛选条件 ${field} 的取值 ${bad} 无效`, { [field]: `无效取值 ${bad}` });
    return values.length === 1 ? eq(column, values[0]) : inArray(column, values);
  };
}

export function intFilter(column: SQLiteColumn): FilterBuilder {
  return (value, field) => {
    const values = (Array.isArray(value) ? value : [value]).map(Number);
    if (!values.every(Number.isInteger)) throw new AppError(400, `筛选条件 ${field} 应为整数`, { [field]: '应为整数' });
    return values.length === 1 ? eq(column, values[0]) : inArray(column, values);
  };
}

/** `createdAt_gte` / `createdAt_lte` style bounds on a date or timestamp column. */
export function dateBound(column: SQLiteColumn, bound: 'gte' | 'lte'): FilterBuilder {
  return (value, field) => {
    const s = String(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(s))
      throw new AppError(400, `筛选条件 ${field} 应为日期 YYYY-MM-DD`, { [field]: '日期格式应为 YYYY-MM-DD' });
    // A bare date as upper bound means "through the end of that day".
    return bound === 'gte' ? gte(column, s) : lte(column, s.length === 10 ? `${s}T23:59:59.999Z` : s);
  };
}

export function booleanFilter(whenTrue: SQL, whenFalse?: SQL): FilterBuilder {
  return (value) => (value === true || value === 'true' ? whenTrue : whenFalse);
}

/** LIKE pattern with the user's % and _ taken literally. */
export function likePattern(text: string, mode: 'prefix' | 'contains'): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return mode === 'prefix' ? `${escaped}%` : `%${escaped}%`;
}

export function like(column: SQLiteColumn, text: string, mode: 'prefix' | 'contains'): SQL {
  return sql`${column} LIKE ${likePattern(text, mode)} ESCAPE '\\'`;
}

/**
 * The one rule for searching a phone or ID number column: the full value exactly, or its last 4
 * characters (what a caller reads out) — never another part, or a masked `132****2107` could be
 * recovered by extending a guessed suffix one digit at a time. Anything else matches nothing here.
 */
export function piiSearch(column: SQLiteColumn, q: string): SQL | undefined {
  const text = q.trim().toUpperCase();
  // The -4 is written into the SQL, not bound: only then does the planner use the substr(…, -4) index.
  if (text.length === 4) return sql`substr(${column}, ${sql.raw('-4')}) = ${text}`;
  // Equality finds only a whole stored value (the shortest, a passport number, has 5 characters).
  return text.length > 4 ? eq(column, text) : undefined;
}

/** The term as one FTS5 string, so that user input is only ever text to find, never FTS query syntax. */
export const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Terms of this many characters or more are found anywhere in a column; a trigram index needs 3. */
export const FTS_MIN_CHARS = 3;

export interface TextSearch {
  /** The FTS5 trigram table over `columns` (external content, rowid = the base table's id; see migration search_fts). */
  fts: string;
  idColumn: SQLiteColumn;
  columns: SQLiteColumn[];
  /** Codes stored in upper case (USCC, institution number): a short term is upper-cased for them. */
  codeColumns?: SQLiteColumn[];
}

/**
 * Free-text search by index, never by scanning the table. A term of 3 or more characters matches
 * anywhere in any of the columns, ASCII letters in either case (what LIKE '%q%' did) through the
 * trigram table; a term of 1–2 characters matches the start of a column, exactly, as a range on the
 * column's b-tree index (LIKE 'q%' would not use it: LIKE ignores case, the index does not).
 */
export function textSearch(spec: TextSearch, q: string): SQL | undefined {
  if ([...q].length >= FTS_MIN_CHARS) {
    const fts = sql.identifier(spec.fts);
    return sql`${spec.idColumn} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${ftsString(q)})`;
  }
  const prefix = (column: SQLiteColumn, text: string) =>
    sql`(${column} >= ${text} AND ${column} < ${text + String.fromCodePoint(0x10ffff)})`;
  return or(
    ...spec.columns.map((c) => prefix(c, q)),
    ...(spec.codeColumns ?? []).map((c) => prefix(c, q.toUpperCase())),
  );
}
