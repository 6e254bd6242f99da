import type { TransitionTable } from './stateMachine';
import { OPERATOR_EVENT_LABELS, OPERATOR_STATUS_LABELS } from '../labels';

export type OperatorStatus = 'active' | 'disabled';
export type OperatorEvent = 'disable' | 'enable';

/** An operator is usable or disabled; "expired" is not a state but a date (validTo), checked on enable. */
export const operatorWorkflow: TransitionTable<OperatorStatus, OperatorEvent> = {
  active: { disable: { to: 'disabled', roles: ['institution_admin'] } },
  disabled: { enable: { to: 'active', roles: ['institution_admin'] } },
};

export const operatorLabels = {
  state: (s: OperatorStatus) => OPERATOR_STATUS_LABELS[s],
  event: (e: OperatorEvent) => OPERATOR_EVENT_LABELS[e],
};

/** Past its validity end an operator cannot act, whatever its status says. */
export const isExpired = (validTo: string, today: string) => validTo < today;
