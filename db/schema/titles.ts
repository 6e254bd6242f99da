import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Pause } from '../../server/domain/workingDays';
import { DEFAULT_LEVEL_DEADLINE_DAYS } from '../../server/domain/titleDeadlines';
import { TITLE_LEVELS, type ChainStep, type TitleLevel } from '../../server/domain/titleRouting';
import {
  ARRIVALS,
  RESUBMIT_TARGETS,
  REVIEW_RESULTS,
  TITLE_APPLICATION_STATUSES,
  TITLE_MODULES,
  type TitleModule,
} from '../../server/domain/workflows/titleApplications.workflow';
import { files, orgs, staff } from './foundation';
import { createdUpdated, flag, id, timestamp, version } from './columns';

/** 申报事项 (e.g. 2026年度卫生系列高级职称申报): sysadmin keeps them, applications belong to one. */
export const titlePlans = sqliteTable(
  'title_plans',
  {
    id: id(),
    name: text().notNull().unique(),
    /** 职称系列, e.g. 卫生系列; an application's series must be its plan's. */
    series: text().notNull(),
    year: integer().notNull(),
    /** The title levels this plan takes applications for. */
    levels: text({ mode: 'json' }).$type<TitleLevel[]>().notNull(),
    /** 申报时间: the public hall accepts applications from startDate through endDate (YYYY-MM-DD). */
    startDate: text().notNull(),
    endDate: text().notNull(),
    /** Off = the public hall takes no new applications; work in flight carries on. */
    active: integer({ mode: 'boolean' }).notNull().default(true),
    description: text().notNull().default(''),
    /** 批量通过 allowed at the levels above the employer unit (the unit level always reviews one by one). */
    batchPassAllowed: integer({ mode: 'boolean' }).notNull().default(true),
    /** 每级审核时限: working days each level of the chain has for an application. */
    levelDeadlineDays: integer().notNull().default(DEFAULT_LEVEL_DEADLINE_DAYS),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('title_plans_year_idx').on(t.year, t.id), index('title_plans_series_idx').on(t.series)],
);

/** 职称申报: the applicant, the plan, and where the application stands in its stored review chain. */
export const titleApplications = sqliteTable(
  'title_applications',
  {
    id: id(),
    planId: integer()
      .notNull()
      .references(() => titlePlans.id),
    series: text().notNull(),
    level: text({ enum: TITLE_LEVELS }).notNull(),
    /** 申报职称 as the applicant named it (e.g. 副主任医师). */
    titleName: text(),
    applicantName: text().notNull(),
    applicantIdNumber: text().notNull(),
    /** The USCC or an ID number carries a GB/T 2260 county code the current list lacks (merged away): kept, flagged. */
    regionCodeUnknown: flag(),
    applicantPhone: text().notNull(),
    unitOrgId: integer()
      .notNull()
      .references(() => orgs.id),
    /** Computed once at submission (unit → … → the last bureau), so later tree edits reroute nothing in flight. */
    chain: text({ mode: 'json' }).$type<ChainStep[]>().notNull(),
    currentStep: integer().notNull().default(0),
    /** The org of chain[currentStep]: where it waits (pending, awaiting submission) or where it left the chain. */
    currentOrgId: integer()
      .notNull()
      .references(() => orgs.id),
    status: text({ enum: TITLE_APPLICATION_STATUSES }).notNull().default('pending'),
    /** The reviewer of the current org holding it (claimed or reassigned); null = anyone there. */
    assigneeId: integer().references(() => staff.id),
    /** While returned to the applicant: the modules they may change, who returned it, and where it goes next. */
    returnedModules: text({ mode: 'json' }).$type<TitleModule[]>(),
    returnedFromStep: integer(),
    resubmitTo: text({ enum: RESUBMIT_TARGETS }),
    /** 1 at submission, +1 per resubmission. */
    revision: integer().notNull().default(1),
    submittedAt: timestamp().notNull(),
    resubmittedAt: timestamp(),
    decidedAt: timestamp(),
    /** The level's clock: the Beijing day it arrived at its current level, and its stretches with the applicant since. */
    levelSince: text(),
    levelPauses: text({ mode: 'json' })
      .$type<Pause[]>()
      .notNull()
      .default(sql`'[]'`),
    /** The last day of the current level (null while with the applicant, or decided). */
    dueDate: text(),
    /** How it came to its current level (a sender may take back only what it sent up). */
    arrivedVia: text({ enum: ARRIVALS }),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [
    index('title_apps_current_due_idx').on(t.currentOrgId, t.status, t.dueDate),
    index('title_apps_due_idx').on(t.dueDate),
    // The review home and the work lists: what waits at one org, per plan, oldest first.
    index('title_apps_current_plan_idx').on(t.currentOrgId, t.status, t.planId),
    index('title_apps_current_submitted_idx').on(t.currentOrgId, t.status, t.submittedAt),
    index('title_apps_plan_idx').on(t.planId, t.status, t.submittedAt),
    index('title_apps_status_idx').on(t.status, t.submittedAt),
    index('title_apps_assignee_idx').on(t.assigneeId, t.status, t.submittedAt),
    index('title_apps_unit_idx').on(t.unitOrgId, t.status, t.submittedAt),
    index('title_apps_level_idx').on(t.level, t.submittedAt),
    index('title_apps_series_idx').on(t.series, t.submittedAt),
    index('title_apps_name_idx').on(t.applicantName),
    index('title_apps_id_number_idx').on(t.applicantIdNumber),
    index('title_apps_submitted_idx').on(t.submittedAt),
    index('title_apps_updated_idx').on(t.updatedAt),
  ],
);

/**
 * Every org an application has reached (待审 there at least once): a reviewer sees exactly the
 * applications at, or that passed through, their org.
 */
export const titleApplicationOrgs = sqliteTable(
  'title_application_orgs',
  {
    orgId: integer()
      .notNull()
      .references(() => orgs.id),
    applicationId: integer()
      .notNull()
      .references(() => titleApplications.id),
    arrivedAt: timestamp().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.applicationId] }), index('title_app_orgs_app_idx').on(t.applicationId)],
);

