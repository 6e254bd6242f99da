import type { TransitionTable } from './stateMachine';
import { STAFF_EVENT_LABELS, STAFF_STATUS_LABELS } from '../labels';

export const STAFF_STATUSES = ['active', 'disabled'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export type StaffEvent = 'disable' | 'enable';

/** A staff account is either usable or disabled; disabling revokes its sessions. */
export const staffWorkflow: TransitionTable<StaffStatus, StaffEvent> = {
  active: { disable: { to: 'disabled', roles: ['security_admin'] } },
  disabled: { enable: { to: 'active', roles: ['security_admin'] } },
};

export const staffLabels = {
  state: (s: StaffStatus) => STAFF_STATUS_LABELS[s],
  event: (e: StaffEvent) => STAFF_EVENT_LABELS[e],
};
