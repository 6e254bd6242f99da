import { eq } from 'drizzle-orm';
import { rejectReasons } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';
import { booleanFilter, like, type ListSpec } from '../../http/listQuery';

export const rejectReasonListSpec: ListSpec = {
  resource: 'reject-reasons',
  table: rejectReasons,
  idColumn: rejectReasons.id,
  sortable: { id: rejectReasons.id, sortOrder: rejectReasons.sortOrder, text: rejectReasons.text, updatedAt: rejectReasons.updatedAt },
  filters: { active: booleanFilter(eq(rejectReasons.active, true), eq(rejectReasons.active, false)) },
  search: (q) => like(rejectReasons.text, q, 'contains'),
  defaultSort: ['sortOrder', 'ASC'],
};

export const findRejectReason = (db: DbOrTx, id: number) => db.select().from(rejectReasons).where(eq(rejectReasons.id, id)).get();
export const findByText = (db: DbOrTx, text: string) => db.select({ id: rejectReasons.id }).from(rejectReasons).where(eq(rejectReasons.text, text)).get();
