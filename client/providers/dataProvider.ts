import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { API, httpClient } from './http';
import type { AuditRow } from '../common/AuditTrail';
import type { Verification } from '../resources/audit-logs/ChainStatus';
import type { Change } from '../resources/units/UnitPanels';
import type { Receipt } from '../resources/units/UnitReceipt';
import type { CheckResult as SignInCheckResult } from '../resources/units/SignInCheckButton';
import type { Stats as InstitutionStats } from '../resources/institutions/InstitutionStats';
import type { AppealStats } from '../resources/appeals/choices';
import type { SignInFailureStats } from '../dashboard/SignInFailuresWidget';
import type { Region } from '../common/RegionPicker';
import type { Agent } from '../resources/appeals/AssigneeFilter';
import type { BulkOutcome } from '../resources/appeals/AppealBulkActions';
import type { AuditLabels } from '../resources/audit-logs/AuditLogList';
import type { TimelineItem } from '../resources/appeals/AppealTimeline';
import type { Counters, Progress, Reviewer } from '../resources/title-applications/choices';
import type { SystemProgress } from '../resources/legacy-accounts/LegacyProgress';
import type { Kpis } from '../dashboard/kpis';
import type { BatchPassOutcome, PlanReport, PlanStats } from '../resources/title-applications/statsTypes';

const base = simpleRestProvider(API, httpClient, 'Content-Range');

/**
 * Keyset paging (API.md, lists): a full page may answer `X-Next-Cursor`; the request for exactly the
 * next page (same list, sort and filter, the range right after) sends it as `cursor`, and the server
 * walks its index from there instead of skipping rows by OFFSET. Remembered per next-page key; a
 * refused cursor (the server restarted, the data moved) is dropped and the page asked for by offset.
 */
const cursors = new Map<string, string>();
const CURSORS_KEPT = 200;
type ListArgs = Parameters<typeof base.getList>[1];
const pageKey = (resource: string, p: ListArgs, start: number) => JSON.stringify([resource, p.sort, p.filter, start]);

async function getList(resource: string, params: ListArgs) {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const start = (page - 1) * perPage;
  const cursor = cursors.get(pageKey(resource, params, start));
  let next: string | null = null;
  const withCursor = (sent: string | undefined) =>
    simpleRestProvider(
      API,
      async (url: string, options?: Parameters<typeof httpClient>[1]) => {
        const res = await httpClient(sent ? `${url}&${new URLSearchParams({ cursor: sent })}` : url, options);
        next = res.headers.get('X-Next-Cursor');
        return res;
      },
      'Content-Range',
    ).getList(resource, params);
  let result;
  try {
    result = await withCursor(cursor);
  } catch (e) {
    if (!cursor || (e as { status?: number }).status !== 400) throw e;
    cursors.delete(pageKey(resource, params, start));
    result = await withCursor(undefined);
  }
  if (next) {
    cursors.set(pageKey(resource, params, start + perPage), next);
    if (cursors.size > CURSORS_KEPT) cursors.delete(cursors.keys().next().value!);
  }
  return result;
}

/** What bulk activation did with each unit. */
export interface UnitActivation {
  id: number;
  result: 'activated' | 'not_pending' | 'not_found';
}
type InstitutionAdmin = { adminName: string; adminIdType: string; adminIdNumber: string; adminPhone: string };

/** A react-admin FileInput value. */
interface RaFile {
  rawFile: File;
  title?: string;
}

const isRaFile = (v: unknown): v is RaFile => !!v && typeof v === 'object' && (v as RaFile).rawFile instanceof File;

/** Record data as multipart when it carries files (offline registration, batch submission…), else JSON. */
function toBody(data: Record<string, unknown>): { body: string | FormData; multipart: boolean } {
  if (!Object.values(data).some(isRaFile)) return { body: JSON.stringify(data), multipart: false };
  const form = new FormData();
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null) continue;
    if (isRaFile(value)) form.append(key, value.rawFile, value.rawFile.name);
    // Numbers and booleans read the same as JSON; objects go as JSON text.
    else form.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return { body: form, multipart: true };
}

/** What `POST /api/legacy-accounts/import` answers. */
export interface LegacyImportReport {
  imported: number;
  skipped: { row: number; reason: string }[];
}

