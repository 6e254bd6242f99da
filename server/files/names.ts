import path from 'node:path';
import { FILE_KINDS, type FileKind } from './kinds';

// Bidi controls let `invoice‮fdp.exe` show as `invoiceexe.pdf`; C0 controls and path separators have
// no business in a name either (it goes into Content-Disposition and the reviewer's downloads folder).
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// eslint-disable-next-line no-control-regex -- the class matches C0 controls on purpose, to strip them
const CONTROL_OR_SEPARATOR = /[\u0000-\u001F\u007F/\\]/g;

/** Extensions that already say the sniffed type (`.jpeg` is a JPG too); any other is replaced. */
const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ['.pdf'],
  jpg: ['.jpg', '.jpeg'],
  png: ['.png'],
  doc: ['.doc'],
  xls: ['.xls'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
};

/**
 * The name a file is stored and downloaded under: cleaned, and ending in the extension of what the
 * bytes really are — a PDF uploaded as `evil.html` is `evil.pdf`, so no browser or desktop treats it as HTML.
 */
export function safeFileName(name: string, kind: FileKind | undefined): string {
  const clean = name.replace(BIDI, '').replace(CONTROL_OR_SEPARATOR, '').trim();
  if (!kind) return clean;
  const ext = path.extname(clean);
  if (EXTENSIONS[kind].includes(ext.toLowerCase())) return clean;
  return `${(ext ? clean.slice(0, -ext.length) : clean) || '文件'}.${kind}`;
}

/** The kind behind a stored MIME type (rows keep the MIME, not the kind). */
export const kindOfMime = (mime: string) =>
  (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k].mime === mime);
