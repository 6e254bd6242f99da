import { describe, expect, it } from 'vitest';
import { initialInstitutionPassword, institutionNumber, INSTITUTION_TYPES } from '../../server/domain/institutions';
import { allowedEvents, nextState } from '../../server/domain/workflows/stateMachine';
import {
  INSTITUTION_STATUSES,
  institutionWorkflow,
  type InstitutionEvent,
} from '../../server/domain/workflows/institutions.workflow';
import { passwordProblem, UNIT_PASSWORD_LIMITS } from '../../server/domain/validators';

const EVENTS: InstitutionEvent[] = ['open', 'changeAdmin', 'resetPassword', 'disable', 'enable'];

describe('the institution workflow: every move, allowed or refused', () => {
  const allowed: Record<string, string | null> = {
    'registered open': 'open',
    'open changeAdmin': 'open',
    'open resetPassword': 'open',
    'open disable': 'disabled',
    'disabled enable': 'open',
  };
  for (const from of INSTITUTION_STATUSES) {
    for (const event of EVENTS) {
      const to = allowed[`${from} ${event}`] ?? null;
      it(`${from} --${event}--> ${to ?? '(refused)'}`, () =>
        expect(nextState(institutionWorkflow, from, event)).toBe(to));
    }
  }

  it('only institution administrators may act', () => {
    expect(allowedEvents(institutionWorkflow, 'open', ['institution_admin'])).toEqual([
      'changeAdmin',
      'resetPassword',
      'disable',
    ]);
    expect(allowedEvents(institutionWorkflow, 'open', ['sysadmin', 'appeal_agent', 'title_reviewer'])).toEqual([]);
  });
});

describe('机构编号', () => {
  it('reads level, division and sequence', () => {
    expect(institutionNumber('city', '220100', 12)).toBe('JGC22010000012');
    expect(institutionNumber('province', '220000', 1)).toBe('JGS22000000001');
    expect(institutionNumber('county', '222401', 99999)).toBe('JGX22240199999');
  });
  it('refuses a bad division code or sequence', () => {
    expect(() => institutionNumber('city', '2201', 1)).toThrow();
    expect(() => institutionNumber('city', '220100', 0)).toThrow();
    expect(() => institutionNumber('city', '220100', 100000)).toThrow();
  });
  it('knows the 14 institution types', () => expect(INSTITUTION_TYPES).toHaveLength(14));
});

describe('the initial password: prefix + last six characters of the administrator’s ID', () => {
  it('follows Jiangsu’s example', () =>
    expect(initialInstitutionPassword('Js', '320102199001292010')).toBe('Js292010'));
  it('keeps an X upper case, even when typed lower case', () =>
    expect(initialInstitutionPassword('Jl', '11010519491231002x')).toBe('Jl31002X'));
  it('satisfies the password rule (three classes) with the default prefix', () => {
    expect(passwordProblem(initialInstitutionPassword('Jl', '11010519491231002X'), UNIT_PASSWORD_LIMITS)).toBeNull();
    expect(passwordProblem(initialInstitutionPassword('Jl', '320102199001292010'), UNIT_PASSWORD_LIMITS)).toBeNull();
  });
});
