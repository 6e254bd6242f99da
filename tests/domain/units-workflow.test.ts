import { describe, expect, it } from 'vitest';
import { allowedEvents, nextState } from '../../server/domain/workflows/stateMachine';
import { unitWorkflow, type UnitEvent, type UnitStatus } from '../../server/domain/workflows/units.workflow';
import { isExpired, operatorWorkflow } from '../../server/domain/workflows/operators.workflow';

const STATES: UnitStatus[] = ['pending_activation', 'active', 'frozen', 'cancelled'];
const EVENTS: UnitEvent[] = ['activate', 'freeze', 'unfreeze', 'cancel', 'resetPassword'];
const ALLOWED: Record<string, UnitStatus> = {
  'pending_activation activate': 'active',
  'pending_activation cancel': 'cancelled',
  'active freeze': 'frozen',
  'active cancel': 'cancelled',
  'active resetPassword': 'active',
  'frozen unfreeze': 'active',
  'frozen cancel': 'cancelled',
};

describe('the unit account workflow: every move, allowed or refused', () => {
  for (const from of STATES)
    for (const event of EVENTS) {
      const to = ALLOWED[`${from} ${event}`] ?? null;
      it(`${from} --${event}--> ${to ?? '(refused)'}`, () => expect(nextState(unitWorkflow, from, event)).toBe(to));
    }
  it('cancelled is a dead end, and only institution administrators act', () => {
    expect(allowedEvents(unitWorkflow, 'cancelled', ['institution_admin'])).toEqual([]);
    expect(allowedEvents(unitWorkflow, 'pending_activation', ['appeal_agent', 'sysadmin'])).toEqual([]);
  });
});

describe('operators', () => {
  it('disable and enable are the only moves', () => {
    expect(nextState(operatorWorkflow, 'active', 'disable')).toBe('disabled');
    expect(nextState(operatorWorkflow, 'disabled', 'enable')).toBe('active');
    expect(nextState(operatorWorkflow, 'active', 'enable')).toBeNull();
  });
  it('is expired the day after its validity end, not on it', () => {
    expect(isExpired('2026-11-21', '2026-11-22')).toBe(true);
    expect(isExpired('2026-11-22', '2026-11-22')).toBe(false);
  });
});
