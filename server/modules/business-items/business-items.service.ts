import { conflict } from '../../domain/errors';
import { catalogue } from '../catalogue';
import { businessItemsRepo } from './business-items.repo';

export interface BusinessItemInput {
  name: string;
  description?: string | null;
  active: boolean;
}

// Nothing is deleted: operators refer to their business items.
export const { list, get, create, update } = catalogue({
  repo: businessItemsRepo,
  resource: 'business-items',
  auditPrefix: 'businessItems',
  write: 'businessItems.write',
  actions: ['edit'],
  missing: '业务事项不存在',
  fields: (input: BusinessItemInput) => ({
    name: input.name,
    description: input.description ?? null,
    active: input.active,
  }),
  unique: (f) => f.name,
  duplicate: () => conflict('该事项已存在', { name: '该事项已存在' }),
  createdSummary: (f) => `新增业务事项 ${f.name}`,
});
