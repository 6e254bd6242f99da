import type { OrgLevel } from '../../db/schema/foundation';

/** Province bureau → city bureau → competent department → employer unit; a level may be skipped, never reversed. */
export const LEVEL_RANK: Record<OrgLevel, number> = { province: 0, city: 1, department: 2, unit: 3 };

export const LEVEL_LABEL: Record<OrgLevel, string> = {
  province: '省级人社部门',
  city: '市级人社部门',
  department: '主管部门',
  unit: '用人单位',
};

/** null when `level` may sit under a parent of `parentLevel` (null = a root). */
export function orgParentProblem(level: OrgLevel, parentLevel: OrgLevel | null): string | null {
  if (level === 'province') return parentLevel === null ? null : '省级机构不能有上级机构';
  if (parentLevel === null) return `${LEVEL_LABEL[level]}必须选择上级机构`;
  if (LEVEL_RANK[parentLevel] >= LEVEL_RANK[level])
    return `${LEVEL_LABEL[level]}的上级不能是${LEVEL_LABEL[parentLevel]}`;
  return null;
}
