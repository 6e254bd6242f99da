import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../server/domain/roles';
import { allowedEvents, nextState, transition } from '../../server/domain/workflows/stateMachine';
import {
  APPEAL_STATUSES,
  appealLabels,
  appealWorkflow,
  type AppealEvent,
  type AppealStatus,
} from '../../server/domain/workflows/appeals.workflow';

const EVENTS: AppealEvent[] = [
  'claim',
  'assign',
  'approve',
  'reject',
  'requestSupplement',
  'receiveSupplement',
  'checklist',
  'merge',
];

/** Every move the table allows, written out by hand: the table must say exactly this. */
const ALLOWED: Record<AppealStatus, Partial<Record<AppealEvent, AppealStatus>>> = {
  submitted: { claim: 'processing', assign: 'processing', merge: 'merged' },
  // Marking a material keeps the status; it is only possible while the appeal is being processed.
  processing: {
    assign: 'processing',
    approve: 'approved',
    reject: 'rejected',
    requestSupplement: 'supplement_requested',
    checklist: 'processing',
    merge: 'merged',
  },
  supplement_requested: {
    assign: 'supplement_requested',
    reject: 'rejected',
    receiveSupplement: 'processing',
    merge: 'merged',
  },
  // Decided appeals never merge (409): a duplicate is closed into an appeal still being worked on.
  approved: {},
  rejected: {},
  merged: {},
};
const agent: StaffRole[] = ['appeal_agent'];

describe('the appeal workflow', () => {
  for (const from of APPEAL_STATUSES) {
    for (const event of EVENTS) {
      const to = ALLOWED[from][event];
      if (to && event !== 'receiveSupplement') {
        it(`when an agent fires ${event} on a ${from} appeal, then it becomes ${to}`, () => {
          expect(transition(appealWorkflow, from, event, agent, appealLabels)).toBe(to);
        });
      } else if (!to) {
        it(`when anyone fires ${event} on a ${from} appeal, then it is refused with 409`, () => {
          expect(() => transition(appealWorkflow, from, event, agent, appealLabels)).toThrow(
            expect.objectContaining({ status: 409 }),
          );
          expect(nextState(appealWorkflow, from, event)).toBeNull();
        });
      }
    }
  }

  it('when the public hall sends the supplement, then the appeal goes back to processing, and no staff role can fire that move', () => {
    expect(nextState(appealWorkflow, 'supplement_requested', 'receiveSupplement')).toBe('processing');
    for (const role of STAFF_ROLES) {
      expect(() =>
        transition(appealWorkflow, 'supplement_requested', 'receiveSupplement', [role], appealLabels),
      ).toThrow(expect.objectContaining({ status: 403 }));
    }
  });

  it('when another role tries an agent move, then it is refused with 403', () => {
    for (const role of STAFF_ROLES.filter((r) => r !== 'appeal_agent')) {
      expect(() => transition(appealWorkflow, 'submitted', 'claim', [role], appealLabels)).toThrow(
        expect.objectContaining({ status: 403 }),
      );
      expect(() => transition(appealWorkflow, 'processing', 'approve', [role], appealLabels)).toThrow(
        expect.objectContaining({ status: 403 }),
      );
      expect(allowedEvents(appealWorkflow, 'processing', [role])).toEqual([]);
    }
  });

  it('lists, for an agent, exactly the moves of each state (the buttons the review page shows)', () => {
    for (const from of APPEAL_STATUSES) {
      expect(allowedEvents(appealWorkflow, from, agent).sort()).toEqual(
        Object.keys(ALLOWED[from])
          .filter((e) => e !== 'receiveSupplement')
          .sort(),
      );
    }
  });

  it('has decided appeals as dead ends', () => {
    expect(appealWorkflow.approved).toEqual({});
    expect(appealWorkflow.rejected).toEqual({});
  });

  it('has a Chinese label for every state and event', () => {
    for (const s of APPEAL_STATUSES) expect(appealLabels.state(s)).toMatch(/[\u4e00-\u9fa5]/);
    for (const e of EVENTS) expect(appealLabels.event(e)).toMatch(/[\u4e00-\u9fa5]/);
  });
});
