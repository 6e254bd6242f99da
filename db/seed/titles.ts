import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { auditOpinions, files, orgs, submissionBatches, titleApplications, titlePlans, type TITLE_STEP_KINDS, type TITLE_STEP_RESULTS } from '../schema';
import type { Tx } from '../client';
import { recordAudit } from '../../server/audit/record';
import { beijingDate } from '../../server/domain/workingDays';
import { reviewChain, TITLE_LEVEL_LABEL, TITLE_LEVELS, type ChainStep, type OrgNode, type TitleLevel } from '../../server/domain/titleRouting';
import {
  AUDIT_VERB,
  MODULE_LABEL,
  TITLE_MODULES,
  titleLabels,
  type ResubmitTarget,
  type TitleApplicationStatus,
  type TitleEvent,
  type TitleModule,
} from '../../server/domain/workflows/titleApplications.workflow';
import { nameOf } from '../../server/modules/title-applications/title-applications.service';
import { seedUploadDir, type SeedContext } from './context';
import { DEMO_ACCOUNTS } from './foundation';
import { personName, type Rng } from './random';
import { tinyPdf } from './samples';
import { applicant, corrected, pickWeighted, type Content, type Profession, type UnitKind } from './titleApplicants';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const BEIJING = 8 * HOUR;
const RESOURCE = 'title-applications';

// ---- the plans, the units that apply to them, and who reviews where ----

type PlanKey = 'health_senior' | 'health_junior' | 'teacher';
/** Days from today (Beijing) of each plan's 申报时间: two take applications now, the teachers' closed last week. */
const PLANS: { key: PlanKey; name: (year: number) => string; series: string; levels: TitleLevel[]; from: number; to: number; description: string }[] = [
  {
    key: 'health_senior',
    name: (y) => `${y}年度卫生系列高级职称申报`,
    series: '卫生系列',
    levels: ['associate_senior', 'senior'],
    from: -75,
    to: 30,
    description: '副主任医（药、护、技）师、主任医（药、护、技）师资格申报，经单位、主管部门、市人社局逐级审核后报省人社厅。',
  },
  {
    key: 'health_junior',
    name: (y) => `${y}年度卫生系列初中级职称申报`,
    series: '卫生系列',
    levels: ['junior', 'intermediate'],
    from: -70,
    to: 45,
    description: '医（药、护、技）师、主治（主管）医（药、护、技）师资格申报，市人社局审核终结。',
  },
  {
    key: 'teacher',
    name: (y) => `${y}年度中小学教师系列职称申报`,
    series: '中小学教师系列',
    levels: [...TITLE_LEVELS],
    from: -80,
    to: -5,
    description: '二级教师、一级教师、高级教师、正高级教师申报；申报已截止，在途申报继续审核。',
  },
];


/**
 * The employer units of the org tree and what they apply for. jl_company (a chemical plant with no
 * competent department) applies in the 卫生 plans for the doctors and nurses of its 职工医务室:
 * that keeps the plans realistic and gives the demo chains that skip the department level.
 */
const UNITS: { key: string; weight: number; plans: [PlanKey, number][]; kind: UnitKind; staff: [Profession, number][] }[] = [
  { key: 'cc_hospital', weight: 48, plans: [['health_senior', 45], ['health_junior', 55]], kind: 'adult', staff: [['doctor', 55], ['nurse', 30], ['pharmacist', 7], ['technician', 8]] },
  { key: 'cc_children', weight: 20, plans: [['health_senior', 40], ['health_junior', 60]], kind: 'child', staff: [['doctor', 55], ['nurse', 35], ['pharmacist', 5], ['technician', 5]] },
  { key: 'jl_hospital', weight: 13, plans: [['health_senior', 40], ['health_junior', 60]], kind: 'adult', staff: [['doctor', 55], ['nurse', 30], ['pharmacist', 7], ['technician', 8]] },
  { key: 'jl_company', weight: 7, plans: [['health_senior', 25], ['health_junior', 75]], kind: 'clinic', staff: [['doctor', 55], ['nurse', 45]] },
  { key: 'cc_school', weight: 9, plans: [['teacher', 1]], kind: 'middle', staff: [['teacher', 1]] },
  { key: 'cc_primary', weight: 7, plans: [['teacher', 1]], kind: 'primary', staff: [['teacher', 1]] },
];
type UnitDef = (typeof UNITS)[number];

/** Reviewers of the orgs that have no demo account: their steps name them, with no staff id behind. */
const STAND_INS: Record<string, string> = {
  cc_children: '单位审核员韩雪',
  cc_school: '单位审核员马骏',
  cc_primary: '单位审核员冯丽娟',
  jl_hospital: '单位审核员曲波',
  jl_company: '单位审核员邵红',
  cc_edu: '主管部门审核员宋佳',
  jl_health: '主管部门审核员崔明',
  jl: '市局审核员于海洋',
};

interface Person {
  id: number | null;
  name: string;
  username: string | null;
}

