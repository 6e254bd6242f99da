import type { ComponentType } from 'react';
import type { Role } from '../providers/access';
import { OutboxWidget } from './OutboxWidget';
import { InstitutionAdminWidget } from './InstitutionAdminWidget';
import { AppealStatsWidget } from './AppealStatsWidget';
import { TitleReviewWidget } from './TitleReviewWidget';

/** One entry per widget file; each capability appends its own. */
export const dashboardWidgets: { key: string; roles: Role[]; Widget: ComponentType }[] = [
  { key: 'outbox', roles: ['sysadmin'], Widget: OutboxWidget },
  { key: 'institution-admin', roles: ['institution_admin'], Widget: InstitutionAdminWidget },
  { key: 'appeals', roles: ['appeal_agent'], Widget: AppealStatsWidget },
  { key: 'title-review', roles: ['title_reviewer'], Widget: TitleReviewWidget },
];
