import type { ComponentType } from 'react';
import type { Permission } from '../providers/access';
import { OutboxWidget } from './OutboxWidget';
import { InstitutionAdminWidget } from './InstitutionAdminWidget';
import { AppealStatsWidget } from './AppealStatsWidget';
import { TitleReviewWidget } from './TitleReviewWidget';
import { SignInFailuresWidget } from './SignInFailuresWidget';
import { AppealKpisWidget } from './AppealKpisWidget';
import { UnitKpisWidget } from './UnitKpisWidget';
import { TitleFunnelWidget } from './TitleFunnelWidget';

/**
 * One entry per widget file; each capability appends its own. A widget shows when the caller holds its
 * policy key — the outbox belongs to whoever keeps the service's settings (every role may read the outbox).
 */
export const dashboardWidgets: { key: string; permission: Permission; Widget: ComponentType }[] = [
  { key: 'outbox', permission: 'settings.write', Widget: OutboxWidget },
  { key: 'institution-admin', permission: 'institutions.read', Widget: InstitutionAdminWidget },
  { key: 'appeals', permission: 'appeals.read', Widget: AppealStatsWidget },
  { key: 'title-review', permission: 'titleApplications.read', Widget: TitleReviewWidget },
  // The appeal agents take the calls about failed scans; institution admins see the same list from the menu.
  { key: 'sign-in-failures', permission: 'appeals.read', Widget: SignInFailuresWidget },
  // The KPIs of #14: GET /api/dashboard/kpis answers each section only to the roles that do that work.
  { key: 'appeal-kpis', permission: 'appeals.read', Widget: AppealKpisWidget },
  { key: 'unit-kpis', permission: 'units.activate', Widget: UnitKpisWidget },
  { key: 'title-funnel', permission: 'titleApplications.read', Widget: TitleFunnelWidget },
];