/** Module contents, every revision kept: the current one is the highest, the one before it is the diff's left side. */
export const titleModuleVersions = sqliteTable(
  'title_module_versions',
  {
    id: id(),
    applicationId: integer()
      .notNull()
      .references(() => titleApplications.id),
    module: text({ enum: TITLE_MODULES }).notNull(),
    revision: integer().notNull(),
    content: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex('title_module_versions_idx').on(t.applicationId, t.module, t.revision)],
);

export const TITLE_STEP_KINDS = [
  'submitted',
  'claimed',
  'reassigned',
  'reviewed',
  'forwarded',
  'resubmitted',
  'withdrawn',
  'urged',
] as const;
export const TITLE_STEP_RESULTS = ['pass', 'approve', 'return', 'reject'] as const;

/** 审核进度: each thing that happened to an application, with the level and org it happened at. */
export const titleReviewSteps = sqliteTable(
  'title_review_steps',
  {
    id: id(),
    applicationId: integer()
      .notNull()
      .references(() => titleApplications.id),
    kind: text({ enum: TITLE_STEP_KINDS }).notNull(),
    at: timestamp().notNull(),
    /** The chain step and org it happened at (names copied: the record outlives renames). */
    step: integer().notNull(),
    orgId: integer().references(() => orgs.id),
    orgName: text(),
    orgLevel: text(),
    actorId: integer().references(() => staff.id),
    actorName: text(),
    /** 委托: the reviewer on leave the actor acted for ("代 X 审核"); null when acting for themself. */
    onBehalfOfId: integer().references(() => staff.id),
    onBehalfOfName: text(),
    result: text({ enum: TITLE_STEP_RESULTS }),
    opinion: text(),
    moduleErrors: text({ mode: 'json' }).$type<TitleModule[]>(),
    /** A return: the org it went back to (null with result 'return' = the applicant). */
    returnToOrgId: integer().references(() => orgs.id),
    returnToName: text(),
    resubmitTo: text({ enum: RESUBMIT_TARGETS }),
    batchId: integer(),
    detail: text().notNull().default(''),
  },
  (t) => [index('title_review_steps_app_idx').on(t.applicationId, t.id)],
);

/** 推荐报告 an org uploads once for a plan and then chooses for each batch it sends up. */
export const titlePlanReports = sqliteTable(
  'title_plan_reports',
  {
    id: id(),
    planId: integer()
      .notNull()
      .references(() => titlePlans.id),
    orgId: integer()
      .notNull()
      .references(() => orgs.id),
    fileId: integer()
      .notNull()
      .references(() => files.id),
    createdBy: integer().references(() => staff.id),
    createdByName: text(),
    createdAt: timestamp().notNull(),
  },
  (t) => [uniqueIndex('title_plan_reports_plan_org_idx').on(t.planId, t.orgId)],
);

