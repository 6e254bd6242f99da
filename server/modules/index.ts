import type { Router } from 'express';
import type { AppContext } from '../context';
import { auditLogRoutes } from './audit-logs/audit-logs.routes';
import { fileRoutes } from './files/files.routes';
import { institutionRoutes } from './institutions/institutions.routes';
import { unitRoutes } from './units/units.routes';
import { operatorRoutes } from './operators/operators.routes';
import { businessItemRoutes } from './business-items/business-items.routes';
import { notificationRoutes } from './notifications/notifications.routes';
import { orgRoutes } from './orgs/orgs.routes';
import { settingRoutes } from './settings/settings.routes';
import { staffRoutes } from './staff/staff.routes';
import { appealRoutes } from './appeals/appeals.routes';
import { appealIntakeRoutes } from './appeals/appeals.intake.routes';
import { rejectReasonRoutes } from './reject-reasons/reject-reasons.routes';
import { workCalendarRoutes } from './work-calendar/work-calendar.routes';
import { titlePlanRoutes } from './title-plans/title-plans.routes';
import { titleApplicationRoutes } from './title-applications/title-applications.routes';
import { titleApplicationIntakeRoutes } from './title-applications/title-applications.intake.routes';
import { submissionBatchRoutes } from './submission-batches/submission-batches.routes';
import { auditOpinionRoutes } from './audit-opinions/audit-opinions.routes';
import { sealRoutes } from './seals/seals.routes';
import { sealIntakeRoutes } from './seals/seals.intake.routes';
import { sealGrantIntakeRoutes, sealGrantRoutes } from './seal-grants/seal-grants.routes';
import { signInEventIntakeRoutes, signInEventRoutes } from './sign-in-events/sign-in-events.routes';
import { regionRoutes } from './regions/regions.routes';
import { legacyAccountRoutes, legacyUpgradeIntakeRoutes } from './legacy-accounts/legacy-accounts.routes';
import { dashboardRoutes } from './dashboard/dashboard.routes';
import { delegationRoutes } from './delegations/delegations.routes';
import { apiDocsRoutes, openApiRoutes } from '../openapi/openapi.routes';

/**
 * Every staff-facing resource, mounted under /api/<path> behind the session check.
 * A capability adds its line here (and its intake routes in intakeModules).
 */
export const staffModules: [path: string, build: (ctx: AppContext) => Router][] = [
  ['staff', staffRoutes],
  ['orgs', orgRoutes],
  ['audit-logs', auditLogRoutes],
  ['notifications', notificationRoutes],
  ['settings', settingRoutes],
  ['files', fileRoutes],
  ['institutions', institutionRoutes],
  ['units', unitRoutes],
  ['operators', operatorRoutes],
  ['business-items', businessItemRoutes],
  ['appeals', appealRoutes],
  ['reject-reasons', rejectReasonRoutes],
  ['work-calendar', workCalendarRoutes],
  ['title-plans', titlePlanRoutes],
  ['title-applications', titleApplicationRoutes],
  ['submission-batches', submissionBatchRoutes],
  ['audit-opinions', auditOpinionRoutes],
  ['seals', sealRoutes],
  ['seal-grants', sealGrantRoutes],
  ['sign-in-events', signInEventRoutes],
  ['regions', regionRoutes],
  ['legacy-accounts', legacyAccountRoutes],
  ['dashboard', dashboardRoutes],
  ['delegations', delegationRoutes],
  ['openapi.json', openApiRoutes],
  ['docs', apiDocsRoutes],
];

/** System-to-system routes from the public hall, mounted under /api/intake/<path> behind X-Intake-Key. */
export const intakeModules: [path: string, build: (ctx: AppContext) => Router][] = [
  ['appeals', appealIntakeRoutes],
  ['title-applications', titleApplicationIntakeRoutes],
  ['seals', sealIntakeRoutes],
  ['seal-grants', sealGrantIntakeRoutes],
  ['sign-in-events', signInEventIntakeRoutes],
  ['legacy-upgrades', legacyUpgradeIntakeRoutes],
];
