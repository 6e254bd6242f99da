import type { TransitionTable } from './stateMachine';
import { INSTITUTION_EVENT_LABELS, INSTITUTION_STATUS_LABELS } from '../labels';

export const INSTITUTION_STATUSES = ['registered', 'open', 'disabled'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];
export type InstitutionEvent = 'open' | 'changeAdmin' | 'resetPassword' | 'disable' | 'enable';

const ADMIN = ['institution_admin'] as const;

/**
 * registered 已登记 → open 已开通 (an administrator is set) ⇄ disabled 已停用.
 * Changing the administrator and resetting the password keep an open institution open;
 * a disabled one must be enabled first, so nobody hands a stopped account to a new person by accident.
 */
export const institutionWorkflow: TransitionTable<InstitutionStatus, InstitutionEvent> = {
  registered: { open: { to: 'open', roles: ADMIN } },
  open: {
    changeAdmin: { to: 'open', roles: ADMIN },
    resetPassword: { to: 'open', roles: ADMIN },
    disable: { to: 'disabled', roles: ADMIN },
  },
  disabled: { enable: { to: 'open', roles: ADMIN } },
};

export const institutionLabels = {
  state: (s: InstitutionStatus) => INSTITUTION_STATUS_LABELS[s],
  event: (e: InstitutionEvent) => INSTITUTION_EVENT_LABELS[e],
};