/** 批量送审: applications passed at one org, sent up to the next with the 推荐报告/申报函. */
export const submissionBatches = sqliteTable(
  'submission_batches',
  {
    id: id(),
    fromOrgId: integer()
      .notNull()
      .references(() => orgs.id),
    toOrgId: integer()
      .notNull()
      .references(() => orgs.id),
    attachmentFileId: integer()
      .notNull()
      .references(() => files.id),
    note: text().notNull().default(''),
    /** The org's reusable 推荐报告 for the plan, when the batch chose it instead of an upload (its file is attachmentFileId). */
    reportId: integer().references(() => titlePlanReports.id),
    applicationCount: integer().notNull(),
    createdBy: integer().references(() => staff.id),
    createdByName: text(),
    createdAt: timestamp().notNull(),
  },
  (t) => [
    index('submission_batches_from_idx').on(t.fromOrgId, t.createdAt),
    index('submission_batches_to_idx').on(t.toOrgId, t.createdAt),
    index('submission_batches_created_idx').on(t.createdAt),
    index('submission_batches_report_idx').on(t.reportId),
  ],
);

export const submissionBatchItems = sqliteTable(
  'submission_batch_items',
  {
    batchId: integer()
      .notNull()
      .references(() => submissionBatches.id),
    applicationId: integer()
      .notNull()
      .references(() => titleApplications.id),
    /** 撤回: the sender took this one back down; the rest of the batch stays where it went. */
    withdrawnAt: timestamp(),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.applicationId] }),
    index('submission_batch_items_app_idx').on(t.applicationId),
  ],
);

/** 常用意见: a reviewer's own (ownerId) and the global ones sysadmin keeps (ownerId null). */
export const auditOpinions = sqliteTable(
  'audit_opinions',
  {
    id: id(),
    text: text().notNull(),
    ownerId: integer().references(() => staff.id),
    sortOrder: integer().notNull().default(0),
    /** The review result it is written for (通过 / 退回 / 不通过); null = offered for any result. */
    result: text({ enum: REVIEW_RESULTS }),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [index('audit_opinions_owner_idx').on(t.ownerId, t.sortOrder)],
);

/**
 * A reviewer's unfinished review of one application (module marks, result, opinion), kept on the
 * server so it survives a reload or another PC. One per reviewer and application; gone once the
 * review is submitted (the application has then left that level).
 */
export const reviewDrafts = sqliteTable(
  'review_drafts',
  {
    id: id(),
    applicationId: integer()
      .notNull()
      .references(() => titleApplications.id),
    reviewerId: integer()
      .notNull()
      .references(() => staff.id),
    marks: text({ mode: 'json' }).$type<Partial<Record<TitleModule, 'ok' | 'wrong'>>>().notNull(),
    result: text({ enum: REVIEW_RESULTS }),
    opinion: text().notNull().default(''),
    /** 'applicant' or an org id of the chain, as the form holds it. */
    returnTo: text(),
    resubmitTo: text({ enum: RESUBMIT_TARGETS }),
    ...createdUpdated(),
    version: version(),
  },
  (t) => [uniqueIndex('review_drafts_app_reviewer_idx').on(t.applicationId, t.reviewerId)],
);

/**
 * 催办: a level above the one holding an application urged it (at most once per application and Beijing
 * day, held by the unique index); the holding org's reviewers see it on their review home.
 */
export const titleUrges = sqliteTable(
  'title_urges',
  {
    id: id(),
    applicationId: integer()
      .notNull()
      .references(() => titleApplications.id),
    /** The org that urged, and the one that held the application then (whose reviewers are told). */
    fromOrgId: integer()
      .notNull()
      .references(() => orgs.id),
    fromOrgName: text().notNull(),
    heldOrgId: integer()
      .notNull()
      .references(() => orgs.id),
    actorId: integer().references(() => staff.id),
    actorName: text().notNull(),
    message: text().notNull(),
    /** The Beijing calendar day of the urge (YYYY-MM-DD). */
    day: text().notNull(),
    at: timestamp().notNull(),
  },
  (t) => [
    uniqueIndex('title_urges_app_day_idx').on(t.applicationId, t.day),
    index('title_urges_held_idx').on(t.heldOrgId, t.at),
  ],
);
