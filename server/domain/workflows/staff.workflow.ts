import type { TransitionTable } from './stateMachine';

export const STAFF_STATUSES = ['active', 'disabled'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export type StaffEvent = 'disable' | 'enable';

/** A staff account is either usable or disabled; disabling revokes its sessions. */
export const staffWorkflow: TransitionTable<StaffStatus, StaffEvent> = {
  active: { disable: { to: 'disabled', roles: ['sysadmin'] } },
  disabled: { enable: { to: 'active', roles: ['sysadmin'] } },
};

export const staffLabels = {
  state: (s: StaffStatus) => ({ active: '正常', disabled: '已停用' })[s],
  event: (e: StaffEvent) => ({ disable: '停用', enable: '启用' })[e],
};
