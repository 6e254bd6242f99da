import { and, asc, desc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { notifications, staff, titleApplications, titleReviewSteps } from '../schema';
import type { Tx } from '../client';
import type { Actor } from '../../server/domain/roles';
import { beijingDate } from '../../server/domain/workingDays';
import { HELD_STATUSES } from '../../server/domain/titleDeadlines';
import { withdrawIn } from '../../server/modules/title-applications/title-applications.withdraw';
import { urgeIn } from '../../server/modules/title-applications/title-applications.urge';
import type { SeedContext } from './context';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const BEIJING = 8 * HOUR;

/** The demo reviewers' phones, so an urge texts someone (the SMS land in data/sms.log). */
const PHONES: Record<string, string> = {
  shenhe_unit: '13504310101',
  shenhe_unit2: '13504310102',
  shenhe_dept: '13504310201',
  shenhe_dept2: '13504310202',
  shenhe_city: '13504310301',
  shenhe_prov: '13504310401',
};

const WITHDRAW_PASS_REASONS = ['审核意见填写有误，需重新审核。', '发现继续教育学时证明未核对，撤回重审。'];
const WITHDRAW_FORWARD_REASONS = ['漏附单位公示结果，撤回补充后重新送审。', '推荐报告人数有误，撤回重新送审。'];
const URGE_MESSAGES = [
  '该申报已超过本级审核期限，请尽快办理。',
  '申报人多次来电询问进度，请于本周内完成审核。',
  '请抓紧审核，逾期将影响本年度评审安排。',
];

/**
 * 撤回 and 催办 in the demo's history (issue 13 items 3, 2), written after the titles by the service's own
 * moves (withdrawIn, urgeIn) at times before the seed's clock: two passes the hospital took back, two
 * applications it took back out of a batch it had sent to the department (the batches show them withdrawn),
 * and urges of overdue work at the hospital and the department on the last two days — none today, so
 * every overdue application can still be urged today. The urge SMS are written as sent.
 */
export function seedTitleWithdrawUrge(ctx: SeedContext) {
  ctx.db.transaction((tx) => seed(ctx, tx));
}

function seed(ctx: SeedContext, tx: Tx) {
  const nowMs = ctx.now.getTime();
  const iso = (t: number) => new Date(t).toISOString();
  const hospital = ctx.orgIds.cc_hospital;
  const health = ctx.orgIds.cc_health;

  for (const [username, phone] of Object.entries(PHONES))
    tx.update(staff)
      .set({ phone })
      .where(and(eq(staff.username, username), sql`coalesce(${staff.phone}, '') = ''`))
      .run();
  const actors = new Map(
    tx
      .select({ id: staff.id, username: staff.username, name: staff.name, roles: staff.roles, orgId: staff.orgId })
      .from(staff)
      .where(inArray(staff.username, Object.keys(PHONES)))
      .all()
      .map((s): [string, Actor] => [s.username, s]),
  );
  const actor = (username: string) => actors.get(username)!;

  /** The latest step that moved an application. */
  const lastStep = (id: number) =>
    tx
      .select()
      .from(titleReviewSteps)
      .where(and(eq(titleReviewSteps.applicationId, id), ne(titleReviewSteps.kind, 'urged')))
      .orderBy(desc(titleReviewSteps.id))
      .limit(1)
      .get()!;
  const settled = nowMs - 2 * DAY;

  // Passes shenhe_unit took back 90 minutes later (待审 again, with them), not sent up yet.
  const passed = tx
    .select({ id: titleApplications.id, version: titleApplications.version })
    .from(titleApplications)
    .where(
      and(
        eq(titleApplications.status, 'awaiting_submission'),
        eq(titleApplications.currentOrgId, hospital),
        eq(titleApplications.assigneeId, actor('shenhe_unit').id),
      ),
    )
    .orderBy(asc(titleApplications.id))
    .all()
    .map((r) => ({ ...r, last: lastStep(r.id) }))
    .filter(
      (r) =>
        r.last.kind === 'reviewed' && r.last.actorId === actor('shenhe_unit').id && Date.parse(r.last.at) < settled,
    )
    .slice(0, 2);
  passed.forEach((r, k) =>
    withdrawIn(
      tx,
      actor('shenhe_unit'),
      r.id,
      { reason: WITHDRAW_PASS_REASONS[k % WITHDRAW_PASS_REASONS.length], version: r.version },
      iso(Date.parse(r.last.at) + 90 * MIN),
    ),
  );

  // Sent to the department and taken back the next morning before anyone there touched them (待送审 again).
  const sent = tx
    .select({ id: titleApplications.id, version: titleApplications.version })
    .from(titleApplications)
    .where(
      and(
        eq(titleApplications.status, 'pending'),
        eq(titleApplications.currentOrgId, health),
        isNull(titleApplications.assigneeId),
      ),
    )
    .orderBy(asc(titleApplications.id))
    .all()
    .map((r) => ({ ...r, last: lastStep(r.id) }))
    .filter(
      (r) =>
        r.last.kind === 'forwarded' &&
        r.last.orgId === hospital &&
        r.last.batchId != null &&
        Date.parse(r.last.at) < settled,
    )
    .slice(0, 2);
  sent.forEach((r, k) =>
    withdrawIn(
      tx,
      actor(k === 0 ? 'shenhe_unit' : 'shenhe_unit2'),
      r.id,
      { reason: WITHDRAW_FORWARD_REASONS[k % WITHDRAW_FORWARD_REASONS.length], version: r.version },
      iso(Date.parse(r.last.at) + 18 * HOUR),
    ),
  );

  // Overdue work urged from above on the last two days (10:00 Beijing onwards), the most overdue first.
  const today = beijingDate(ctx.now);
  const overdueAt = (orgId: number, n: number) =>
    tx
      .select({ id: titleApplications.id })
      .from(titleApplications)
      .where(
        and(
          eq(titleApplications.currentOrgId, orgId),
          inArray(titleApplications.status, [...HELD_STATUSES]),
          lt(titleApplications.dueDate, today),
        ),
      )
      .orderBy(asc(titleApplications.dueDate), asc(titleApplications.id))
      .limit(n)
      .all()
      .map((r) => r.id);
  const midnight = nowMs - ((((nowMs + BEIJING) % DAY) + DAY) % DAY);
  const at = (daysAgo: number, k: number) => iso(midnight - daysAgo * DAY + 10 * HOUR + k * 37 * MIN);
  const urges: [string, number, string][] = [];
  const atHospital = overdueAt(hospital, 3);
  atHospital.forEach((id, k) => {
    if (k === 0) urges.push(['shenhe_dept', id, at(2, k)]);
    urges.push([k === 0 ? 'shenhe_city' : 'shenhe_dept', id, at(1, k)]);
  });
  overdueAt(health, 2).forEach((id, k) => urges.push(['shenhe_city', id, at(1, 3 + k)]));
  urges
    .filter(([, , when]) => Date.parse(when) < nowMs)
    .sort((a, b) => a[2].localeCompare(b[2]))
    .forEach(([username, id, when], k) =>
      urgeIn(tx, actor(username), id, URGE_MESSAGES[k % URGE_MESSAGES.length], when),
    );
  tx.update(notifications)
    .set({ status: 'sent', attempts: 1, sentAt: sql`${notifications.createdAt}`, provider: 'log' })
    .where(
      and(
        eq(notifications.status, 'queued'),
        eq(notifications.relatedType, 'title-applications'),
        sql`${notifications.content} LIKE '%催办%'`,
      ),
    )
    .run();

  ctx.log(
    `撤回 ${passed.length + sent.length} 件（审核通过 ${passed.length}、送审 ${sent.length}），催办 ${urges.length} 次`,
  );
}
