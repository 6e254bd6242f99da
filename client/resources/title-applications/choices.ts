import type { FileInfo } from '../../common/FileViewer';
import { choices } from '../../common/roleChoices';

export const TITLE_STATUSES = ['pending', 'awaiting_submission', 'returned', 'rejected', 'approved'] as const;
export const TITLE_LEVELS = ['junior', 'intermediate', 'associate_senior', 'senior'] as const;
/** The order a reviewer reads them in [003 §3.1 C]. */
export const TITLE_MODULES = [
  'basic',
  'education',
  'work_history',
  'qualifications',
  'achievements',
  'publications',
  'continuing_education',
  'awards',
  'attachments',
] as const;
export type TitleModule = (typeof TITLE_MODULES)[number];

export const STATUS_CHOICES = choices(TITLE_STATUSES, 'titles.status');
export const LEVEL_CHOICES = choices(TITLE_LEVELS, 'titles.level');

export interface ModuleView {
  module: TitleModule;
  label: string;
  content: Record<string, unknown>;
  revision: number;
  /** The revision before, when the latest resubmission changed this module. */
  previous: Record<string, unknown> | null;
  changed: boolean;
  /** 附件材料 only: the stored files its entries name by fileId. */
  files?: FileInfo[];
}

export interface ChainStep {
  orgId: number;
  level: string;
  name: string;
}

export interface ReviewStep {
  id: number;
  kind: 'submitted' | 'claimed' | 'reassigned' | 'reviewed' | 'forwarded' | 'resubmitted' | 'withdrawn' | 'urged';
  at: string;
  step: number;
  orgId: number | null;
  orgName: string | null;
  orgLevel: string | null;
  actorName: string | null;
  /** 委托: the reviewer the actor acted for. */
  onBehalfOfName?: string | null;
  result: 'pass' | 'approve' | 'return' | 'reject' | null;
  opinion: string | null;
  moduleErrors: TitleModule[] | null;
  returnToOrgId: number | null;
  returnToName: string | null;
  resubmitTo: 'this_level' | 'first_level' | null;
  batchId: number | null;
  detail: string;
}

export interface Progress {
  status: (typeof TITLE_STATUSES)[number];
  currentStep: number;
  chain: (ChainStep & { levelLabel: string; state: 'done' | 'current' | 'ahead' | 'returned' })[];
  steps: ReviewStep[];
}

export interface Counters {
  orgId: number | null;
  orgName: string | null;
  plans: {
    planId: number;
    planName: string;
    series: string;
    year: number;
    pending: number;
    awaitingSubmission: number;
    returned: number;
    /** Of what waits here, how much is past its level's due date. */
    overdue: number;
    levelDeadlineDays: number;
  }[];
}

export interface Reviewer {
  id: number;
  username: string;
  name: string;
}

/** The list with a filter set, as react-admin reads it from the URL. */
export const applicationsLink = (filter: Record<string, unknown>) =>
  `/title-applications?filter=${encodeURIComponent(JSON.stringify(filter))}`;
