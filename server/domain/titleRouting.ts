import type { OrgLevel } from '../../db/schema/foundation';
import { LEVEL_LABEL, LEVEL_RANK } from './orgTree';

export const TITLE_LEVELS = ['junior', 'intermediate', 'associate_senior', 'senior'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export const TITLE_LEVEL_LABEL: Record<TitleLevel, string> = {
  junior: '初级',
  intermediate: '中级',
  associate_senior: '副高级',
  senior: '正高级',
};

/**
 * Where the review of a title level ends (按人事管理权限逐级审核, DOMAIN.md): 初级/中级 at the city
 * bureau, 副高级/正高级 at the province bureau.
 */
export const FINAL_ORG_LEVEL: Record<TitleLevel, OrgLevel> = {
  junior: 'city',
  intermediate: 'city',
  associate_senior: 'province',
  senior: 'province',
};

/** One level of an application's review chain, as stored with the application at submission. */
export interface ChainStep {
  orgId: number;
  level: OrgLevel;
  name: string;
}

export interface OrgNode {
  id: number;
  level: OrgLevel;
  name: string;
}

/**
 * The review chain of an application: the applicant's unit org, then its ancestors up to the bureau
 * where this title level ends; a level the tree lacks (a unit with no competent department) is simply
 * not there. `ancestry` is the unit org and its ancestors, nearest first. Returns the chain, or the
 * reason none can be built (the application cannot be routed and must not be accepted).
 */
export function reviewChain(
  ancestry: readonly OrgNode[],
  level: TitleLevel,
): { chain: ChainStep[] } | { problem: string } {
  const [unit] = ancestry;
  if (!unit) return { problem: '申报单位不存在' };
  if (unit.level !== 'unit') return { problem: `申报单位必须是用人单位（所选机构为${LEVEL_LABEL[unit.level]}）` };
  const final = FINAL_ORG_LEVEL[level];
  const chain: ChainStep[] = [];
  for (const org of ancestry) {
    // Ranks fall strictly as the chain climbs (unit 3 → province 0); anything else is a broken tree.
    if (chain.length && LEVEL_RANK[org.level] >= LEVEL_RANK[chain[chain.length - 1].level])
      return { problem: '审核机构树的层级有误，请联系系统管理员' };
    if (LEVEL_RANK[org.level] < LEVEL_RANK[final]) break;
    chain.push({ orgId: org.id, level: org.level, name: org.name });
    if (org.level === final) return { chain };
  }
  return { problem: `申报单位的上级机构中没有${LEVEL_LABEL[final]}，${TITLE_LEVEL_LABEL[level]}职称无法确定审核机构` };
}

/** The step index of an org in a chain, or -1. */
export const stepOf = (chain: readonly ChainStep[], orgId: number | null | undefined) =>
  orgId == null ? -1 : chain.findIndex((s) => s.orgId === orgId);
