import { describe, expect, it } from 'vitest';
import { blockingSeal, defaultSealName, sealActor, sealNameProblem, type UnitPeople } from '../../server/domain/seals';
import { allowedEvents, nextState, transition } from '../../server/domain/workflows/stateMachine';
import { grantStatusOn, sealLabels, sealWorkflow } from '../../server/domain/workflows/seals.workflow';
import { runSignInCheck } from '../../server/domain/signInCheck';

const unit: UnitPeople = {
  legalRepName: '李法人',
  idType: 'resident_id',
  idNumber: '11010519491231002X',
  operators: [
    {
      id: 1,
      role: 'operator',
      name: '王经办',
      idType: 'resident_id',
      idNumber: '220102199001010075',
      validTo: '2027-06-30',
      manageRight: true,
      status: 'active',
    },
    {
      id: 2,
      role: 'operator',
      name: '无权',
      idType: 'resident_id',
      idNumber: '220102199202020021',
      validTo: '2027-06-30',
      manageRight: false,
      status: 'active',
    },
    {
      id: 3,
      role: 'operator',
      name: '过期',
      idType: 'resident_id',
      idNumber: '220102199303030030',
      validTo: '2026-10-31',
      manageRight: true,
      status: 'active',
    },
  ],
};
const today = '2026-11-02';

describe('seal rules', () => {
  it('one living seal per type: active and suspended block, voided does not', () => {
    expect(blockingSeal([{ type: 'official', status: 'active' }], 'official')).toBeTruthy();
    expect(blockingSeal([{ type: 'official', status: 'suspended' }], 'official')).toBeTruthy();
    expect(blockingSeal([{ type: 'official', status: 'voided' }], 'official')).toBeUndefined();
    expect(blockingSeal([{ type: 'finance', status: 'active' }], 'official')).toBeUndefined();
  });

  it('the name is at most 50 characters, counted as characters, and defaults to unit name + type label', () => {
    expect(sealNameProblem('章'.repeat(50))).toBeNull();
    expect(sealNameProblem('章'.repeat(51))).toContain('50');
    expect(sealNameProblem('  ')).toBeTruthy();
    expect(defaultSealName('长春市某某有限公司', 'contract', '李法人')).toBe('长春市某某有限公司合同专用章');
    expect(defaultSealName('长春市某某有限公司', 'legal_rep', '李法人')).toBe('李法人印');
  });

  it.each([
    [
      'the legal representative',
      { idType: 'resident_id', idNumber: '11010519491231002x' },
      { ok: true, role: 'legal_rep' },
    ],
    [
      'an operator with 管理权限 in validity',
      { idType: 'resident_id', idNumber: '220102199001010075' },
      { ok: true, role: 'operator', validTo: '2027-06-30' },
    ],
    [
      'an operator without 管理权限',
      { idType: 'resident_id', idNumber: '220102199202020021' },
      { ok: false, reason: 'no_manage_right' },
    ],
    [
      'an operator past validity',
      { idType: 'resident_id', idNumber: '220102199303030030' },
      { ok: false, reason: 'expired' },
    ],
    ['someone else', { idType: 'resident_id', idNumber: '220102198001010012' }, { ok: false, reason: 'not_this_unit' }],
    [
      'the right number under another ID type',
      { idType: 'passport', idNumber: '220102199001010075' },
      { ok: false, reason: 'not_this_unit' },
    ],
  ])('who may apply: %s', (_label, person, expected) => {
    expect(sealActor(unit, person, today)).toMatchObject(expected);
  });

  it('the workflow: voided is final, staff may void from active or suspended, suspend/restore are no staff action', () => {
    expect(nextState(sealWorkflow, 'active', 'suspend')).toBe('suspended');
    expect(nextState(sealWorkflow, 'suspended', 'restore')).toBe('active');
    expect(nextState(sealWorkflow, 'voided', 'restore')).toBeNull();
    expect(allowedEvents(sealWorkflow, 'active', ['institution_admin'])).toEqual(['void']);
    expect(allowedEvents(sealWorkflow, 'active', ['appeal_agent'])).toEqual([]);
    expect(() => transition(sealWorkflow, 'voided', 'void', ['institution_admin'], sealLabels)).toThrow(/已作废/);
    expect(() => transition(sealWorkflow, 'active', 'void', ['appeal_agent'], sealLabels)).toThrow(/角色/);
  });

  it('a grant is expired only after its last day, by the date given', () => {
    expect(grantStatusOn({ status: 'active', validTo: today }, today)).toBe('active');
    expect(grantStatusOn({ status: 'active', validTo: '2026-11-01' }, today)).toBe('expired');
    expect(grantStatusOn({ status: 'revoked', validTo: '2026-11-01' }, today)).toBe('revoked');
  });
});

describe('sign-in check rules', () => {
  const base = { unit: { ...unit, status: 'active' }, today, method: 'password' as const };
  it('the legal representative is not subject to operator checks', () => {
    const r = runSignInCheck({
      ...base,
      typed: { name: '李法人', idType: 'resident_id', idNumber: '11010519491231002X' },
    });
    expect(r.verdict).toBe('ok');
    expect(r.checks.map((c) => c.key)).toEqual(['unit_active', 'person_on_record', 'identity_match']);
  });
  it('a wrong name and ID type on the right ID number names both elements', () => {
    const r = runSignInCheck({ ...base, typed: { name: '王经', idType: 'passport', idNumber: '220102199001010075' } });
    expect(r.checks.find((c) => c.key === 'identity_match')!.message).toBe('姓名、证件类型与登记的不一致');
  });
});

describe('the seal drawing', () => {
  it('keeps all 50 characters of the longest name on its arc, in order, without overlap', async () => {
    const { arcLayout, SEAL_SIZE } = await import('../../client/resources/seals/sealLayout');
    const { glyphs, fontSize, sweep } = arcLayout('吉'.repeat(50));
    expect(glyphs).toHaveLength(50);
    expect(sweep).toBeLessThanOrEqual(300);
    const c = SEAL_SIZE / 2;
    for (const g of glyphs) {
      expect(Math.hypot(g.x - c, g.y - c)).toBeCloseTo(74, 5);
      expect(g.y).toBeLessThan(c + 74 * 0.87); // leaves the bottom of the ring for the type label
    }
    const gaps = glyphs.slice(1).map((g, i) => Math.hypot(g.x - glyphs[i].x, g.y - glyphs[i].y));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(fontSize);
    expect(glyphs.map((g) => g.rotate)).toEqual([...glyphs.map((g) => g.rotate)].sort((a, b) => a - b));
    expect(fontSize).toBeGreaterThanOrEqual(6);
  });
});
