import { residentIdCheckChar } from '../../server/domain/validators';

export { tinyJpeg, tinyPdf, tinyPng } from '../../db/seed/samples';

/** The public hall's header for `/api/intake/*` (the key every app has outside production). */
export const INTAKE_KEY = { 'X-Intake-Key': 'demo-intake-key' };

/** Valid resident ID numbers, different per call (born 1980-01-01 + n days in Changchun). */
export function residentIdFor(n: number) {
  const born = new Date(Date.UTC(1980, 0, 1) + n * 86_400_000);
  const first17 = `220102${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(100 + (n % 900)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** Files by form field: the content and the name the sender gives it. */
export type Materials = Record<string, [Buffer, string]>;

/** A multipart body of text fields and files, as the window form or the public hall sends it. */
export function multipart(fields: Record<string, string>, files: Materials = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, [buf, name]] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(buf)]), name);
  return form;
}
