import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { FILE_KINDS } from './kinds';

/** One column of a sheet: its Chinese header, its width in characters, and the cell of a row. */
export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

/** A sheet ready to stream: what the route sends, named as the clerk will save it. */
export interface Sheet<T> {
  fileName: string;
  sheetName: string;
  columns: readonly SheetColumn<T>[];
  rows: readonly T[];
}

/**
 * A real .xlsx written row by row with exceljs' streaming writer straight into the response: Chinese
 * headers in bold, the header row frozen, widths set per column. Headers go out before the first byte,
 * so any refusal must have been thrown before this is called.
 */
export async function sendXlsx<T>(res: Response, sheet: Sheet<T>) {
  res.set({
    'Content-Type': FILE_KINDS.xlsx.mime,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(sheet.fileName)}`,
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const ws = book.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => c.value(row))).commit();
  ws.commit();
  await book.commit();
}
