import { rejectReasons } from '../../../db/schema';
import { conflict } from '../../domain/errors';
import { catalogue } from '../catalogue';
import { rejectReasonsRepo } from './reject-reasons.repo';

type Input = { text: string; sortOrder: number; active: boolean };

/** Deleting a reason rewrites nothing: rejected appeals keep the text they were sent. */
export const { list, get, create, update, remove } = catalogue<typeof rejectReasons.$inferSelect, Input, Input>({
  repo: rejectReasonsRepo,
  resource: 'reject-reasons',
  auditPrefix: 'rejectReasons',
  write: 'rejectReasons.write',
  actions: ['edit', 'delete'],
  missing: '驳回原因不存在',
  fields: ({ text, sortOrder, active }) => ({ text, sortOrder, active }),
  unique: (f) => f.text,
  duplicate: () => conflict('已有相同的驳回原因', { text: '已有相同的驳回原因' }),
  removedSummary: (r) => r.text,
});
