import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { orgs, titleApplicationOrgs, titleReviewSteps } from '../../../db/schema';
import { ORG_LEVELS, type OrgLevel } from '../../../db/schema/foundation';
import type { FilterBuilder } from '../../../db/lists';
import { AppError } from '../../domain/errors';

/** What a review level did, as the dashboard's funnel counts it (`pass` at the last level is `approve`). */
export const LEVEL_OUTCOMES = {
  passed: ['pass', 'approve'],
  returned: ['return'],
  rejected: ['reject'],
} as const;
export type LevelOutcome = keyof typeof LEVEL_OUTCOMES;

const outerId = sql`${sql.identifier('title_applications')}.${sql.identifier('id')}`;

/**
 * `reviewLevel=city` — the applications that reached a city bureau; `city.passed` / `city.returned` /
 * `city.rejected` — those a city bureau passed, returned or rejected (the funnel's numbers, as a list).
 */
export const reviewLevelFilter: FilterBuilder = (value, field) => {
  const [level, outcome] = String(value).split('.') as [OrgLevel, LevelOutcome | undefined];
  if (!ORG_LEVELS.includes(level) || (outcome !== undefined && !Object.hasOwn(LEVEL_OUTCOMES, outcome)))
    throw new AppError(400, `筛选条件 ${field} 无效`, { [field]: '应为审核层级（如 city 或 city.passed）' });
  if (!outcome)
    return sql`EXISTS (SELECT 1 FROM ${titleApplicationOrgs} INNER JOIN ${orgs} ON ${orgs.id} = ${titleApplicationOrgs.orgId} WHERE ${titleApplicationOrgs.applicationId} = ${outerId} AND ${orgs.level} = ${level})`;
  const steps = and(
    eq(titleReviewSteps.kind, 'reviewed'),
    eq(titleReviewSteps.orgLevel, level),
    inArray(titleReviewSteps.result, [...LEVEL_OUTCOMES[outcome]]),
  ) as SQL;
  return sql`EXISTS (SELECT 1 FROM ${titleReviewSteps} WHERE ${titleReviewSteps.applicationId} = ${outerId} AND ${steps})`;
};
