import { describe, expect, it } from 'vitest';
import { allowedEvents, nextState, transition } from '../../server/domain/workflows/stateMachine';
import { staffLabels, staffWorkflow } from '../../server/domain/workflows/staff.workflow';
import { AppError } from '../../server/domain/errors';
import { orgParentProblem } from '../../server/domain/orgTree';

describe('the staff account workflow', () => {
  it.each([
    ['active', 'disable', 'disabled'],
    ['disabled', 'enable', 'active'],
    ['active', 'enable', null],
    ['disabled', 'disable', null],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(nextState(staffWorkflow, from, event)).toBe(to);
  });

  it('refuses a move from the wrong state with 409 and a Chinese message', () => {
    try {
      transition(staffWorkflow, 'disabled', 'disable', ['sysadmin'], staffLabels);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(409);
      expect((e as AppError).message).toBe('当前状态为「已停用」，不能执行「停用」');
    }
  });

  it('refuses a role that may not fire the event with 403', () => {
    expect(() => transition(staffWorkflow, 'active', 'disable', ['appeal_agent'], staffLabels)).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });

  it('lists only the events the roles may fire from the state', () => {
    // 三员分立: the security administrator, not the system administrator, disables an account.
    expect(allowedEvents(staffWorkflow, 'active', ['security_admin'])).toEqual(['disable']);
    expect(allowedEvents(staffWorkflow, 'active', ['sysadmin'])).toEqual([]);
    expect(allowedEvents(staffWorkflow, 'active', ['title_reviewer'])).toEqual([]);
  });
});

describe('where an org may sit in the review tree', () => {
  it.each([
    ['province', null, true],
    ['province', 'city', false],
    ['city', 'province', true],
    ['city', null, false],
    ['department', 'city', true],
    ['unit', 'department', true],
    ['unit', 'city', true], // a unit without a competent department
    ['city', 'department', false],
    ['unit', 'unit', false],
  ] as const)('%s under %s: %s', (level, parent, ok) => {
    expect(orgParentProblem(level, parent) === null).toBe(ok);
  });
});