const GLOBAL_OPINIONS = [
  '材料齐全，符合申报条件，同意推荐。',
  '继续教育学时不足，请补充。',
  '论文发表情况与附件不符，请核实。',
  '任现职年限不足，不符合申报条件。',
  '工作经历时间不连续，请补充说明。',
  '附件材料不清晰，请重新上传。',
];
const OWN_OPINIONS: Record<string, string[]> = {
  shenhe_unit: ['经科室及单位评议推荐，已公示无异议，同意推荐。', '请补充近五年年度考核结果。', '执业注册信息与证书不符，请核实。'],
  shenhe_dept: ['经主管部门审核，材料真实完整，同意上报市人社局。', '单位推荐材料不全，请补充公示结果。'],
};

/** What a reviewer writes when marking a module wrong. */
const MODULE_PROBLEM: Record<TitleModule, string[]> = {
  basic: ['基本信息中参加工作时间与档案记载不符，请核实。', '现任职务填写有误，请与单位任职文件核对。'],
  education: ['学历信息与学信网查询结果不一致，请核实。', '请补充最高学历的学位证书编号。'],
  work_history: ['工作经历时间不连续，请补充说明。', '工作经历与人事档案记载不一致，请单位核实。'],
  qualifications: ['资格证书编号与原件不一致，请核实后重新填写。', '执业注册信息与证书不符，请核实。'],
  achievements: ['业绩成果缺少单位证明，请补充。', '业绩成果的本人角色与证明材料不符，请核实。'],
  publications: ['论文发表情况与附件不符，请核实。', '请补充论文所在期刊的CN刊号。'],
  continuing_education: ['继续教育学时不足，请补充。', '继续教育学时证明缺少年度合计，请补充。'],
  awards: ['获奖证书扫描件不清晰，请重新上传。', '获奖情况缺少颁奖单位，请补充。'],
  attachments: ['附件材料不全，缺少单位推荐意见及公示结果。', '附件材料不清晰，请重新上传。'],
};
const REJECT_OPINIONS = ['任现职年限不足，不符合申报条件。', '继续教育学时未达到规定要求，逾期未补正，不予通过。', '论文经核查存在重复发表问题，不予通过。', '近五年年度考核有不合格记录，不符合申报条件。'];

// ---- time: steps happen in office hours, batches go up at 16:30 (Beijing) ----

const clockOf = (t: number) => (((t + BEIJING) % DAY) + DAY) % DAY;
/** Midnight (Beijing) of the day `t` falls in. */
const dayOf = (t: number) => t - clockOf(t);
const dateStart = (date: string) => Date.parse(`${date}T00:00:00Z`) - BEIJING;

function officeHours(rng: Rng, t: number): number {
  const c = clockOf(t);
  if (c < 8.5 * HOUR) return dayOf(t) + 8.5 * HOUR + rng.int(0, 90) * MIN;
  if (c > 17.5 * HOUR) return dayOf(t) + DAY + 8.5 * HOUR + rng.int(0, 90) * MIN;
  return t;
}
/** The public hall is used from early morning to late evening. */
function awake(rng: Rng, t: number): number {
  const c = clockOf(t);
  return c < 7 * HOUR || c > 23 * HOUR ? dayOf(t) + (c < 7 * HOUR ? 0 : DAY) + rng.int(7 * 60, 22 * 60) * MIN : t;
}

// ---- what one application goes through ----

type StepKind = (typeof TITLE_STEP_KINDS)[number];
type StepResult = (typeof TITLE_STEP_RESULTS)[number];

interface Ev {
  kind: StepKind;
  at: number;
  step: number;
  /** null: the applicant (submitted, resubmitted) or, for forwarded, whoever sends the batch. */
  actor: Person | null;
  event?: TitleEvent;
  result?: StepResult;
  opinion?: string;
  modules?: TitleModule[];
  returnTo?: number | 'applicant';
  resubmitTo?: ResubmitTarget;
  reassignFrom?: Person;
  reassignTo?: Person;
}

/** A detour the application took before its final position: a return to the applicant, or to an earlier level. */
type Detour = { kind: 'applicant'; at: number; to: ResubmitTarget } | { kind: 'level'; at: number; to: number };

interface Spec {
  unit: UnitDef;
  plan: PlanKey;
  level: TitleLevel;
  status: TitleApplicationStatus;
  step: number;
  detour?: Detour;
  /** For a final 待审 at an org with accounts: nobody holds it, a reviewer claimed it, or it was claimed then reassigned. */
  hold?: 'none' | 'claim' | 'reassign';
}

interface Walked {
  events: Ev[];
  status: TitleApplicationStatus;
  currentStep: number;
  assignee: Person | null;
  returned: { modules: TitleModule[]; fromStep: number; to: ResubmitTarget } | null;
  /** Each resubmission: the revision it made and the modules it sent. */
  resubmissions: { revision: number; modules: TitleModule[]; at: number }[];
}

