/** What POST /api/title-applications/batch-review answers for each id. */
export interface BatchPassOutcome {
  id: number;
  outcome: 'passed' | 'refused';
  reason: string | null;
}

/** An org's reusable 推荐报告 of a plan. */
export interface PlanReport {
  id: number;
  planId: number;
  orgId: number;
  file: { id: number; originalName: string; mime: string; size: number };
  createdAt: string;
}

export interface LevelStats {
  received: number;
  passed: number;
  returned: number;
  failed: number;
  pending: number;
  overdue: number;
  averageWorkingDays: number | null;
  passRate: number | null;
}

/** GET /api/title-plans/:id/stats */
export interface PlanStats {
  planId: number;
  planName: string;
  orgId: number;
  orgName: string;
  orgLevel: string;
  overdueAfterWorkingDays: number;
  totals: LevelStats;
  byLevel: (LevelStats & { level: string })[];
  cities: (LevelStats & { orgId: number; orgName: string })[] | null;
}

export const STAT_FIELDS = [
  'received',
  'passed',
  'returned',
  'failed',
  'pending',
  'overdue',
  'averageWorkingDays',
  'passRate',
] as const;
