import type { TransitionTable } from './stateMachine';
import { UNIT_EVENT_LABELS, UNIT_STATUS_LABELS } from '../labels';

export type UnitStatus = 'pending_activation' | 'active' | 'frozen' | 'cancelled';
export type UnitEvent = 'activate' | 'freeze' | 'unfreeze' | 'cancel' | 'resetPassword';

const ADMIN = ['institution_admin'] as const;

/**
 * 待激活 → 正常 ⇄ 冻结; 注销 is the end of the road from any living state [001 §五(一), design].
 * A pending unit has never logged in, so there is no password to reset yet; a frozen one must be
 * unfrozen first, so a reset never reopens a frozen account behind anyone's back.
 */
export const unitWorkflow: TransitionTable<UnitStatus, UnitEvent> = {
  pending_activation: {
    activate: { to: 'active', roles: ADMIN },
    cancel: { to: 'cancelled', roles: ADMIN },
  },
  active: {
    freeze: { to: 'frozen', roles: ADMIN },
    cancel: { to: 'cancelled', roles: ADMIN },
    resetPassword: { to: 'active', roles: ADMIN },
  },
  frozen: {
    unfreeze: { to: 'active', roles: ADMIN },
    cancel: { to: 'cancelled', roles: ADMIN },
  },
  cancelled: {},
};

export const unitLabels = {
  state: (s: UnitStatus) => UNIT_STATUS_LABELS[s],
  event: (e: UnitEvent) => UNIT_EVENT_LABELS[e],
};
