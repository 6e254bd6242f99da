import { eq } from 'drizzle-orm';
import { rejectReasons } from '../../../db/schema';
import { booleanFilter, like, type ListSpec } from '../../../db/lists';
import { catalogueRepo } from '../catalogue.repo';

export const rejectReasonListSpec: ListSpec = {
  resource: 'reject-reasons',
  table: rejectReasons,
  idColumn: rejectReasons.id,
  sortable: {
    id: rejectReasons.id,
    sortOrder: rejectReasons.sortOrder,
    text: rejectReasons.text,
    updatedAt: rejectReasons.updatedAt,
  },
  filters: { active: booleanFilter(eq(rejectReasons.active, true), eq(rejectReasons.active, false)) },
  search: (q) => like(rejectReasons.text, q, 'contains'),
  defaultSort: ['sortOrder', 'ASC'],
};

export const rejectReasonsRepo = catalogueRepo(rejectReasons, rejectReasons.text);