interface Reviewers {
  /** The demo accounts of an org, the first being the one who does most of the work. */
  staffAt: (orgId: number) => Person[];
  standIn: (orgId: number) => Person;
  opinions: (who: Person) => string[];
}

function pickModules(rng: Rng): TitleModule[] {
  const often: [TitleModule, number][] = [
    ['continuing_education', 5],
    ['publications', 5],
    ['attachments', 4],
    ['qualifications', 3],
    ['work_history', 3],
    ['achievements', 2],
    ['education', 2],
    ['basic', 1],
    ['awards', 1],
  ];
  const first = pickWeighted(rng, often);
  const second = rng.chance(0.3) ? pickWeighted(rng, often) : first;
  return TITLE_MODULES.filter((m) => m === first || m === second);
}

/**
 * Walks one application from submission to its final position as the service would have moved it
 * (the same assignee rules: a pass keeps whoever held it, a return to the applicant for this level
 * keeps the returning reviewer, a forward or a return to a level frees it). Times start at `start`
 * and are moved into the last weeks afterwards.
 */
function walk(rng: Rng, spec: Spec, chain: ChainStep[], who: Reviewers, start: number): Walked {
  const events: Ev[] = [];
  let t = start;
  let cur = 0;
  let assignee: Person | null = null;
  let revision = 1;
  const resubmissions: Walked['resubmissions'] = [];
  const last = chain.length - 1;
  const staff = () => who.staffAt(chain[cur].orgId);
  const holdable = (p: Person) => (p.id === null ? null : p);
  const primaryOrOther = (list: Person[]) => (list.length > 1 && rng.chance(0.35) ? list[1] : list[0]);

  events.push({ kind: 'submitted', at: t, step: 0, actor: null });

  const claim = (by: Person) => {
    t = officeHours(rng, t + rng.int(10, 20 * 60) * MIN);
    events.push({ kind: 'claimed', at: t, step: cur, actor: by, event: 'claim' });
    assignee = by;
  };
  const reassign = () => {
    const to = staff().find((s) => s !== assignee);
    if (!assignee || !to) return;
    t = officeHours(rng, t + rng.int(30, 30 * 60) * MIN);
    events.push({ kind: 'reassigned', at: t, step: cur, actor: assignee, event: 'reassign', reassignFrom: assignee, reassignTo: to });
    assignee = to;
  };
  /** Who reviews here now: the holder, or someone of the org (claiming it first, half the time). */
  const reviewer = (): Person => {
    const list = staff();
    if (!assignee && list.length && rng.chance(0.45)) claim(primaryOrOther(list));
    if (assignee && list.length > 1 && rng.chance(0.05)) reassign();
    t = officeHours(rng, t + rng.int(30, 40 * 60) * MIN);
    return assignee ?? (list.length ? primaryOrOther(list) : who.standIn(chain[cur].orgId));
  };
  const opinionFor = (by: Person, fallback: string[]) => {
    const own = who.opinions(by);
    return own.length && rng.chance(0.3) ? rng.pick(own) : rng.pick(fallback);
  };
  const reviewed = (by: Person, e: Omit<Ev, 'kind' | 'at' | 'step' | 'actor'>) => events.push({ kind: 'reviewed', at: t, step: cur, actor: by, ...e });

  const pass = () => {
    const by = reviewer();
    const final = cur === last;
    reviewed(by, { event: final ? 'passFinal' : 'pass', result: final ? 'approve' : 'pass', opinion: opinionFor(by, passOpinions(chain[cur], final, spec.level)), modules: [] });
    assignee = assignee ?? holdable(by);
  };
  const forward = () => {
    let slot = dayOf(t) + 16.5 * HOUR;
    if (t > slot - 20 * MIN) slot += DAY;
    if (rng.chance(0.3)) slot += DAY;
    t = slot;
    events.push({ kind: 'forwarded', at: t, step: cur, actor: null, event: 'forward' });
    cur++;
    assignee = null;
  };
  const climb = (to: number) => {
    while (cur < to) {
      pass();
      forward();
    }
  };
  const returnToApplicant = (to: ResubmitTarget) => {
    const by = reviewer();
    const modules = pickModules(rng);
    reviewed(by, { event: 'returnToApplicant', result: 'return', opinion: modules.map((m) => rng.pick(MODULE_PROBLEM[m])).join(''), modules, returnTo: 'applicant', resubmitTo: to });
    assignee = to === 'this_level' ? holdable(by) : null;
    return { modules, fromStep: cur, to };
  };
  const returnToLevel = (to: number) => {
    const by = reviewer();
    const modules = pickModules(rng);
    reviewed(by, { event: 'returnToLevel', result: 'return', opinion: `${modules.map((m) => rng.pick(MODULE_PROBLEM[m])).join('')}退回${chain[to].name}复核。`, modules, returnTo: to });
    cur = to;
    assignee = null;
  };

  const { detour } = spec;
  if (detour?.kind === 'applicant') {
    climb(detour.at);
    const r = returnToApplicant(detour.to);
    t = awake(rng, t + rng.int(20, 140) * HOUR);
    revision++;
    resubmissions.push({ revision, modules: r.modules, at: t });
    cur = r.to === 'first_level' ? 0 : r.fromStep;
    if (r.to === 'first_level') assignee = null;
    events.push({ kind: 'resubmitted', at: t, step: cur, actor: null, event: 'resubmit', modules: r.modules });
  } else if (detour?.kind === 'level') {
    climb(detour.at);
    returnToLevel(detour.to);
  }
  climb(spec.step);

  let returned: Walked['returned'] = null;
  switch (spec.status) {
    case 'pending': {
      // Waiting at an org with accounts: held by nobody, claimed, or claimed and handed to the colleague.
      const list = staff();
      const hold = spec.hold ?? (rng.chance(0.45) ? 'none' : rng.chance(0.8) ? 'claim' : 'reassign');
      if (list.length && !assignee && hold !== 'none') claim(spec.hold ? list[0] : primaryOrOther(list));
      if (assignee && (hold === 'reassign' || (!spec.hold && rng.chance(0.1)))) reassign();
      break;
    }
    case 'awaiting_submission':
    case 'approved':
      pass();
      break;
    case 'returned':
      returned = returnToApplicant(cur > 0 && rng.chance(0.3) ? 'first_level' : 'this_level');
      break;
    case 'rejected': {
      const by = reviewer();
      const modules = rng.chance(0.6) ? pickModules(rng).slice(0, 1) : [];
      reviewed(by, { event: 'reject', result: 'reject', opinion: rng.pick(REJECT_OPINIONS), modules });
      assignee = assignee ?? holdable(by);
      break;
    }
  }
  return { events, status: spec.status, currentStep: cur, assignee, returned, resubmissions };
}

