import { describe, expect, it } from 'vitest';
import {
  FINAL_ORG_LEVEL,
  reviewChain,
  stepOf,
  TITLE_LEVELS,
  type ChainStep,
  type OrgNode,
  type TitleLevel,
} from '../../server/domain/titleRouting';

// A small Jilin tree, nearest first as `ancestry` returns it: hospital → health commission → Changchun → province.
const hospital: OrgNode = { id: 15, level: 'unit', name: '长春市中心医院' };
const health: OrgNode = { id: 12, level: 'department', name: '长春市卫生健康委员会' };
const changchun: OrgNode = { id: 2, level: 'city', name: '长春市人力资源和社会保障局' };
const province: OrgNode = { id: 1, level: 'province', name: '吉林省人力资源和社会保障厅' };
const company: OrgNode = { id: 21, level: 'unit', name: '吉林市松江化工有限公司' };
const jilinCity: OrgNode = { id: 3, level: 'city', name: '吉林市人力资源和社会保障局' };

const full = [hospital, health, changchun, province];
const noDepartment = [company, jilinCity, province];

const ids = (r: ReturnType<typeof reviewChain>) => ('chain' in r ? r.chain.map((s) => s.orgId) : r);
const problemOf = (r: ReturnType<typeof reviewChain>) =>
  'problem' in r ? r.problem : `unexpected chain ${JSON.stringify(r.chain)}`;

describe('reviewChain: where a title application is reviewed', () => {
  it('when a senior (正高级) application comes from a unit with a competent department, then it climbs unit → department → city → province', () => {
    const r = reviewChain(full, 'senior');
    expect(r).toEqual({
      chain: [
        { orgId: 15, level: 'unit', name: '长春市中心医院' },
        { orgId: 12, level: 'department', name: '长春市卫生健康委员会' },
        { orgId: 2, level: 'city', name: '长春市人力资源和社会保障局' },
        { orgId: 1, level: 'province', name: '吉林省人力资源和社会保障厅' },
      ],
    });
  });

  it('when the level is 副高级, then the chain also ends at the province bureau', () => {
    expect(ids(reviewChain(full, 'associate_senior'))).toEqual([15, 12, 2, 1]);
  });

  for (const level of ['junior', 'intermediate'] as const) {
    it(`when the level is ${level}, then the chain ends at the city bureau and the province never sees it`, () => {
      expect(ids(reviewChain(full, level))).toEqual([15, 12, 2]);
    });
  }

  it('when the unit has no competent department, then that level is simply skipped', () => {
    expect(ids(reviewChain(noDepartment, 'senior'))).toEqual([21, 3, 1]);
    expect(ids(reviewChain(noDepartment, 'junior'))).toEqual([21, 3]);
  });

  it('when ancestors lie above the final level, then they are not in the chain', () => {
    // A junior chain stops at the city even though the province is in the ancestry.
    const r = reviewChain(full, 'intermediate');
    expect('chain' in r && r.chain.some((s) => s.level === 'province')).toBe(false);
  });

  it('when every level is routed, then each chain starts at the unit, ends at the final level, and ranks strictly fall', () => {
    const rank = { unit: 3, department: 2, city: 1, province: 0 } as const;
    for (const level of TITLE_LEVELS) {
      for (const ancestry of [full, noDepartment]) {
        const r = reviewChain(ancestry, level);
        if (!('chain' in r)) throw new Error(r.problem);
        expect(r.chain[0].level).toBe('unit');
        expect(r.chain.at(-1)!.level).toBe(FINAL_ORG_LEVEL[level]);
        for (let i = 1; i < r.chain.length; i++)
          expect(rank[r.chain[i].level]).toBeLessThan(rank[r.chain[i - 1].level]);
      }
    }
  });
});

