import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { invalid } from '../../domain/errors';
import { usccProblem } from '../../domain/validators';
import { LEGACY_PASSWORD_ALGOS, type LegacyPasswordAlgo } from '../../../db/schema/legacyAccounts';

/** The import's columns, with the Chinese titles a city hall's export may carry instead [issue 14]. */
export const LEGACY_COLUMNS = {
  uscc: '统一社会信用代码',
  name: '单位名称',
  legacySystem: '原系统',
  legacyAccount: '原账号',
  passwordAlgo: '密码算法',
  passwordSalt: '盐值',
  passwordHash: '密码摘要',
  legalRepName: '法定代表人',
} as const;
export type LegacyColumn = keyof typeof LEGACY_COLUMNS;

export interface LegacyImportRow {
  /** The row's number in the file (the header is row 1), as the report names it. */
  row: number;
  uscc: string;
  name: string;
  legacySystem: string;
  legacyAccount: string;
  passwordAlgo: LegacyPasswordAlgo;
  passwordSalt: string | null;
  passwordHash: string;
  legalRepName: string;
}
export interface Skipped {
  row: number;
  reason: string;
}

const HASH_LENGTH: Record<LegacyPasswordAlgo, number> = { sha256: 64, md5: 32 };
const MAX_TEXT = 100;

/** Column name → position, from a header row in English or Chinese; 400 when a column is missing. */
export function mapHeader(cells: string[]): Record<LegacyColumn, number> {
  const byTitle = new Map<string, LegacyColumn>();
  for (const [key, zh] of Object.entries(LEGACY_COLUMNS) as [LegacyColumn, string][]) {
    byTitle.set(key.toLowerCase(), key);
    byTitle.set(zh, key);
  }
  const out: Partial<Record<LegacyColumn, number>> = {};
  cells.forEach((c, i) => {
    const key =
      byTitle.get(
        c
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase(),
      ) ?? byTitle.get(c.trim());
    if (key && out[key] === undefined) out[key] = i;
  });
  const missing = (Object.keys(LEGACY_COLUMNS) as LegacyColumn[]).filter((k) => out[k] === undefined);
  if (missing.length)
    throw invalid(`表头缺少列：${missing.map((k) => `${k}（${LEGACY_COLUMNS[k]}）`).join('、')}`, {
      file: '表头不完整',
    });
  return out as Record<LegacyColumn, number>;
}

/** One data row checked on its own (duplicates are the caller's business): the row or why it is refused. */
export function checkRow(
  row: number,
  cells: string[],
  header: Record<LegacyColumn, number>,
): LegacyImportRow | Skipped {
  const get = (k: LegacyColumn) => (cells[header[k]] ?? '').trim();
  const uscc = get('uscc').toUpperCase();
  const problem = usccProblem(uscc);
  if (problem) return { row, reason: `统一社会信用代码：${problem}` };
  for (const k of ['name', 'legacySystem', 'legacyAccount', 'legalRepName'] as const) {
    if (!get(k)) return { row, reason: `${LEGACY_COLUMNS[k]}不能为空` };
    if (get(k).length > MAX_TEXT) return { row, reason: `${LEGACY_COLUMNS[k]}超过 ${MAX_TEXT} 个字符` };
  }
  const algo = get('passwordAlgo').toLowerCase();
  if (!(LEGACY_PASSWORD_ALGOS as readonly string[]).includes(algo))
    return { row, reason: `密码算法应为 sha256 或 md5，实际为「${get('passwordAlgo')}」` };
  const hash = get('passwordHash').toLowerCase();
  const len = HASH_LENGTH[algo as LegacyPasswordAlgo];
  if (!new RegExp(`^[0-9a-f]{${len}}$`).test(hash)) return { row, reason: `密码摘要应为 ${len} 位十六进制（${algo}）` };
  const salt = get('passwordSalt');
  if (salt.length > MAX_TEXT) return { row, reason: `盐值超过 ${MAX_TEXT} 个字符` };
  return {
    row,
    uscc,
    name: get('name'),
    legacySystem: get('legacySystem'),
    legacyAccount: get('legacyAccount'),
    passwordAlgo: algo as LegacyPasswordAlgo,
    passwordSalt: salt || null,
    passwordHash: hash,
    legalRepName: get('legalRepName'),
  };
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); 400 on an unterminated quote. */
export function* csvRecords(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const rec: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw invalid('CSV 文件格式有误：引号未闭合', { file: 'CSV 引号未闭合' });
          field += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        field = text.slice(i, j);
        i = j;
      }
      rec.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    if (!(rec.length === 1 && rec[0] === '')) yield rec;
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What the bytes are, whatever the file is called: an .xlsx (a zip) or UTF-8 text; anything else is 400. */
export function sniff(buf: Buffer): 'xlsx' | 'csv' {
  if (buf.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (buf.includes(0)) throw invalid('文件不是 .xlsx 或 UTF-8 编码的 .csv', { file: '无法识别的文件内容' });
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, Math.min(buf.length, 1 << 20)));
  } catch {
    throw invalid('CSV 文件须为 UTF-8 编码', { file: 'CSV 须为 UTF-8 编码' });
  }
  return 'csv';
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('error' in v) return v.error;
    // A formula cell: the text of its cached result.
    return v.result === undefined ? '' : cellText(v.result);
  }
  return String(v);
};

/** The first worksheet's rows with the streaming reader (a 100,000-row list never sits in memory twice). */
async function* xlsxRecords(buf: Buffer): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        // exceljs rows are 1-based: values[0] is always empty.
        yield values.slice(1).map(cellText);
      }
      return; // the first worksheet only
    }
  } catch (err) {
    if ((err as { status?: number }).status) throw err;
    throw invalid('无法读取 .xlsx 文件，文件可能已损坏', { file: '无法读取 .xlsx 文件' });
  }
}

/**
 * The whole file read and checked row by row: good rows (duplicates within the file already refused)
 * and the refused ones with their reason. A file that cannot be read at all is a 400.
 */
export async function parseLegacyFile(buf: Buffer): Promise<{ rows: LegacyImportRow[]; skipped: Skipped[] }> {
  const kind = sniff(buf);
  const records: AsyncIterable<string[]> | Iterable<string[]> =
    kind === 'xlsx' ? xlsxRecords(buf) : csvRecords(buf.toString('utf8'));
  let header: Record<LegacyColumn, number> | null = null;
  let n = 0;
  const rows: LegacyImportRow[] = [];
  const skipped: Skipped[] = [];
  const seenUscc = new Map<string, number>();
  const seenAccount = new Map<string, number>();
  for await (const cells of records) {
    n++;
    if (!header) {
      header = mapHeader(cells);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const r = checkRow(n, cells, header);
    if (!('uscc' in r)) {
      skipped.push(r);
      continue;
    }
    const key = `${r.legacySystem}\u0000${r.legacyAccount}`;
    const firstUscc = seenUscc.get(r.uscc);
    const firstAccount = seenAccount.get(key);
    if (firstUscc) skipped.push({ row: n, reason: `统一社会信用代码与第 ${firstUscc} 行重复` });
    else if (firstAccount) skipped.push({ row: n, reason: `原系统账号与第 ${firstAccount} 行重复` });
    else {
      seenUscc.set(r.uscc, n);
      seenAccount.set(key, n);
      rows.push(r);
    }
  }
  if (!header) throw invalid('文件为空：缺少表头行', { file: '文件为空' });
  return { rows, skipped };
}
