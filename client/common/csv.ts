import { downloadCSV } from 'react-admin';

/** One CSV cell, a leading = + - @ neutralised so Excel never runs it as a formula. */
type Cell = string | number | boolean | null | undefined;

const cell = (v: Cell) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Downloads rows as CSV with a BOM: Excel on Chinese Windows reads UTF-8 only with it. */
export function downloadExcelCsv(name: string, header: string[], rows: Cell[][]) {
  downloadCSV('\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n'), name);
}