/** The import as XHR, so the console can show upload progress on a large file (fetch cannot). */
function uploadWithProgress<T>(path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API}/${path}`);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((100 * e.loaded) / e.total));
    xhr.onload = () => {
      let body: { message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as { message?: string };
      } catch {
        /* not JSON: the status says enough */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(Object.assign(new Error(body.message ?? `HTTP ${xhr.status}`), { status: xhr.status, body }));
    };
    xhr.onerror = () => reject(new Error('network error'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** 被催办 on the review home (GET /api/title-applications/urges). */
export interface TitleUrgeNotice {
  id: number;
  applicationId: number;
  applicantName: string;
  fromOrgName: string;
  actorName: string;
  message: string;
  at: string;
}

const get = async <T>(path: string): Promise<T> => (await httpClient(`${API}/${path}`)).json as T;

async function post<T>(path: string, data: Record<string, unknown> = {}): Promise<T> {
  return (await httpClient(`${API}/${path}`, { method: 'POST', body: toBody(data).body })).json as T;
}

/** A review in progress as the server keeps it (per reviewer and application). */
export interface ReviewDraftRecord {
  id: number;
  marks: Record<string, 'ok' | 'wrong'>;
  result: 'pass' | 'return' | 'reject' | null;
  opinion: string;
  returnTo: string | null;
  resubmitTo: 'this_level' | 'first_level' | null;
  updatedAt: string;
  version: number;
}

/** What a record action answers: the record as it now stands. */
type Updated = RaRecord;
/** `version` goes with every action on a versioned record (409 when someone changed it first). */
type Versioned = { version: number };

/** 委托 today (GET /api/delegations/current). */
interface DelegationParty {
  id: number;
  name: string;
  endDate: string;
}
export interface CurrentDelegations {
  actingFor: DelegationParty[];
  delegatedTo: DelegationParty[];
}

/**
 * simple-rest plus one named method per non-CRUD endpoint of API.md, so no component builds a URL.
 * Every state change is a POST called from an ActionDialog (useMutation, pessimistic).
 */
export const dataProvider = {
  ...base,
  getList,
  async create<R extends RaRecord = RaRecord>(resource: string, params: { data: Record<string, unknown> }) {
    const created = (
      await httpClient(`${API}/${resource}`, {
        method: 'POST',
        body: toBody(params.data).body,
      })
    ).json as R;
    return { data: created };
  },

  /** POST /api/<resource>/:id/<action> for an action the record lists in `allowedActions` (the server names them). */
  recordAction: (resource: string, id: Identifier, action: string, data: Record<string, unknown>) =>
    post<Updated>(`${resource}/${id}/${action}`, data),
  /** The full ID number and phone of one record, and why they are looked at; the server writes an audit row (with the reason) for every call. */
  revealPii: (resource: string, id: Identifier, reason: string) =>
    get<Record<string, string | null>>(`${resource}/${id}/pii?${new URLSearchParams({ reason })}`),
  getAuditTrail: (resource: string, id: Identifier) =>
    get<AuditRow[]>(`audit-logs/trail?${new URLSearchParams({ resource, resourceId: String(id) })}`),
  /** Walks the audit log's hash chain on the server (sysadmin). */
  verifyAuditChain: () => get<Verification>('audit-logs/verify'),
  /** The choices of the audit log's 操作 and 对象类型 filters, labelled by the server. */
  getAuditLabels: () => get<AuditLabels>('audit-logs/labels'),
  getNotificationStats: () => get<Record<'queued' | 'sent' | 'failed', number>>('notifications/stats'),
  resetStaffPassword: (id: Identifier, data: Versioned & { password: string }) =>
    post<Updated>(`staff/${id}/reset-password`, data),

  getUnitChanges: (id: Identifier) => get<Change[]>(`units/${id}/changes`),
  getUnitReceipt: (id: Identifier) => get<Receipt>(`units/${id}/receipt`),
  /** 扫码登录核验: the caller's identity travels in the body, never in a URL; audited like a PII reveal. */
  checkUnitSignIn: (id: Identifier, data: { name: string; idType: string; idNumber: string; method: string }) =>
    post<SignInCheckResult>(`units/${id}/sign-in-check`, data),
  activateUnit: (id: Identifier, data: Versioned) => post<Updated>(`units/${id}/activate`, data),
  /** One request for many units; the answer says what became of each. */
  activateUnits: (ids: Identifier[]) => post<{ results: UnitActivation[] }>('units/activate', { ids }),
  setUnitQuota: (id: Identifier, data: Versioned & { adminQuota: number; operatorQuota: number; reason: string }) =>
    post<Updated>(`units/${id}/quota`, data),

  getInstitutionStats: () => get<InstitutionStats>('institutions/stats'),
  openInstitution: (id: Identifier, data: Versioned & InstitutionAdmin) =>
    post<Updated>(`institutions/${id}/open`, data),
  changeInstitutionAdmin: (id: Identifier, data: Versioned & InstitutionAdmin) =>
    post<Updated>(`institutions/${id}/change-admin`, data),

  getAppealStats: () => get<AppealStats>('appeals/stats'),
  /** The dashboard's KPIs for the caller's roles, each number with the list filter it stands for. */
  getDashboardKpis: () => get<Kpis>('dashboard/kpis'),
  /** Failed scan sign-ins per reason over the last `days` days (every reason, zeros included). */
  getSignInFailureStats: (days: number) => get<SignInFailureStats>(`sign-in-events/stats?days=${days}`),
  /** GB/T 2260 divisions under `parent` (the provinces without one), for the region picker. */
  getRegions: (parent?: string) => get<Region[]>(parent ? `regions?parent=${parent}` : 'regions'),
  getAppealAgents: () => get<Agent[]>('appeals/agents'),
  getAppealTimeline: (id: Identifier) => get<TimelineItem[]>(`appeals/${id}/timeline`),
  /** 批量领取 / 批量转派: one request, one transaction; the answer says what became of each appeal. */
  claimAppeals: (ids: Identifier[]) => post<{ results: BulkOutcome[] }>('appeals/claim', { ids }),
  assignAppeals: (ids: Identifier[], assigneeId: number) =>
    post<{ results: BulkOutcome[] }>('appeals/assign', { ids, assigneeId }),
  checkAppealMaterial: (id: Identifier, data: Versioned & { field: string; verdict: string | null; note: string }) =>
    post<Updated>(`appeals/${id}/checklist`, data),

  getTitleApplicationCounters: () => get<Counters>('title-applications/counters'),
  getTitleReviewers: () => get<Reviewer[]>('title-applications/reviewers'),
  /** 委托 today: whom the caller reviews for, and to whom they delegated (the review home's banner). */
  getCurrentDelegations: () => get<CurrentDelegations>('delegations/current'),
  getTitleApplicationProgress: (id: Identifier) => get<Progress>(`title-applications/${id}/progress`),
  reviewTitleApplication: (id: Identifier, data: Record<string, unknown>) =>
    post<Updated>(`title-applications/${id}/review`, data),
  /** The caller's own review draft of the application (404 when there is none). */
  getReviewDraft: (id: Identifier) => get<ReviewDraftRecord>(`title-applications/${id}/review-draft`),
  /** Saves the draft on the version last seen (none for the first save); 409 `stale_draft` carries the newer one in `details[0]`. */
  saveReviewDraft: async (id: Identifier, data: Record<string, unknown>) =>
    (await httpClient(`${API}/title-applications/${id}/review-draft`, { method: 'PUT', body: JSON.stringify(data) }))
      .json as ReviewDraftRecord,
  discardReviewDraft: async (id: Identifier) =>
    (await httpClient(`${API}/title-applications/${id}/review-draft`, { method: 'DELETE' })).json as {
      deleted: number;
    },
  /** 领取 / 转派 move all the ids or none (the refusal lists each blocking application). */
  claimTitleApplications: (ids: Identifier[]) => post<{ count: number }>('title-applications/claim', { ids }),
  reassignTitleApplications: (ids: Identifier[], assigneeId: number | undefined) =>
    post<{ count: number }>('title-applications/reassign', { ids, assigneeId }),

  /** 催办 by a higher level of the chain (once a day per application; 429 after). */
  urgeTitleApplication: (id: Identifier, message: string) =>
    post<{ notified: { name: string; phone: string }[] }>(`title-applications/${id}/urge`, { message }),
  /** The review home's 被催办: urges of what the caller's org still holds. */
  getTitleUrges: () => get<TitleUrgeNotice[]>('title-applications/urges'),

  /** 批量通过: each id its own review; the answer says what became of each. */
  batchPassTitleApplications: (ids: Identifier[], opinion: string) =>
    post<BatchPassOutcome[]>('title-applications/batch-review', { ids, result: 'pass', opinion }),
  getTitlePlanStats: (planId: Identifier) => get<PlanStats>(`title-plans/${planId}/stats`),
  /** The caller's org's reusable 推荐报告 of the plan ([] before one is uploaded). */
  getTitlePlanReports: (planId: Identifier) => get<PlanReport[]>(`title-plans/${planId}/reports`),
  uploadTitlePlanReport: (planId: Identifier, file: File) =>
    post<PlanReport>(`title-plans/${planId}/reports`, { attachment: { rawFile: file } }),

  getLegacyProgress: () => get<SystemProgress[]>('legacy-accounts/progress'),
  importLegacyAccounts: (file: File, onProgress: (percent: number) => void) =>
    uploadWithProgress<LegacyImportReport>('legacy-accounts/import', file, onProgress),
  unlockLegacyAccount: (id: Identifier, data: Versioned & { reason: string }) =>
    post<Updated>(`legacy-accounts/${id}/unlock`, data),
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;

// Download links are plain functions, not provider methods: react-admin's useDataProvider wraps every
// method and refuses one that answers anything but a promise ("The dataProvider threw an error").

/** The filtered title applications as .xlsx (the list's own filter and sort), for a download link. */
export const titleApplicationsExportUrl = (filter: Record<string, unknown>, sort?: { field: string; order: string }) =>
  `${API}/title-applications/export.xlsx?${new URLSearchParams({
    filter: JSON.stringify(filter),
    ...(sort ? { sort: JSON.stringify([sort.field, sort.order]) } : {}),
  })}`;

/** A plan's 评审结果表 as .xlsx. */
export const titlePlanResultSheetUrl = (planId: Identifier) => `${API}/title-plans/${planId}/result-sheet.xlsx`;
