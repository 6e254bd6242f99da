import { choices } from '../../common/roleChoices';

export const MATERIAL_FIELDS = [
  'businessLicense',
  'authorizationLetter',
  'legalRepIdFront',
  'legalRepIdBack',
  'operatorIdFront',
  'operatorIdBack',
  'operatorHoldingId',
] as const;
/** The queue's status filter: "to do" (the default view), "not decided", then each status. */
export const STATUS_FILTER_CHOICES = choices(
  ['open', 'undecided', 'submitted', 'processing', 'supplement_requested', 'approved', 'rejected', 'merged'],
  'appeals.status',
);
export const TYPE_CHOICES = choices(['assisted_registration', 'info_change'], 'appeals.type');

export interface AppealMaterial {
  field: string;
  label: string;
  verdict: 'acceptable' | 'unacceptable' | null;
  note: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  file: { id: number; originalName: string; mime: string; size: number; createdAt: string };
}

export interface AppealStats {
  byStatus: Record<'submitted' | 'processing' | 'supplement_requested' | 'approved' | 'rejected' | 'merged', number>;
  overdue: number;
  mine: number;
  unassigned: number;
}

/** A link to the queue with a filter set, as react-admin reads it from the URL. */
export const queueLink = (filter: Record<string, unknown>) =>
  `/appeals?filter=${encodeURIComponent(JSON.stringify(filter))}`;
