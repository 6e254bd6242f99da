import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { auditOpinions, files, orgs, submissionBatches, titleApplications, titlePlans } from '../schema';
import type { Tx } from '../client';
import { recordAudit } from '../../server/audit/record';
import { beijingDate } from '../../server/domain/workingDays';
import {
  reviewChain,
  TITLE_LEVEL_LABEL,
  TITLE_LEVELS,
  type ChainStep,
  type OrgNode,
  type TitleLevel,
} from '../../server/domain/titleRouting';
import {
  TITLE_MODULES,
  type ResubmitTarget,
  type ReviewInput,
  type TitleApplicationStatus,
  type TitleModule,
} from '../../server/domain/workflows/titleApplications.workflow';
import {
  planClaim,
  planForward,
  planReassign,
  planResubmit,
  planReview,
  planSubmission,
  type MovePlan,
  type Mover,
  type PlannedApplication,
} from '../../server/domain/workflows/titleReview.planner';
import { applyMove } from '../../server/modules/title-applications/title-applications.repo';
import { withDueDate } from '../../server/modules/title-applications/title-applications.deadlines';
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
const PLANS: {
  key: PlanKey;
  name: (year: number) => string;
  series: string;
  levels: TitleLevel[];
  from: number;
  to: number;
  description: string;
}[] = [
  {
    key: 'health_senior',
    name: (y) => `${y}年度卫生系列高级职称申报`,
    series: '卫生系列',
    levels: ['associate_senior', 'senior'],
    from: -75,
    to: 30,
    description:
      '副主任医（药、护、技）师、主任医（药、护、技）师资格申报，经单位、主管部门、市人社局逐级审核后报省人社厅。',
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
const UNITS: {
  key: string;
  weight: number;
  plans: [PlanKey, number][];
  kind: UnitKind;
  staff: [Profession, number][];
}[] = [
  {
    key: 'cc_hospital',
    weight: 48,
    plans: [
      ['health_senior', 45],
      ['health_junior', 55],
    ],
    kind: 'adult',
    staff: [
      ['doctor', 55],
      ['nurse', 30],
      ['pharmacist', 7],
      ['technician', 8],
    ],
  },
  {
    key: 'cc_children',
    weight: 20,
    plans: [
      ['health_senior', 40],
      ['health_junior', 60],
    ],
    kind: 'child',
    staff: [
      ['doctor', 55],
      ['nurse', 35],
      ['pharmacist', 5],
      ['technician', 5],
    ],
  },
  {
    key: 'jl_hospital',
    weight: 13,
    plans: [
      ['health_senior', 40],
      ['health_junior', 60],
    ],
    kind: 'adult',
    staff: [
      ['doctor', 55],
      ['nurse', 30],
      ['pharmacist', 7],
      ['technician', 8],
    ],
  },
  {
    key: 'jl_company',
    weight: 7,
    plans: [
      ['health_senior', 25],
      ['health_junior', 75],
    ],
    kind: 'clinic',
    staff: [
      ['doctor', 55],
      ['nurse', 45],
    ],
  },
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

const REVIEWER_ROLES = ['title_reviewer'] as const;

/** A reviewer of one org: a demo account, or a stand-in with no staff id behind. */
interface Person extends Mover {
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
/** The result a common opinion is written for, as a reviewer would file it. */
const opinionResult = (text: string): 'pass' | 'return' | 'reject' =>
  /同意/.test(text) ? 'pass' : /不符合|不予通过/.test(text) ? 'reject' : 'return';
const OWN_OPINIONS: Record<string, string[]> = {
  shenhe_unit: [
    '经科室及单位评议推荐，已公示无异议，同意推荐。',
    '请补充近五年年度考核结果。',
    '执业注册信息与证书不符，请核实。',
  ],
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
const REJECT_OPINIONS = [
  '任现职年限不足，不符合申报条件。',
  '继续教育学时未达到规定要求，逾期未补正，不予通过。',
  '论文经核查存在重复发表问题，不予通过。',
  '近五年年度考核有不合格记录，不符合申报条件。',
];

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

/** One move of an application's story; the planners of the title workflow decide what each does. */
type Move =
  | { kind: 'submit' }
  | { kind: 'review'; input: ReviewInput }
  | { kind: 'claim' }
  | { kind: 'reassign'; to: Person }
  | { kind: 'forward' }
  | { kind: 'resubmit'; modules: TitleModule[] };

interface Ev {
  at: number;
  /** The chain step it happened at, before the move. */
  step: number;
  /** null: the applicant (submit, resubmit) or, for a forward, whoever sends the batch (chosen with the batches). */
  actor: Person | null;
  move: Move;
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
  /** Days ago it last moved, instead of its status's usual range (work left lying past its level's deadline). */
  lastMoved?: [number, number];
}

interface Reviewers {
  /** The demo accounts of an org, the first being the one who does most of the work. */
  staffAt: (orgId: number) => Person[];
  standIn: (orgId: number) => Person;
  opinions: (who: Person) => string[];
  nameOf: (staffId: number | null) => string | null;
}

/** The planner for one move (a submission is planned when the row is inserted). */
function planMove(a: PlannedApplication, e: Ev, at: string, batchId: number, who: Reviewers): MovePlan {
  const planned = { ...a, assigneeName: who.nameOf(a.assigneeId) };
  const m = e.move;
  if (m.kind === 'review') return planReview(planned, m.input, e.actor!, at);
  if (m.kind === 'claim') return planClaim(planned, e.actor!, at);
  if (m.kind === 'reassign')
    return planReassign(planned, e.actor!, { id: m.to.id!, name: m.to.name, username: m.to.username! }, at);
  if (m.kind === 'forward')
    return planForward(
      planned,
      e.actor ?? { id: null, name: '', roles: REVIEWER_ROLES, orgId: a.currentOrgId, username: null },
      batchId,
      at,
    );
  if (m.kind === 'resubmit') return planResubmit(planned, m.modules, at);
  throw new Error('a submission is planned with its row');
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
 * Tells one application's story from submission to its final position: each move is planned by the
 * title workflow's planners on the application as it stands, so who holds it, where it is and what
 * may happen next are the service's rules. Times start at `start` and are moved into the last weeks
 * afterwards; the rows are written later, when ids and batches are known.
 */
function walk(
  rng: Rng,
  spec: Spec,
  chain: ChainStep[],
  who: Reviewers,
  start: number,
): { events: Ev[]; final: PlannedApplication } {
  const events: Ev[] = [];
  let t = start;
  let app: PlannedApplication = {
    id: 0,
    applicantName: '',
    level: spec.level,
    chain,
    ...planSubmission({ applicantName: '', level: spec.level, chain }, '', new Date(t).toISOString()).state,
  };
  const last = chain.length - 1;
  const org = () => chain[app.currentStep].orgId;
  const staff = () => who.staffAt(org());
  const holder = () => staff().find((s) => s.id === app.assigneeId) ?? null;
  const primaryOrOther = (list: Person[]) => (list.length > 1 && rng.chance(0.35) ? list[1] : list[0]);
  const act = (actor: Person | null, move: Move) => {
    const e: Ev = { at: t, step: app.currentStep, actor, move };
    events.push(e);
    if (move.kind !== 'submit') app = { ...app, ...planMove(app, e, new Date(t).toISOString(), 0, who).patch };
  };

  act(null, { kind: 'submit' });

  const claim = (by: Person) => {
    t = officeHours(rng, t + rng.int(10, 20 * 60) * MIN);
    act(by, { kind: 'claim' });
  };
  const reassign = () => {
    const from = holder();
    const to = staff().find((s) => s.id !== app.assigneeId);
    if (!from || !to) return;
    t = officeHours(rng, t + rng.int(30, 30 * 60) * MIN);
    act(from, { kind: 'reassign', to });
  };
  /** Who reviews here now: the holder, or someone of the org (claiming it first, half the time). */
  const reviewer = (): Person => {
    const list = staff();
    if (!holder() && list.length && rng.chance(0.45)) claim(primaryOrOther(list));
    if (holder() && list.length > 1 && rng.chance(0.05)) reassign();
    t = officeHours(rng, t + rng.int(30, 40 * 60) * MIN);
    return holder() ?? (list.length ? primaryOrOther(list) : who.standIn(org()));
  };
  const opinionFor = (by: Person, fallback: string[]) => {
    const own = who.opinions(by);
    return own.length && rng.chance(0.3) ? rng.pick(own) : rng.pick(fallback);
  };
  const review = (by: Person, input: Omit<ReviewInput, 'moduleErrors'> & { moduleErrors?: TitleModule[] }) =>
    act(by, { kind: 'review', input: { moduleErrors: [], ...input } });

  const pass = () => {
    const by = reviewer();
    review(by, {
      result: 'pass',
      opinion: opinionFor(by, passOpinions(chain[app.currentStep], app.currentStep === last, spec.level)),
    });
  };
  const forward = () => {
    let slot = dayOf(t) + 16.5 * HOUR;
    if (t > slot - 20 * MIN) slot += DAY;
    if (rng.chance(0.3)) slot += DAY;
    t = slot;
    act(null, { kind: 'forward' });
  };
  const climb = (to: number) => {
    while (app.currentStep < to) {
      pass();
      forward();
    }
  };
  const returnToApplicant = (resubmitTo: ResubmitTarget) => {
    const by = reviewer();
    const modules = pickModules(rng);
    review(by, {
      result: 'return',
      opinion: modules.map((m) => rng.pick(MODULE_PROBLEM[m])).join(''),
      moduleErrors: modules,
      returnTo: 'applicant',
      resubmitTo,
    });
  };
  const returnToLevel = (to: number) => {
    const by = reviewer();
    const modules = pickModules(rng);
    review(by, {
      result: 'return',
      opinion: `${modules.map((m) => rng.pick(MODULE_PROBLEM[m])).join('')}退回${chain[to].name}复核。`,
      moduleErrors: modules,
      returnTo: chain[to].orgId,
    });
  };

  const { detour } = spec;
  if (detour?.kind === 'applicant') {
    climb(detour.at);
    returnToApplicant(detour.to);
    t = awake(rng, t + rng.int(20, 140) * HOUR);
    act(null, { kind: 'resubmit', modules: app.returnedModules! });
  } else if (detour?.kind === 'level') {
    climb(detour.at);
    returnToLevel(detour.to);
  }
  climb(spec.step);

  switch (spec.status) {
    case 'pending': {
      // Waiting at an org with accounts: held by nobody, claimed, or claimed and handed to the colleague.
      const list = staff();
      const hold = spec.hold ?? (rng.chance(0.45) ? 'none' : rng.chance(0.8) ? 'claim' : 'reassign');
      if (list.length && !holder() && hold !== 'none') claim(spec.hold ? list[0] : primaryOrOther(list));
      if (holder() && (hold === 'reassign' || (!spec.hold && rng.chance(0.1)))) reassign();
      break;
    }
    case 'awaiting_submission':
    case 'approved':
      pass();
      break;
    case 'returned':
      returnToApplicant(app.currentStep > 0 && rng.chance(0.3) ? 'first_level' : 'this_level');
      break;
    case 'rejected': {
      const by = reviewer();
      const modules = rng.chance(0.6) ? pickModules(rng).slice(0, 1) : [];
      review(by, { result: 'reject', opinion: rng.pick(REJECT_OPINIONS), moduleErrors: modules });
      break;
    }
  }
  return { events, final: app };
}

function passOpinions(org: ChainStep, final: boolean, level: TitleLevel): string[] {
  if (final)
    return [
      `经审核，符合${TITLE_LEVEL_LABEL[level]}职称申报条件，审核通过。`,
      '申报材料真实完整，符合评审条件，同意通过。',
    ];
  if (org.level === 'unit')
    return [
      GLOBAL_OPINIONS[0],
      '经单位评议推荐小组研究，同意推荐。',
      '申报材料已在单位公示5个工作日，无异议，同意推荐。',
    ];
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
  const orgRows = tx
    .select({ id: orgs.id, name: orgs.name, level: orgs.level, parentId: orgs.parentId })
    .from(orgs)
    .all();
  const byId = new Map(orgRows.map((o) => [o.id, o]));
  const keyOf = new Map(Object.entries(ctx.orgIds).map(([k, id]) => [id, k]));
  const ancestry = (id: number): OrgNode[] => {
    const out: OrgNode[] = [];
    for (let o = byId.get(id); o && out.length < 10; o = o.parentId ? byId.get(o.parentId) : undefined)
      out.push({ id: o.id, level: o.level, name: o.name });
    return out;
  };
  const chainFor = (unitKey: string, level: TitleLevel): ChainStep[] => {
    const route = reviewChain(ancestry(ctx.orgIds[unitKey]), level);
    if ('problem' in route)
      throw new Error(`演示数据：${unitKey} 的${TITLE_LEVEL_LABEL[level]}申报无法确定审核链：${route.problem}`);
    return route.chain;
  };

  // Who reviews where.
  const staffByOrg = new Map<number, Person[]>();
  for (const a of DEMO_ACCOUNTS) {
    if (!a.roles.includes('title_reviewer') || !a.org || !ctx.staffIds[a.username]) continue;
    const orgId = ctx.orgIds[a.org];
    staffByOrg.set(orgId, [
      ...(staffByOrg.get(orgId) ?? []),
      { id: ctx.staffIds[a.username], name: a.name, username: a.username, roles: REVIEWER_ROLES, orgId },
    ]);
  }
  const staffNames = new Map([...staffByOrg.values()].flat().map((p) => [p.id, p.name]));
  const standIns = new Map<number, Person>();
  const reviewers: Reviewers = {
    staffAt: (orgId) => staffByOrg.get(orgId) ?? [],
    standIn: (orgId) => {
      if (!standIns.has(orgId))
        standIns.set(orgId, {
          id: null,
          name: STAND_INS[keyOf.get(orgId) ?? ''] ?? `审核员${personName(rng)}`,
          username: null,
          roles: REVIEWER_ROLES,
          orgId,
        });
      return standIns.get(orgId)!;
    },
    opinions: (who) => (who.username ? (OWN_OPINIONS[who.username] ?? []) : []),
    nameOf: (id) => (id === null ? null : (staffNames.get(id) ?? null)),
  };

  // Plans and common opinions.
  const plans = new Map(
    PLANS.map((p) => {
      const startDate = beijingDate(new Date(nowMs + p.from * DAY));
      const endDate = beijingDate(new Date(nowMs + p.to * DAY));
      const row = tx
        .insert(titlePlans)
        .values({
          name: p.name(year),
          series: p.series,
          year,
          levels: p.levels,
          startDate,
          endDate,
          active: true,
          description: p.description,
          createdAt: new Date(dateStart(startDate) - 10 * DAY + 10 * HOUR).toISOString(),
          updatedAt: nowIso,
        })
        .returning()
        .get();
      return [p.key, { ...row, opens: dateStart(startDate), closes: dateStart(endDate) + DAY - MIN }];
    }),
  );
  GLOBAL_OPINIONS.forEach((text, i) =>
    tx
      .insert(auditOpinions)
      .values({
        text,
        result: opinionResult(text),
        ownerId: null,
        sortOrder: (i + 1) * 10,
        createdAt: nowIso,
        updatedAt: nowIso,
      })
      .run(),
  );
  let ownOpinions = 0;
  for (const [username, texts] of Object.entries(OWN_OPINIONS)) {
    if (!ctx.staffIds[username]) continue;
    texts.forEach((text, i) =>
      tx
        .insert(auditOpinions)
        .values({
          text,
          result: opinionResult(text),
          ownerId: ctx.staffIds[username],
          sortOrder: (i + 1) * 10,
          createdAt: nowIso,
          updatedAt: nowIso,
        })
        .run(),
    );
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
      for (const l of levels)
        shapes.set(chainFor(unit.key, l).length, [...(shapes.get(chainFor(unit.key, l).length) ?? []), l]);
      for (const [length, ls] of shapes) {
        for (let step = 0; step < length; step++)
          for (const status of REQUIRED_STATUSES)
            if (status !== 'awaiting_submission' || step < length - 1)
              specs.push({ unit, plan, level: rng.pick(ls), status, step });
        specs.push({ unit, plan, level: rng.pick(ls), status: 'approved', step: length - 1 });
      }
    }
  }
  const hospital = unitByKey.get('cc_hospital')!;
  const children = unitByKey.get('cc_children')!;
  specs.push(
    // Held and reassigned work at the demo reviewers' own orgs.
    ...(['claim', 'reassign'] as const).flatMap((hold) =>
      [0, 1].map((step): Spec => ({
        unit: hospital,
        plan: 'health_senior',
        level: 'associate_senior',
        status: 'pending',
        step,
        hold,
      })),
    ),
    ...(['claim', 'reassign'] as const).flatMap((hold) =>
      [0, 1].map((step): Spec => ({
        unit: hospital,
        plan: 'health_junior',
        level: 'intermediate',
        status: 'pending',
        step,
        hold,
      })),
    ),
    // Returns and resubmissions.
    {
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'pending',
      step: 1,
      detour: { kind: 'applicant', at: 0, to: 'this_level' },
    },
    {
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'pending',
      step: 1,
      detour: { kind: 'applicant', at: 1, to: 'this_level' },
    },
    {
      unit: hospital,
      plan: 'health_senior',
      level: 'senior',
      status: 'awaiting_submission',
      step: 2,
      detour: { kind: 'applicant', at: 1, to: 'first_level' },
    },
    {
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'pending',
      step: 0,
      detour: { kind: 'level', at: 2, to: 0 },
    },
    {
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'pending',
      step: 1,
      detour: { kind: 'level', at: 3, to: 1 },
    },
    {
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'returned',
      step: 3,
      detour: { kind: 'applicant', at: 2, to: 'this_level' },
    },
    {
      unit: children,
      plan: 'health_junior',
      level: 'intermediate',
      status: 'approved',
      step: 2,
      detour: { kind: 'applicant', at: 1, to: 'this_level' },
    },
    // Past their level's deadline: at the unit, and at the department after the city sent them back (so the city sees them).
    ...[0, 1, 2].map((k): Spec => ({
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'pending',
      step: 0,
      hold: k === 2 ? 'claim' : 'none',
      lastMoved: [18 + k, 20 + k],
    })),
    ...[0, 1].map((k): Spec => ({
      unit: hospital,
      plan: 'health_senior',
      level: 'associate_senior',
      status: 'pending',
      step: 1,
      hold: 'none',
      detour: { kind: 'level', at: 2, to: 1 },
      lastMoved: [20 + k, 22 + k],
    })),
  );
  const total = Math.round(2000 * ctx.scale);
  specs.splice(total);
  while (specs.length < total) {
    const unit = pickWeighted(
      rng,
      UNITS.map((u) => [u, u.weight] as const),
    );
    const plan = pickWeighted(rng, unit.plans);
    const planDef = PLANS.find((p) => p.key === plan)!;
    const level =
      plan === 'teacher'
        ? pickWeighted(rng, [
            ['junior', 20],
            ['intermediate', 40],
            ['associate_senior', 30],
            ['senior', 10],
          ] as const)
        : plan === 'health_senior'
          ? rng.chance(0.7)
            ? 'associate_senior'
            : 'senior'
          : rng.chance(0.4)
            ? 'junior'
            : 'intermediate';
    if (!planDef.levels.includes(level)) continue;
    const length = chainFor(unit.key, level).length;
    const status = pickWeighted(rng, STATUS_WEIGHTS);
    const lastStep = length - 1;
    const step =
      status === 'approved'
        ? lastStep
        : status === 'awaiting_submission'
          ? rng.int(0, lastStep - 1)
          : pickWeighted(
              rng,
              [
                [0, 4],
                [1, 3],
                [2, 3],
                [3, 2],
              ].filter(([s]) => s <= lastStep) as [number, number][],
            );
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
    const [lo, hi] = spec.lastMoved ?? LAST_MOVED[spec.status];
    const target = nowMs - rng.int(lo * 24 * 60, hi * 24 * 60) * MIN;
    const earliest = Math.ceil((Math.max(nowMs - 60 * DAY, plan.opens) - first) / DAY);
    const latest = Math.min(Math.floor((plan.closes - first) / DAY), Math.floor((nowMs - MIN - end) / DAY));
    const shift = Math.max(Math.min(Math.floor((target - end) / DAY), latest), Math.min(earliest, latest)) * DAY;
    for (const e of w.events) e.at += shift;
    return { i, spec, unitOrgId, chain, person, plan, events: w.events, status: w.final.status };
  });
  walked.sort((a, b) => a.events[0].at - b.events[0].at || a.i - b.i);

  // The applications, their first revision of every module and the revisions resubmissions made.
  const client = ctx.db.$client;
  const insertModule = client.prepare(
    'INSERT INTO title_module_versions (application_id, module, revision, content, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertVisit = client.prepare(
    'INSERT INTO title_application_orgs (org_id, application_id, arrived_at) VALUES (?, ?, ?)',
  );
  const iso = (t: number) => new Date(t).toISOString();
  let moduleRows = 0;
  const apps = walked.map((w) => {
    const events = w.events;
    // Inserted as submitted; the planners then move it through its story, in the order things happened.
    const submission = planSubmission(
      { applicantName: w.person.name, level: w.spec.level, chain: w.chain },
      w.plan.name,
      iso(events[0].at),
    );
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
        ...submission.state,
        submittedAt: iso(events[0].at),
        createdAt: iso(events[0].at),
      })
      .returning({ id: titleApplications.id })
      .get().id;
    const content = { ...w.person.modules } as Record<TitleModule, Content>;
    for (const m of TITLE_MODULES) insertModule.run(id, m, 1, JSON.stringify(content[m]), iso(events[0].at));
    moduleRows += TITLE_MODULES.length;
    events.forEach((e, i) => {
      if (e.move.kind !== 'resubmit') return;
      const revision = 1 + events.slice(0, i + 1).filter((x) => x.move.kind === 'resubmit').length;
      for (const m of e.move.modules) {
        content[m] = corrected(rng, m, content[m], year);
        insertModule.run(id, m, revision, JSON.stringify(content[m]), iso(e.at));
        moduleRows++;
      }
    });
    // An org is reached when the application is submitted to it or forwarded to it (returns go back to orgs already reached).
    const arrived = new Map<number, number>([[0, events[0].at]]);
    for (const e of events) if (e.move.kind === 'forward' && !arrived.has(e.step + 1)) arrived.set(e.step + 1, e.at);
    for (const [step, at] of arrived) insertVisit.run(w.chain[step].orgId, id, iso(at));
    const app: PlannedApplication = {
      id,
      applicantName: w.person.name,
      level: w.spec.level,
      chain: w.chain,
      ...submission.state,
    };
    return { ...w, id, submission, app };
  });

  // Submission batches: what one org sent up at one time, with its 推荐报告/申报函 on disk.
  const uploadDir = seedUploadDir(ctx.db);
  fs.mkdirSync(uploadDir, { recursive: true });
  const pdf = tinyPdf('recommendation report');
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  const groups = new Map<
    string,
    { from: ChainStep; to: ChainStep; at: number; items: { app: (typeof apps)[number]; ev: Ev }[] }
  >();
  for (const app of apps) {
    for (const ev of app.events) {
      if (ev.move.kind !== 'forward') continue;
      const key = `${app.chain[ev.step].orgId}|${ev.at}`;
      if (!groups.has(key))
        groups.set(key, { from: app.chain[ev.step], to: app.chain[ev.step + 1], at: ev.at, items: [] });
      groups.get(key)!.items.push({ app, ev });
    }
  }
  const REPORT: Record<string, string> = {
    unit: '单位推荐报告.pdf',
    department: '主管部门推荐函.pdf',
    city: '职称申报函.pdf',
  };
  const insertItem = client.prepare('INSERT INTO submission_batch_items (batch_id, application_id) VALUES (?, ?)');
  const batchOf = new Map<Ev, { id: number; to: ChainStep }>();
  const batchAudits: { at: number; batchId: number; actor: Person; summary: string }[] = [];
  for (const g of [...groups.values()].sort((a, b) => a.at - b.at || a.from.orgId - b.from.orgId)) {
    const staff = reviewers.staffAt(g.from.orgId);
    const sender = staff.length
      ? staff.length > 1 && rng.chance(0.3)
        ? staff[1]
        : staff[0]
      : reviewers.standIn(g.from.orgId);
    const storageName = `${crypto.randomUUID()}.pdf`;
    fs.writeFileSync(path.join(uploadDir, storageName), pdf);
    const originalName = REPORT[g.from.level] ?? '推荐报告.pdf';
    const fileId = tx
      .insert(files)
      .values({
        storageName,
        originalName,
        mime: 'application/pdf',
        size: pdf.length,
        sha256,
        ownerType: 'submission-batches',
        ownerId: null,
        field: 'attachment',
        uploadedBy: sender.id,
        createdAt: iso(g.at),
      })
      .returning({ id: files.id })
      .get().id;
    const n = g.items.length;
    const note = rng.pick([
      '',
      '',
      `${g.from.name}第${rng.int(1, 9)}批推荐人员，共${n}人`,
      '推荐人选已在本单位公示5个工作日，无异议',
      '附推荐人员汇总表',
    ]);
    const batchId = tx
      .insert(submissionBatches)
      .values({
        fromOrgId: g.from.orgId,
        toOrgId: g.to.orgId,
        attachmentFileId: fileId,
        note,
        applicationCount: n,
        createdBy: sender.id,
        createdByName: sender.name,
        createdAt: iso(g.at),
      })
      .returning({ id: submissionBatches.id })
      .get().id;
    tx.update(files).set({ ownerId: batchId }).where(eq(files.id, fileId)).run();
    for (const item of g.items) {
      insertItem.run(batchId, item.app.id);
      item.ev.actor = sender;
      batchOf.set(item.ev, { id: batchId, to: g.to });
    }
    batchAudits.push({
      at: g.at,
      batchId,
      actor: sender,
      summary: `送审 ${n} 条申报至${g.to.name}，附${originalName}`,
    });
  }

  // The review steps and their audit rows, in the order they happened.
  const insertStep = client.prepare(
    `INSERT INTO title_review_steps (application_id, kind, at, step, org_id, org_name, org_level, actor_id, actor_name, result, opinion, module_errors,
       return_to_org_id, return_to_name, resubmit_to, batch_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  type Row = { at: number; batch: number; app: number; seq: number; write: () => void };
  const rows: Row[] = [];
  for (const app of apps) {
    app.events.forEach((e, seq) => {
      const batch = batchOf.get(e);
      rows.push({
        at: e.at,
        batch: batch?.id ?? 0,
        app: app.id,
        seq,
        write: () => {
          const plan =
            e.move.kind === 'submit' ? app.submission : planMove(app.app, e, iso(e.at), batch?.id ?? 0, reviewers);
          if ('patch' in plan) app.app = { ...app.app, ...plan.patch };
          const s = plan.step;
          insertStep.run(
            app.id,
            s.kind,
            s.at,
            s.step,
            s.orgId,
            s.orgName,
            s.orgLevel,
            s.actorId,
            s.actorName,
            s.result ?? null,
            s.opinion ?? null,
            s.moduleErrors ? JSON.stringify(s.moduleErrors) : null,
            s.returnToOrgId ?? null,
            s.returnToName ?? null,
            s.resubmitTo ?? null,
            s.batchId ?? null,
            s.detail,
          );
          const actor = e.actor;
          recordAudit(tx, {
            // The applicant and the reviewers of orgs without a demo account have no staff id: the summary names the latter.
            actor: actor?.id != null ? { id: actor.id, name: actor.name } : null,
            action: plan.action,
            resource: RESOURCE,
            resourceId: app.id,
            summary: actor && actor.id == null ? `${plan.auditSummary}（经办：${actor.name}）` : plan.auditSummary,
            at: s.at,
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
  for (const app of apps) {
    const { id: _id, applicantName: _n, level: _l, chain: _c, ...state } = app.app;
    if (!applyMove(tx, app.id, 1, withDueDate(tx, app.plan.id, state)))
      throw new Error(`演示数据：申报 #${app.id} 未能写入`);
  }

  const count = (s: TitleApplicationStatus) => apps.filter((a) => a.status === s).length;
  ctx.log(
    `职称申报事项 ${PLANS.length} 个，申报 ${apps.length} 件（待审 ${count('pending')}、待送审 ${count('awaiting_submission')}、已退回 ${count('returned')}、不通过 ${count('rejected')}、已通过 ${count('approved')}），` +
      `模块版本 ${moduleRows} 条，审核记录 ${rows.length - batchAudits.length} 条，送审批次 ${batchAudits.length} 个（附件存于 ${uploadDir}），常用意见 ${GLOBAL_OPINIONS.length + ownOpinions} 条`,
  );
}