function passOpinions(org: ChainStep, final: boolean, level: TitleLevel): string[] {
  if (final) return [`经审核，符合${TITLE_LEVEL_LABEL[level]}职称申报条件，审核通过。`, '申报材料真实完整，符合评审条件，同意通过。'];
  if (org.level === 'unit') return [GLOBAL_OPINIONS[0], '经单位评议推荐小组研究，同意推荐。', '申报材料已在单位公示5个工作日，无异议，同意推荐。'];
  if (org.level === 'department') return [GLOBAL_OPINIONS[0], '经主管部门审核，材料真实完整，同意上报。'];
  return ['符合申报条件，同意报送省人力资源和社会保障厅。', GLOBAL_OPINIONS[0]];
}

// ---- the seeder ----

const REQUIRED_STATUSES: TitleApplicationStatus[] = ['pending', 'awaiting_submission', 'returned', 'rejected'];
const STATUS_WEIGHTS: [TitleApplicationStatus, number][] = [
  ['pending', 34],
  ['awaiting_submission', 16],
  ['returned', 9],
  ['rejected', 8],
  ['approved', 33],
];
/** How long ago (days) an application in each final position last moved. */
const LAST_MOVED: Record<TitleApplicationStatus, [number, number]> = {
  pending: [0, 12],
  awaiting_submission: [0, 6],
  returned: [0.5, 14],
  rejected: [0, 35],
  approved: [0, 30],
};

/**
 * 3 title plans, common opinions, and ~2,000 × scale applications over every level, chain step and
 * status, each with its module revisions, review steps, visited orgs, audit rows and the submission
 * batches (with their 推荐报告) that carried them up. Every position the demo reviewers can meet is
 * seeded at least once; the rest are drawn at random, most of them at the 长春 health units.
 */
export function seedTitles(ctx: SeedContext) {
  // recordAudit writes inside the transaction of the change; the area's transaction is open, so this one is a savepoint in it.
  ctx.db.transaction((tx) => seed(ctx, tx));
}

