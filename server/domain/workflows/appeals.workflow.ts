import type { TransitionTable } from './stateMachine';
import { APPEAL_EVENT_LABELS, APPEAL_STATUS_LABELS } from '../labels';

export const APPEAL_TYPES = ['assisted_registration', 'info_change'] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];

export const APPEAL_STATUSES = [
  'submitted',
  'processing',
  'supplement_requested',
  'approved',
  'rejected',
  'merged',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
/** Waiting for an agent: the deadline runs (a supplement request pauses it). */
export const OPEN_STATUSES = ['submitted', 'processing'] as const satisfies readonly AppealStatus[];
/** Not decided yet: what the queue shows by default. */
export const UNDECIDED_STATUSES = [
  'submitted',
  'processing',
  'supplement_requested',
] as const satisfies readonly AppealStatus[];

export type AppealEvent =
  'claim' | 'assign' | 'approve' | 'reject' | 'requestSupplement' | 'receiveSupplement' | 'checklist' | 'merge';

const AGENT = ['appeal_agent'] as const;

/**
 * 待受理 → 处理中 (claimed or assigned) → 已通过 | 已驳回, with 待补正 in between when materials must
 * be sent again [001 §五(二), design]. The supplement comes back from the public hall, never from a
 * staff member, so no staff role may fire `receiveSupplement`. An appeal whose supplement never comes
 * can still be rejected; approving it needs the materials first. Marking a material (`checklist`)
 * keeps the status: it is a move only so the table alone says when and by whom materials are reviewed.
 * 合并 (`merge`) closes an undecided duplicate into another undecided appeal of the same unit.
 */
export const appealWorkflow: TransitionTable<AppealStatus, AppealEvent> = {
  submitted: {
    claim: { to: 'processing', roles: AGENT },
    assign: { to: 'processing', roles: AGENT },
    merge: { to: 'merged', roles: AGENT },
  },
  processing: {
    assign: { to: 'processing', roles: AGENT },
    approve: { to: 'approved', roles: AGENT },
    reject: { to: 'rejected', roles: AGENT },
    requestSupplement: { to: 'supplement_requested', roles: AGENT },
    checklist: { to: 'processing', roles: AGENT },
    merge: { to: 'merged', roles: AGENT },
  },
  supplement_requested: {
    assign: { to: 'supplement_requested', roles: AGENT },
    reject: { to: 'rejected', roles: AGENT },
    receiveSupplement: { to: 'processing', roles: [] },
    merge: { to: 'merged', roles: AGENT },
  },
  approved: {},
  rejected: {},
  /** 已合并: closed as a duplicate; the appeal it was merged into continues (a decided appeal never merges). */
  merged: {},
};

/** Decisions belong to the agent handling the appeal; claiming and assigning to anyone in the team. */
export const ASSIGNEE_ONLY: readonly AppealEvent[] = ['approve', 'reject', 'requestSupplement', 'checklist'];

export const appealLabels = {
  state: (s: AppealStatus) => APPEAL_STATUS_LABELS[s],
  event: (e: AppealEvent) => APPEAL_EVENT_LABELS[e],
  type: (t: AppealType) => ({ assisted_registration: '辅助企业注册申诉', info_change: '修改企业信息申诉' })[t],
};
