import { eq } from 'drizzle-orm';
import { businessItems } from '../../../db/schema';
import { booleanFilter, like, type ListSpec } from '../../../db/lists';
import { catalogueRepo } from '../catalogue.repo';

/** The catalogue of business items operators are authorised for; sysadmin keeps it, nothing is deleted (operators refer to it). */
export const businessItemListSpec: ListSpec = {
  resource: 'business-items',
  table: businessItems,
  idColumn: businessItems.id,
  sortable: { id: businessItems.id, name: businessItems.name },
  filters: { active: booleanFilter(eq(businessItems.active, true), eq(businessItems.active, false)) },
  search: (q) => like(businessItems.name, q, 'contains'),
  defaultSort: ['id', 'ASC'],
};

export const businessItemsRepo = catalogueRepo(businessItems, businessItems.name);