describe('reviewChain: applications that cannot be routed', () => {
  it('when the ancestry is empty, then the unit does not exist', () => {
    expect(problemOf(reviewChain([], 'junior'))).toBe('申报单位不存在');
  });

  it('when the first org is not a unit, then the problem names what was chosen', () => {
    expect(problemOf(reviewChain([health, changchun, province], 'senior'))).toBe(
      '申报单位必须是用人单位（所选机构为主管部门）',
    );
    expect(problemOf(reviewChain([changchun, province], 'junior'))).toContain('市级人社部门');
    expect(problemOf(reviewChain([province], 'junior'))).toContain('省级人社部门');
  });

  it('when no city bureau lies above the unit, then a junior or intermediate application has nowhere to end', () => {
    for (const level of ['junior', 'intermediate'] as const) {
      const problem = problemOf(reviewChain([hospital, health], level));
      expect(problem).toContain('市级人社部门');
      expect(problem).toContain(level === 'junior' ? '初级' : '中级');
    }
  });

  it('when the tree jumps from the department straight to the province, then a junior application has no city and is refused', () => {
    expect(problemOf(reviewChain([hospital, health, province], 'junior'))).toContain('没有市级人社部门');
  });

  it('when no province bureau lies above the city, then a senior application has nowhere to end', () => {
    const problem = problemOf(reviewChain([hospital, health, changchun], 'senior'));
    expect(problem).toContain('省级人社部门');
    expect(problem).toContain('正高级');
    expect(problemOf(reviewChain([company], 'associate_senior'))).toContain('副高级');
  });

  const broken: [string, OrgNode[], readonly TitleLevel[]][] = [
    ['a unit above a unit', [hospital, company, changchun, province], TITLE_LEVELS],
    ['a repeated department', [hospital, health, health, changchun, province], TITLE_LEVELS],
    ['a unit above the department', [hospital, health, company, changchun], TITLE_LEVELS],
    ['a department above a city', [hospital, changchun, health, province], ['associate_senior', 'senior']],
    ['a city above a city', [hospital, health, changchun, jilinCity, province], ['associate_senior', 'senior']],
  ];
  for (const [what, ancestry, levels] of broken) {
    it(`when the tree is broken below the final level (${what}), then the chain is refused instead of routed`, () => {
      for (const level of levels)
        expect(problemOf(reviewChain(ancestry, level))).toBe('审核机构树的层级有误，请联系系统管理员');
    });
  }

  it('when the tree is broken only above the final level, then the chain still stops there', () => {
    // The ranks are checked as the chain climbs; above a junior chain's city nothing is read.
    expect(ids(reviewChain([hospital, health, changchun, health], 'junior'))).toEqual([15, 12, 2]);
    expect(ids(reviewChain([hospital, changchun, health, province], 'intermediate'))).toEqual([15, 2]);
    expect(ids(reviewChain([hospital, health, changchun, jilinCity, province], 'junior'))).toEqual([15, 12, 2]);
  });
});

describe('stepOf', () => {
  const chain: ChainStep[] = [
    { orgId: 15, level: 'unit', name: '长春市中心医院' },
    { orgId: 12, level: 'department', name: '长春市卫生健康委员会' },
    { orgId: 2, level: 'city', name: '长春市人力资源和社会保障局' },
  ];

  it('when the org is in the chain, then it gives its index', () => {
    expect([15, 12, 2].map((id) => stepOf(chain, id))).toEqual([0, 1, 2]);
  });

  it('when the org is not in the chain, or there is none, then -1', () => {
    expect(stepOf(chain, 1)).toBe(-1);
    expect(stepOf(chain, null)).toBe(-1);
    expect(stepOf(chain, undefined)).toBe(-1);
    expect(stepOf([], 15)).toBe(-1);
  });

  it('when a chain was built, then stepOf finds every one of its orgs at its own index', () => {
    const levels: TitleLevel[] = ['junior', 'senior'];
    for (const level of levels) {
      const r = reviewChain(full, level);
      if (!('chain' in r)) throw new Error(r.problem);
      r.chain.forEach((s, i) => expect(stepOf(r.chain, s.orgId)).toBe(i));
    }
  });
});