function seed(ctx: SeedContext, tx: Tx) {
  const { rng } = ctx;
  const nowMs = ctx.now.getTime();
  const nowIso = ctx.now.toISOString();
  const today = beijingDate(ctx.now);
  const year = Number(today.slice(0, 4));

  // The org tree as foundation made it.
  const orgRows = tx.select({ id: orgs.id, name: orgs.name, level: orgs.level, parentId: orgs.parentId }).from(orgs).all();
  const byId = new Map(orgRows.map((o) => [o.id, o]));
  const keyOf = new Map(Object.entries(ctx.orgIds).map(([k, id]) => [id, k]));
  const ancestry = (id: number): OrgNode[] => {
    const out: OrgNode[] = [];
    for (let o = byId.get(id); o && out.length < 10; o = o.parentId ? byId.get(o.parentId) : undefined) out.push({ id: o.id, level: o.level, name: o.name });
    return out;
  };
  const chainFor = (unitKey: string, level: TitleLevel): ChainStep[] => {
    const route = reviewChain(ancestry(ctx.orgIds[unitKey]), level);
    if ('problem' in route) throw new Error(`演示数据：${unitKey} 的${TITLE_LEVEL_LABEL[level]}申报无法确定审核链：${route.problem}`);
    return route.chain;
  };

  // Who reviews where.
  const staffByOrg = new Map<number, Person[]>();
  for (const a of DEMO_ACCOUNTS) {
    if (!a.roles.includes('title_reviewer') || !a.org || !ctx.staffIds[a.username]) continue;
    const orgId = ctx.orgIds[a.org];
    staffByOrg.set(orgId, [...(staffByOrg.get(orgId) ?? []), { id: ctx.staffIds[a.username], name: a.name, username: a.username }]);
  }
  const standIns = new Map<number, Person>();
  const reviewers: Reviewers = {
    staffAt: (orgId) => staffByOrg.get(orgId) ?? [],
    standIn: (orgId) => {
      if (!standIns.has(orgId)) standIns.set(orgId, { id: null, name: STAND_INS[keyOf.get(orgId) ?? ''] ?? `审核员${personName(rng)}`, username: null });
      return standIns.get(orgId)!;
    },
    opinions: (who) => (who.username ? (OWN_OPINIONS[who.username] ?? []) : []),
  };

  // Plans and common opinions.
  const plans = new Map(
    PLANS.map((p) => {
      const startDate = beijingDate(new Date(nowMs + p.from * DAY));
      const endDate = beijingDate(new Date(nowMs + p.to * DAY));
      const row = tx
        .insert(titlePlans)
        .values({ name: p.name(year), series: p.series, year, levels: p.levels, startDate, endDate, active: true, description: p.description, createdAt: new Date(dateStart(startDate) - 10 * DAY + 10 * HOUR).toISOString(), updatedAt: nowIso })
        .returning()
        .get();
      return [p.key, { ...row, opens: dateStart(startDate), closes: dateStart(endDate) + DAY - MIN }];
    }),
  );
  GLOBAL_OPINIONS.forEach((text, i) => tx.insert(auditOpinions).values({ text, ownerId: null, sortOrder: (i + 1) * 10, createdAt: nowIso, updatedAt: nowIso }).run());
  let ownOpinions = 0;
  for (const [username, texts] of Object.entries(OWN_OPINIONS)) {
    if (!ctx.staffIds[username]) continue;
    texts.forEach((text, i) => tx.insert(auditOpinions).values({ text, ownerId: ctx.staffIds[username], sortOrder: (i + 1) * 10, createdAt: nowIso, updatedAt: nowIso }).run());
    ownOpinions += texts.length;
  }

  // What to seed: first every position of every chain (so each reviewer's lists and counters have
  // something), then random ones until the total.
  const unitByKey = new Map(UNITS.map((u) => [u.key, u]));
  const specs: Spec[] = [];
  for (const unit of UNITS) {
    for (const [plan] of unit.plans) {
      const levels = PLANS.find((p) => p.key === plan)!.levels;
      const shapes = new Map<number, TitleLevel[]>();
      for (const l of levels) shapes.set(chainFor(unit.key, l).length, [...(shapes.get(chainFor(unit.key, l).length) ?? []), l]);
      for (const [length, ls] of shapes) {
        for (let step = 0; step < length; step++)
          for (const status of REQUIRED_STATUSES) if (status !== 'awaiting_submission' || step < length - 1) specs.push({ unit, plan, level: rng.pick(ls), status, step });
        specs.push({ unit, plan, level: rng.pick(ls), status: 'approved', step: length - 1 });
      }
    }
  }
  const hospital = unitByKey.get('cc_hospital')!;
  const children = unitByKey.get('cc_children')!;
  specs.push(
    // Held and reassigned work at the demo reviewers' own orgs.
    ...(['claim', 'reassign'] as const).flatMap((hold) => [0, 1].map((step): Spec => ({ unit: hospital, plan: 'health_senior', level: 'associate_senior', status: 'pending', step, hold }))),
    ...(['claim', 'reassign'] as const).flatMap((hold) => [0, 1].map((step): Spec => ({ unit: hospital, plan: 'health_junior', level: 'intermediate', status: 'pending', step, hold }))),
    // Returns and resubmissions.
    { unit: hospital, plan: 'health_senior', level: 'associate_senior', status: 'pending', step: 1, detour: { kind: 'applicant', at: 0, to: 'this_level' } },
    { unit: hospital, plan: 'health_senior', level: 'associate_senior', status: 'pending', step: 1, detour: { kind: 'applicant', at: 1, to: 'this_level' } },
    { unit: hospital, plan: 'health_senior', level: 'senior', status: 'awaiting_submission', step: 2, detour: { kind: 'applicant', at: 1, to: 'first_level' } },
    { unit: hospital, plan: 'health_senior', level: 'associate_senior', status: 'pending', step: 0, detour: { kind: 'level', at: 2, to: 0 } },
    { unit: hospital, plan: 'health_senior', level: 'associate_senior', status: 'pending', step: 1, detour: { kind: 'level', at: 3, to: 1 } },
    { unit: hospital, plan: 'health_senior', level: 'associate_senior', status: 'returned', step: 3, detour: { kind: 'applicant', at: 2, to: 'this_level' } },
    { unit: children, plan: 'health_junior', level: 'intermediate', status: 'approved', step: 2, detour: { kind: 'applicant', at: 1, to: 'this_level' } },
  );
  const total = Math.round(2000 * ctx.scale);
  specs.splice(total);
  while (specs.length < total) {
    const unit = pickWeighted(rng, UNITS.map((u) => [u, u.weight] as const));
    const plan = pickWeighted(rng, unit.plans);
    const planDef = PLANS.find((p) => p.key === plan)!;
    const level = plan === 'teacher' ? pickWeighted(rng, [['junior', 20], ['intermediate', 40], ['associate_senior', 30], ['senior', 10]] as const) : plan === 'health_senior' ? (rng.chance(0.7) ? 'associate_senior' : 'senior') : rng.chance(0.4) ? 'junior' : 'intermediate';
    if (!planDef.levels.includes(level)) continue;
    const length = chainFor(unit.key, level).length;
    const status = pickWeighted(rng, STATUS_WEIGHTS);
    const lastStep = length - 1;
    const step = status === 'approved' ? lastStep : status === 'awaiting_submission' ? rng.int(0, lastStep - 1) : pickWeighted(rng, [[0, 4], [1, 3], [2, 3], [3, 2]].filter(([s]) => s <= lastStep) as [number, number][]);
    let detour: Detour | undefined;
    const r = rng.next();
    const latest = status === 'returned' ? step - 1 : step;
    if (r < 0.14 && latest >= 0) {
      const at = rng.int(0, latest);
      detour = { kind: 'applicant', at, to: at > 0 && rng.chance(0.3) ? 'first_level' : 'this_level' };
    } else if (r < 0.2 && step >= 1) {
      const at = rng.int(1, step);
      detour = { kind: 'level', at, to: rng.int(0, at - 1) };
    } else if (r < 0.22 && status === 'pending' && step < lastStep) {
      detour = { kind: 'level', at: rng.int(step + 1, lastStep), to: step };
    }
    specs.push({ unit, plan, level, status, step, detour });
  }

  // Walk each one, then move it into the last weeks (whole days, so batch times stay at 16:30).
  const usedIds = new Set<string>();
  const base = dayOf(nowMs - 100 * DAY);
  const walked = specs.map((spec, i) => {
    const unitOrgId = ctx.orgIds[spec.unit.key];
    const chain = chainFor(spec.unit.key, spec.level);
    const person = applicant(rng, spec.unit, spec.level, year, byId.get(unitOrgId)!.name, usedIds);
    const w = walk(rng, spec, chain, reviewers, awake(rng, base + rng.int(7 * 60, 22 * 60) * MIN));
    const plan = plans.get(spec.plan)!;
    const first = w.events[0].at;
    const end = w.events.at(-1)!.at;
    const [lo, hi] = LAST_MOVED[spec.status];
    const target = nowMs - rng.int(lo * 24 * 60, hi * 24 * 60) * MIN;
    const earliest = Math.ceil((Math.max(nowMs - 60 * DAY, plan.opens) - first) / DAY);
    const latest = Math.min(Math.floor((plan.closes - first) / DAY), Math.floor((nowMs - MIN - end) / DAY));
    const shift = Math.max(Math.min(Math.floor((target - end) / DAY), latest), Math.min(earliest, latest)) * DAY;
    for (const e of w.events) e.at += shift;
    for (const r of w.resubmissions) r.at += shift;
    return { i, spec, unitOrgId, chain, person, plan, ...w };
  });
  walked.sort((a, b) => a.events[0].at - b.events[0].at || a.i - b.i);

  // The applications, their first revision of every module and the revisions resubmissions made.
  const client = ctx.db.$client;
  const insertModule = client.prepare('INSERT INTO title_module_versions (application_id, module, revision, content, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertVisit = client.prepare('INSERT INTO title_application_orgs (org_id, application_id, arrived_at) VALUES (?, ?, ?)');
  const iso = (t: number) => new Date(t).toISOString();
  let moduleRows = 0;
  const apps = walked.map((w) => {
    const events = w.events;
    const last = events.at(-1)!;
    const decided = w.status === 'approved' || w.status === 'rejected';
    const resubmitted = events.filter((e) => e.kind === 'resubmitted').at(-1);
    const id = tx
      .insert(titleApplications)
      .values({
        planId: w.plan.id,
        series: w.plan.series,
        level: w.spec.level,
        titleName: w.person.titleName,
        applicantName: w.person.name,
        applicantIdNumber: w.person.idNumber,
        applicantPhone: w.person.phone,
        unitOrgId: w.unitOrgId,
        chain: w.chain,
        currentStep: w.currentStep,
        currentOrgId: w.chain[w.currentStep].orgId,
        status: w.status,
        assigneeId: w.assignee?.id ?? null,
        returnedModules: w.returned?.modules ?? null,
        returnedFromStep: w.returned?.fromStep ?? null,
        resubmitTo: w.returned?.to ?? null,
        revision: 1 + w.resubmissions.length,
        submittedAt: iso(events[0].at),
        resubmittedAt: resubmitted ? iso(resubmitted.at) : null,
        decidedAt: decided ? iso(last.at) : null,
        createdAt: iso(events[0].at),
        updatedAt: iso(last.at),
        version: events.length,
      })
      .returning({ id: titleApplications.id })
      .get().id;
    const content = { ...w.person.modules } as Record<TitleModule, Content>;
    for (const m of TITLE_MODULES) insertModule.run(id, m, 1, JSON.stringify(content[m]), iso(events[0].at));
    moduleRows += TITLE_MODULES.length;
    for (const r of w.resubmissions) {
      for (const m of r.modules) {
        content[m] = corrected(rng, m, content[m], year);
        insertModule.run(id, m, r.revision, JSON.stringify(content[m]), iso(r.at));
        moduleRows++;
      }
    }
    // An org is reached when the application is submitted to it or forwarded to it (returns go back to orgs already reached).
    const arrived = new Map<number, number>([[0, events[0].at]]);
    for (const e of events) if (e.kind === 'forwarded' && !arrived.has(e.step + 1)) arrived.set(e.step + 1, e.at);
    for (const [step, at] of arrived) insertVisit.run(w.chain[step].orgId, id, iso(at));
    return { ...w, id };
  });

  // Submission batches: what one org sent up at one time, with its 推荐报告/申报函 on disk.
  const uploadDir = seedUploadDir(ctx.db);
  fs.mkdirSync(uploadDir, { recursive: true });
  const pdf = tinyPdf('recommendation report');
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  const groups = new Map<string, { from: ChainStep; to: ChainStep; at: number; items: { app: (typeof apps)[number]; ev: Ev }[] }>();
  for (const app of apps) {
    for (const ev of app.events) {
      if (ev.kind !== 'forwarded') continue;
      const key = `${app.chain[ev.step].orgId}|${ev.at}`;
      if (!groups.has(key)) groups.set(key, { from: app.chain[ev.step], to: app.chain[ev.step + 1], at: ev.at, items: [] });
      groups.get(key)!.items.push({ app, ev });
    }
  }
  const REPORT: Record<string, string> = { unit: '单位推荐报告.pdf', department: '主管部门推荐函.pdf', city: '职称申报函.pdf' };
  const insertItem = client.prepare('INSERT INTO submission_batch_items (batch_id, application_id) VALUES (?, ?)');
  const batchOf = new Map<Ev, { id: number; to: ChainStep }>();
  const batchAudits: { at: number; batchId: number; actor: Person; summary: string }[] = [];
  for (const g of [...groups.values()].sort((a, b) => a.at - b.at || a.from.orgId - b.from.orgId)) {
    const staff = reviewers.staffAt(g.from.orgId);
    const sender = staff.length ? (staff.length > 1 && rng.chance(0.3) ? staff[1] : staff[0]) : reviewers.standIn(g.from.orgId);
    const storageName = `${crypto.randomUUID()}.pdf`;
    fs.writeFileSync(path.join(uploadDir, storageName), pdf);
    const originalName = REPORT[g.from.level] ?? '推荐报告.pdf';
    const fileId = tx
      .insert(files)
      .values({ storageName, originalName, mime: 'application/pdf', size: pdf.length, sha256, ownerType: 'submission-batches', ownerId: null, field: 'attachment', uploadedBy: sender.id, createdAt: iso(g.at) })
      .returning({ id: files.id })
      .get().id;
    const n = g.items.length;
    const note = rng.pick(['', '', `${g.from.name}第${rng.int(1, 9)}批推荐人员，共${n}人`, '推荐人选已在本单位公示5个工作日，无异议', '附推荐人员汇总表']);
    const batchId = tx
      .insert(submissionBatches)
      .values({ fromOrgId: g.from.orgId, toOrgId: g.to.orgId, attachmentFileId: fileId, note, applicationCount: n, createdBy: sender.id, createdByName: sender.name, createdAt: iso(g.at) })
      .returning({ id: submissionBatches.id })
      .get().id;
    tx.update(files).set({ ownerId: batchId }).where(eq(files.id, fileId)).run();
    for (const item of g.items) {
      insertItem.run(batchId, item.app.id);
      item.ev.actor = sender;
      batchOf.set(item.ev, { id: batchId, to: g.to });
    }
    batchAudits.push({ at: g.at, batchId, actor: sender, summary: `送审 ${n} 条申报至${g.to.name}，附${originalName}` });
  }

  // The review steps and their audit rows, in the order they happened.
  const insertStep = client.prepare(
    `INSERT INTO title_review_steps (application_id, kind, at, step, org_id, org_name, org_level, actor_id, actor_name, result, opinion, module_errors,
       return_to_org_id, return_to_name, resubmit_to, batch_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  type Row = { at: number; batch: number; app: number; seq: number; write: () => void };
  const rows: Row[] = [];
  for (const app of apps) {
    const a = { id: app.id, applicantName: app.person.name, level: app.spec.level };
    const who = `申报人 ${app.person.name}`;
    app.events.forEach((e, seq) => {
      const org = app.chain[e.step];
      const batch = batchOf.get(e);
      const target = typeof e.returnTo === 'number' ? app.chain[e.returnTo] : null;
      let detail = '';
      let summary = '';
      if (e.kind === 'submitted') {
        detail = `提交至${org.name}`;
        summary = `${who} 提交${app.plan.name}（${TITLE_LEVEL_LABEL[app.spec.level]}），审核链：${app.chain.map((s) => s.name).join(' → ')}`;
      } else if (e.kind === 'resubmitted') {
        const names = e.modules!.map((m) => MODULE_LABEL[m]).join('、');
        detail = `修改${names}后重新提交至${org.name}`;
        summary = `${who} 修改${names}后重新提交申报 ${nameOf(a)}，至${org.name}`;
      } else if (e.kind === 'claimed') {
        detail = `${e.actor!.name} 领取`;
        summary = `领取申报 ${nameOf(a)}`;
      } else if (e.kind === 'reassigned') {
        detail = `由${e.reassignFrom!.name}转派给 ${e.reassignTo!.name}`;
        summary = `申报 ${nameOf(a)} 由${e.reassignFrom!.name}转派给 ${e.reassignTo!.name}（${e.reassignTo!.username}）`;
      } else if (e.kind === 'forwarded') {
        detail = `送审至${batch!.to.name}（批次 #${batch!.id}）`;
        summary = `申报 ${nameOf(a)} 送审至${batch!.to.name}（批次 #${batch!.id}）`;
      } else {
        const where = target ? `，退回至${target.name}` : e.returnTo === 'applicant' ? `，退回申报人（${e.resubmitTo === 'first_level' ? '从第一级重新审核' : '修改后回到本级'}）` : '';
        const marked = e.modules!.length ? `，问题模块：${e.modules!.map((m) => MODULE_LABEL[m]).join('、')}` : '';
        summary = `${titleLabels.event(e.event!)} ${nameOf(a)}${where}${marked}；意见：${e.opinion}`;
      }
      const actor = e.actor;
      const moduleErrors = e.kind === 'resubmitted' || (e.kind === 'reviewed' && e.modules!.length) ? JSON.stringify(e.modules) : null;
      rows.push({
        at: e.at,
        batch: batch?.id ?? 0,
        app: app.id,
        seq,
        write: () => {
          insertStep.run(
            app.id,
            e.kind,
            iso(e.at),
            e.step,
            org.orgId,
            org.name,
            org.level,
            actor?.id ?? null,
            actor ? actor.name : who,
            e.result ?? null,
            e.opinion ?? null,
            moduleErrors,
            target?.orgId ?? null,
            target ? target.name : e.returnTo === 'applicant' ? '申报人' : null,
            e.kind === 'reviewed' && e.returnTo === 'applicant' ? e.resubmitTo! : null,
            batch?.id ?? null,
            detail,
          );
          recordAudit(tx, {
            // The applicant and the reviewers of orgs without a demo account have no staff id: the summary names the latter.
            actor: actor?.id != null ? { id: actor.id, name: actor.name } : null,
            action: `titleApplications.${e.kind === 'submitted' ? 'submit' : AUDIT_VERB[e.event!]}`,
            resource: RESOURCE,
            resourceId: app.id,
            summary: actor && actor.id == null ? `${summary}（经办：${actor.name}）` : summary,
            at: iso(e.at),
          });
        },
      });
    });
  }
  for (const b of batchAudits) {
    rows.push({
      at: b.at,
      batch: b.batchId,
      app: Number.MAX_SAFE_INTEGER,
      seq: 0,
      write: () =>
        recordAudit(tx, {
          actor: b.actor.id != null ? { id: b.actor.id, name: b.actor.name } : null,
          action: 'submissionBatches.create',
          resource: 'submission-batches',
          resourceId: b.batchId,
          summary: b.actor.id == null ? `${b.summary}（经办：${b.actor.name}）` : b.summary,
          at: iso(b.at),
        }),
    });
  }
  rows.sort((x, y) => x.at - y.at || x.batch - y.batch || x.app - y.app || x.seq - y.seq);
  for (const r of rows) r.write();

  const count = (s: TitleApplicationStatus) => apps.filter((a) => a.status === s).length;
  ctx.log(
    `职称申报事项 ${PLANS.length} 个，申报 ${apps.length} 件（待审 ${count('pending')}、待送审 ${count('awaiting_submission')}、已退回 ${count('returned')}、不通过 ${count('rejected')}、已通过 ${count('approved')}），` +
      `模块版本 ${moduleRows} 条，审核记录 ${rows.length - batchAudits.length} 条，送审批次 ${batchAudits.length} 个（附件存于 ${uploadDir}），常用意见 ${GLOBAL_OPINIONS.length + ownOpinions} 条`,
  );
}
