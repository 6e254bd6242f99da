import type { TransitionTable } from './stateMachine';
import { SEAL_EVENT_LABELS, SEAL_GRANT_STATUS_LABELS, SEAL_STATUS_LABELS } from '../labels';

export type SealStatus = 'active' | 'suspended' | 'voided';
/** suspend / restore follow the unit's freeze / unfreeze; void comes from the hall, staff or a cancellation. */
export type SealEvent = 'suspend' | 'restore' | 'void';

const ADMIN = ['institution_admin'] as const;
// Account events move seals without a staff role of their own (the unit's move was authorised already).
const SYSTEM = [] as const;

/** 正常 ⇄ 暂停 (unit frozen); 作废 is final — the type may then be applied for again as a new seal [002 §四.5(4)]. */
export const sealWorkflow: TransitionTable<SealStatus, SealEvent> = {
  active: {
    suspend: { to: 'suspended', roles: SYSTEM },
    void: { to: 'voided', roles: ADMIN },
  },
  suspended: {
    restore: { to: 'active', roles: SYSTEM },
    void: { to: 'voided', roles: ADMIN },
  },
  voided: {},
};

export const sealLabels = {
  state: (s: SealStatus) => SEAL_STATUS_LABELS[s],
  event: (e: SealEvent) => SEAL_EVENT_LABELS[e],
};

export type GrantStatus = 'active' | 'revoked';
export type GrantEvent = 'revoke';

/** A grant lives until it is revoked; "expired" is a date (validTo against the Beijing date), not a state. */
export const sealGrantWorkflow: TransitionTable<GrantStatus, GrantEvent> = {
  active: { revoke: { to: 'revoked', roles: ADMIN } },
  revoked: {},
};

export const sealGrantLabels = {
  state: (s: GrantStatus) => SEAL_GRANT_STATUS_LABELS[s],
  event: (_e: GrantEvent) => '撤销授权',
};

/** What the console shows: an active grant past its end date reads as expired. */
export const grantStatusOn = (
  g: { status: GrantStatus; validTo: string },
  today: string,
): 'active' | 'expired' | 'revoked' => (g.status === 'active' && g.validTo < today ? 'expired' : g.status);
