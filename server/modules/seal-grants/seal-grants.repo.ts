import { and, eq, gte, lt } from 'drizzle-orm';
import { sealGrants } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { AppError } from '../../domain/errors';
import { boundedCount, intFilter, type ListParams, type ListSpec } from '../../../db/lists';

export const grantListSpec = (today: () => string): ListSpec => ({
  resource: 'seal-grants',
  table: sealGrants,
  idColumn: sealGrants.id,
  sortable: {
    id: sealGrants.id,
    validTo: sealGrants.validTo,
    personName: sealGrants.personName,
    createdAt: sealGrants.createdAt,
  },
  filters: {
    sealId: intFilter(sealGrants.sealId),
    // `expired` is not stored: it is an active grant whose end lies before the Beijing date.
    status: (v) => {
      if (v === 'active') return and(eq(sealGrants.status, 'active'), gte(sealGrants.validTo, today()));
      if (v === 'expired') return and(eq(sealGrants.status, 'active'), lt(sealGrants.validTo, today()));
      if (v === 'revoked') return eq(sealGrants.status, 'revoked');
      throw new AppError(400, '授权状态无效', { status: '应为 active、expired 或 revoked' });
    },
  },
  defaultSort: ['id', 'DESC'],
});

export function listGrants(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(sealGrants)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, sealGrants, p.where) };
}
