import type { Request } from 'express';
import { notFound } from '../domain/errors';

/** `:id` as a positive integer; anything else cannot name a record, so it is a 404. */
export function idParam(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const id = Number(raw);
  // Safe integers only: 99999999999999999999 is an "integer" to JavaScript but no row id SQLite can bind.
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}
