import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, files, submissionBatches, titleApplications, titleModuleVersions } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { INTAKE_KEY, residentIdFor, tinyPng } from '../helpers/fixtures';
import {
  batchForm,
  buildTitleApplication,
  buildTitleModules,
  createTitlePlan,
  resubmitTitleApplication,
  submitTitleApplication,
} from '../helpers/titles';

let t: TestApp;
let unit: ApiClient, unit2: ApiClient, dept: ApiClient, city: ApiClient, admin: ApiClient;
let planId: number;
let people = 0;

beforeAll(async () => {
  t = await startTestApp();
  [unit, unit2, dept, city, admin] = await Promise.all(
    ['shenhe_unit', 'shenhe_unit2', 'shenhe_dept', 'shenhe_city', 'admin'].map((u) => t.login(u)),
  );
  planId = (await createTitlePlan(admin)).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.advance(61_000));

/** A fresh application (a new person each time); returns its id. */
async function submit(over: Record<string, unknown> = {}) {
  const res = await submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId,
      applicant: { name: '王秀兰', idNumber: residentIdFor(++people), phone: '13604312345' },
      ...over,
    }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}

const record = async (c: ApiClient, id: number) => (await c.get(`/api/title-applications/${id}`)).body;
const pass = async (c: ApiClient, id: number, opinion = '材料齐全，同意推荐。') =>
  c.post(`/api/title-applications/${id}/review`, {
    result: 'pass',
    opinion,
    moduleErrors: [],
    version: (await record(c, id)).version,
  });
const batch = (c: ApiClient, ids: number[], file?: [Buffer, string] | null) =>
  c.post('/api/submission-batches', batchForm(ids, file));
const auditsOf = (id: number) =>
  t.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resource, 'title-applications'), eq(auditLogs.resourceId, String(id))))
    .all();

/** Pass at the caller's level and send it up in a batch of its own. */
async function passAndForward(c: ApiClient, id: number) {
  expect((await pass(c, id)).status).toBe(200);
  const res = await batch(c, [id]);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('intake and routing by personnel-management authority', () => {
  it('when a senior application from a hospital arrives, then it waits at the hospital with the chain up to the province, stored', async () => {
    const id = await submit();
    const row = t.db.select().from(titleApplications).where(eq(titleApplications.id, id)).get()!;
    expect(row.chain.map((s) => s.orgId)).toEqual(
      ['cc_hospital', 'cc_health', 'cc', 'prov'].map((k) => t.seed.orgIds[k]),
    );
    expect(row).toMatchObject({
      status: 'pending',
      currentStep: 0,
      currentOrgId: t.seed.orgIds.cc_hospital,
      revision: 1,
    });
    expect(t.db.select().from(titleModuleVersions).where(eq(titleModuleVersions.applicationId, id)).all()).toHaveLength(
      9,
    );
    expect(auditsOf(id).map((a) => a.action)).toEqual(['titleApplications.submit']);
  });

  it('when the level is intermediate, then the chain ends at the city bureau; with no department, that level is skipped', async () => {
    const mid = await submit({ level: 'intermediate', titleName: '主治医师' });
    expect((await record(unit, mid)).chain.map((s: { level: string }) => s.level)).toEqual([
      'unit',
      'department',
      'city',
    ]);
    const company = await submit({ unitOrgId: t.seed.orgIds.jl_company });
    const row = t.db.select().from(titleApplications).where(eq(titleApplications.id, company)).get()!;
    expect(row.chain.map((s) => s.level)).toEqual(['unit', 'city', 'province']);
  });

  it('when the org tree changes later, then work in flight keeps its stored chain', async () => {
    const id = await submit();
    const moved = await admin.put(`/api/orgs/${t.seed.orgIds.cc_hospital}`, {
      ...(await admin.get(`/api/orgs/${t.seed.orgIds.cc_hospital}`)).body,
      parentId: t.seed.orgIds.cc_edu,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    try {
      expect((await record(unit, id)).chain[1].orgId).toBe(t.seed.orgIds.cc_health);
      const later = await submit();
      expect((await record(unit, later)).chain[1].orgId).toBe(t.seed.orgIds.cc_edu);
    } finally {
      await admin.put(`/api/orgs/${t.seed.orgIds.cc_hospital}`, {
        ...(await admin.get(`/api/orgs/${t.seed.orgIds.cc_hospital}`)).body,
        parentId: t.seed.orgIds.cc_health,
      });
    }
  });

  it('when fields are wrong, then each gets its Chinese message and nothing is stored', async () => {
    const before = t.db.select().from(titleApplications).all().length;
    const res = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId,
        applicant: { name: '王', idNumber: '220102198503120025', phone: '1360431' },
        level: 'expert',
        modules: { ...buildTitleModules(), awards: 'none', hobbies: {} },
      }),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'applicant.idNumber',
      'applicant.name',
      'applicant.phone',
      'level',
      'modules.awards',
      'modules.hobbies',
    ]);
    const wrongOrg = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId,
        applicant: { name: '王秀兰', idNumber: residentIdFor(++people), phone: '13604312345' },
        unitOrgId: t.seed.orgIds.cc_health,
        series: '教师系列',
      }),
    );
    expect(wrongOrg.status).toBe(400);
    expect(wrongOrg.body.errors.unitOrgId).toContain('用人单位');
    expect(wrongOrg.body.errors.series).toContain('卫生系列');
    expect(t.db.select().from(titleApplications).all().length).toBe(before);
  });

  it("when the key is missing, then 401; when the same person applies twice to a plan, then 409 without the other application's id", async () => {
    expect(
      (await t.anonymous().post('/api/intake/title-applications', buildTitleApplication(t, { planId }))).status,
    ).toBe(401);
    const body = buildTitleApplication(t, {
      planId,
      applicant: { name: '李重复', idNumber: residentIdFor(++people), phone: '13604312345' },
    });
    const first = await submitTitleApplication(t, body);
    expect(first.status).toBe(201);
    const again = await submitTitleApplication(t, body);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^该申报人在「.+」已有申报，不能重复申报$/);
    expect(JSON.stringify(again.body)).not.toContain(`#${first.body.id}`);
    expect(again.body.errors).toEqual({ 'applicant.idNumber': '已有申报，不能重复申报' });
  });

  it('when the plan is closed or does not take the level, then 400 naming the field', async () => {
    const closed = await createTitlePlan(admin, { endDate: '2026-10-31', levels: ['junior'] });
    const res = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId: closed.id,
        applicant: { name: '王秀兰', idNumber: residentIdFor(++people), phone: '13604312345' },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.planId).toContain('不在申报时间内');
    expect(res.body.errors.level).toContain('副高级');
    expect(INTAKE_KEY).toBeTruthy();
  });
});

describe('review at each level', () => {
  it('when the unit passes and batch-submits, then the department has it pending; the audit has one row per move', async () => {
    const id = await submit();
    const rec = await record(unit, id);
    expect(rec.applicantIdNumber).toMatch(/^220\*+\d{3}[\dX]$/);
    expect(rec.allowedActions).toEqual(
      expect.arrayContaining(['review', 'pass', 'returnToApplicant', 'reject', 'claim']),
    );
    expect(rec.allowedActions).not.toContain('returnToLevel');
    const passed = await pass(unit, id);
    expect(passed.body).toMatchObject({ status: 'awaiting_submission', currentOrgId: t.seed.orgIds.cc_hospital });
    // The reviewer who passed it may also take the pass back (撤回) until it is sent up.
    expect(passed.body.allowedActions).toEqual(['forward', 'withdraw']);
    const b = await batch(unit, [id]);
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({
      fromOrgId: t.seed.orgIds.cc_hospital,
      toOrgId: t.seed.orgIds.cc_health,
      applicationCount: 1,
      attachment: { originalName: '推荐报告.pdf', mime: 'application/pdf' },
    });
    expect(await record(dept, id)).toMatchObject({
      status: 'pending',
      currentStep: 1,
      currentOrgId: t.seed.orgIds.cc_health,
      assigneeId: null,
    });
    expect(auditsOf(id).map((a) => a.action)).toEqual([
      'titleApplications.submit',
      'titleApplications.pass',
      'titleApplications.forward',
    ]);
    // Sent up and untouched there: the sender may only take it back (撤回).
    expect((await record(unit, id)).allowedActions).toEqual(['withdraw']);
    expect((await pass(unit, id)).status).toBe(409);
  });

  it('when the last level passes, then it is approved directly, with no batch', async () => {
    const id = await submit({ level: 'intermediate' });
    await passAndForward(unit, id);
    await passAndForward(dept, id);
    const res = await pass(city, id);
    expect(res.body).toMatchObject({ status: 'approved', currentOrgId: t.seed.orgIds.cc });
    expect(res.body.decidedAt).toBeTruthy();
    expect(auditsOf(id).at(-1)!.action).toBe('titleApplications.approve');
    const progress = (await city.get(`/api/title-applications/${id}/progress`)).body;
    expect(progress.chain.map((c: { state: string }) => c.state)).toEqual(['done', 'done', 'done']);
    expect(progress.steps.map((s: { kind: string; result: string | null }) => `${s.kind}:${s.result ?? ''}`)).toEqual([
      'submitted:',
      'reviewed:pass',
      'forwarded:',
      'reviewed:pass',
      'forwarded:',
      'reviewed:approve',
    ]);
  });

  it('when the review is incomplete, then each problem is named under its field and nothing changes', async () => {
    const id = await submit();
    await passAndForward(unit, id);
    const { version } = await record(dept, id);
    const noModule = await dept.post(`/api/title-applications/${id}/review`, {
      result: 'return',
      opinion: ' ',
      moduleErrors: [],
      returnTo: 'applicant',
      version,
    });
    expect(noModule.status).toBe(400);
    expect(Object.keys(noModule.body.errors).sort()).toEqual(['moduleErrors', 'opinion', 'resubmitTo']);
    const notInChain = await dept.post(`/api/title-applications/${id}/review`, {
      result: 'return',
      opinion: '请核实',
      moduleErrors: ['education'],
      returnTo: t.seed.orgIds.cc,
      version,
    });
    expect(notInChain.status).toBe(400);
    expect(notInChain.body.errors.returnTo).toContain('下级');
    const badModule = await dept.post(`/api/title-applications/${id}/review`, {
      result: 'reject',
      opinion: '不符合',
      moduleErrors: ['hobbies'],
      version,
    });
    expect(badModule.status).toBe(400);
    expect(badModule.body.errors['moduleErrors.0']).toBeTruthy();
    expect((await record(dept, id)).version).toBe(version);
  });

  it('when returned to an earlier level, then it is pending there again and that level can act', async () => {
    const id = await submit();
    await passAndForward(unit, id);
    const { version } = await record(dept, id);
    const res = await dept.post(`/api/title-applications/${id}/review`, {
      result: 'return',
      opinion: '工作经历与档案不符，请单位核实',
      moduleErrors: ['work_history'],
      returnTo: t.seed.orgIds.cc_hospital,
      version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'pending', currentStep: 0, currentOrgId: t.seed.orgIds.cc_hospital });
    const back = await record(unit, id);
    expect(back.lastReturn).toMatchObject({
      orgName: '长春市卫生健康委员会',
      moduleErrors: ['work_history'],
      opinion: '工作经历与档案不符，请单位核实',
    });
    expect((await pass(unit, id)).status).toBe(200);
  });

  it('when rejected, then it is final', async () => {
    const id = await submit();
    const { version } = await record(unit, id);
    const res = await unit.post(`/api/title-applications/${id}/review`, {
      result: 'reject',
      opinion: '不符合申报条件',
      moduleErrors: ['qualifications'],
      version,
    });
    expect(res.body).toMatchObject({ status: 'rejected', allowedActions: [] });
    expect((await pass(unit, id)).status).toBe(409);
  });

  it('when two reviewers send the same version, then the second gets 409', async () => {
    const id = await submit();
    const { version } = await record(unit, id);
    const body = { result: 'pass', opinion: '同意', moduleErrors: [], version };
    const [a, b] = await Promise.all([
      unit.post(`/api/title-applications/${id}/review`, body),
      unit2.post(`/api/title-applications/${id}/review`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(auditsOf(id).filter((x) => x.action === 'titleApplications.pass')).toHaveLength(1);
  });
});

describe('return to the applicant and resubmission', () => {
  async function returned(resubmitTo: 'this_level' | 'first_level') {
    const id = await submit();
    await passAndForward(unit, id);
    const { version } = await record(dept, id);
    const res = await dept.post(`/api/title-applications/${id}/review`, {
      result: 'return',
      opinion: '论文信息不全',
      moduleErrors: ['publications', 'awards'],
      returnTo: 'applicant',
      resubmitTo,
      version,
    });
    expect(res.body).toMatchObject({
      status: 'returned',
      returnedModules: ['awards', 'publications'].sort(
        (x, y) => ['publications', 'awards'].indexOf(x) - ['publications', 'awards'].indexOf(y),
      ),
    });
    return id;
  }

  it('when it is back with the applicant, then its progress shows the returning level as returned, no level as 当前所在', async () => {
    const id = await returned('this_level');
    const { chain } = (await dept.get(`/api/title-applications/${id}/progress`)).body;
    expect(chain.map((c: { state: string }) => c.state)).toEqual(['done', 'returned', 'ahead', 'ahead']);
    await resubmitTitleApplication(t, id, { modules: { publications: { entries: [] }, awards: { entries: [] } } });
    expect(
      (await dept.get(`/api/title-applications/${id}/progress`)).body.chain.map((c: { state: string }) => c.state),
    ).toEqual(['done', 'current', 'ahead', 'ahead']);
  });

  it('when a module that was not returned is sent, then 409 names it and nothing changes', async () => {
    const id = await returned('this_level');
    const res = await resubmitTitleApplication(t, id, {
      modules: { publications: { entries: [] }, education: { entries: [] } },
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('学历信息');
    expect(res.body.errors.modules).toContain('学历信息');
    expect((await record(dept, id)).status).toBe('returned');
  });

  it('when the returned modules come back, then it is pending at the returning level with a diff of each changed module', async () => {
    const id = await returned('this_level');
    const newPubs = {
      entries: [
        {
          title: '老年心衰患者的综合管理',
          journal: '中国实用内科杂志',
          publishedAt: '2024-03',
          role: '第一作者',
          issn: '1005-2194',
        },
      ],
    };
    const res = await resubmitTitleApplication(t, id, { modules: { publications: newPubs } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const rec = await record(dept, id);
    expect(rec).toMatchObject({
      status: 'pending',
      currentOrgId: t.seed.orgIds.cc_health,
      revision: 2,
      returnedModules: null,
    });
    const pubs = rec.modules.find((m: { module: string }) => m.module === 'publications');
    expect(pubs).toMatchObject({
      changed: true,
      revision: 2,
      content: newPubs,
      previous: buildTitleModules().publications,
    });
    expect(rec.modules.find((m: { module: string }) => m.module === 'awards')).toMatchObject({
      changed: false,
      previous: null,
    });
    expect((await resubmitTitleApplication(t, id, { modules: { publications: newPubs } })).status).toBe(409);
    expect(
      auditsOf(id)
        .map((a) => a.action)
        .slice(-2),
    ).toEqual(['titleApplications.return', 'titleApplications.resubmit']);
  });

  it('when the reviewer chose "from the first level", then the resubmission starts again at the unit', async () => {
    const id = await returned('first_level');
    expect((await resubmitTitleApplication(t, id, { modules: { awards: { entries: [] } } })).status).toBe(200);
    expect(await record(unit, id)).toMatchObject({
      status: 'pending',
      currentStep: 0,
      currentOrgId: t.seed.orgIds.cc_hospital,
    });
  });
});

describe('scope: each reviewer sees only what reached their org', () => {
  it('when a reviewer asks for work that never reached their org, then 404 on the record, its progress and its PII, and it is not listed', async () => {
    const id = await submit();
    // A level above the holder may open the record and its progress only to urge it (issue 13); never its PII.
    expect((await dept.get(`/api/title-applications/${id}`)).body.allowedActions).toEqual(['urge']);
    expect((await dept.get(`/api/title-applications/${id}/pii?reason=核对身份信息`)).status).toBe(404);
    const jlId = await submit({ unitOrgId: t.seed.orgIds.jl_hospital });
    for (const path of ['', '/progress', '/pii?reason=核对身份信息'])
      expect((await dept.get(`/api/title-applications/${jlId}${path}`)).status).toBe(404);
    const jl = await t.login('shenhe_city');
    const listed = await jl.list('title-applications', { filter: { currentOrgId: 'mine' } });
    expect(listed.body.map((r: { id: number }) => r.id)).not.toContain(id);
    expect(
      (
        await dept.post(`/api/title-applications/${id}/review`, {
          result: 'pass',
          opinion: '同意',
          moduleErrors: [],
          version: 1,
        })
      ).status,
    ).toBe(404);
  });

  it('when counted, then the review home shows per plan what waits at the caller’s org', async () => {
    const plan = await createTitlePlan(admin);
    const [a, b] = [await submit({ planId: plan.id }), await submit({ planId: plan.id })];
    await pass(unit, a);
    const counters = (await unit.get('/api/title-applications/counters')).body;
    expect(counters.orgName).toBe('长春市中心医院');
    expect(counters.plans.find((p: { planId: number }) => p.planId === plan.id)).toMatchObject({
      pending: 1,
      awaitingSubmission: 1,
      returned: 0,
    });
    expect(
      (await dept.get('/api/title-applications/counters')).body.plans.find(
        (p: { planId: number }) => p.planId === plan.id,
      ),
    ).toMatchObject({ pending: 0, awaitingSubmission: 0 });
    const list = await unit.list('title-applications', {
      filter: { planId: plan.id, status: 'pending', currentOrgId: 'mine' },
    });
    expect(list.body.map((r: { id: number }) => r.id)).toEqual([b]);
  });

  it('when another role asks, then 403', async () => {
    const kefu = await t.login('kefu01');
    expect((await kefu.get('/api/title-applications')).status).toBe(403);
    expect((await kefu.post('/api/submission-batches', batchForm([1]))).status).toBe(403);
  });
});

describe('batch submission', () => {
  it('when one selected application is not awaiting submission, then nothing moves and the answer names it', async () => {
    const ok = await submit();
    const notPassed = await submit();
    await pass(unit, ok);
    const filesBefore = t.db.select().from(files).all().length;
    const res = await batch(unit, [ok, notPassed, 999999]);
    expect(res.status).toBe(409);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: notPassed, reason: expect.stringContaining('待审') }),
        expect.objectContaining({ id: 999999, reason: expect.stringContaining('不存在') }),
      ]),
    );
    expect(res.body.message).toContain(`#${notPassed}`);
    expect((await record(unit, ok)).status).toBe('awaiting_submission');
    expect(t.db.select().from(files).all().length).toBe(filesBefore);
  });

  it('when the report is missing or not a document, then 400/415 and nothing moves', async () => {
    const id = await submit();
    await pass(unit, id);
    const missing = await batch(unit, [id], null);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.attachment).toContain('推荐报告/申报函');
    const wrong = await batch(unit, [id], [Buffer.from('just text'), '推荐报告.pdf']);
    expect(wrong.status).toBe(415);
    const noIds = await unit.post('/api/submission-batches', batchForm([]));
    expect(noIds.status).toBe(400);
    expect((await record(unit, id)).status).toBe('awaiting_submission');
  });

  it('when several go together, then they all move, the batch lists them, and both orgs can download the report', async () => {
    const ids = [await submit(), await submit(), await submit()];
    for (const id of ids) await pass(unit, id);
    const res = await unit.post('/api/submission-batches', batchForm(ids, [tinyPng(), '申报函.png'], '第一批'));
    expect(res.status).toBe(201);
    const batchId = res.body.id;
    const listed = await dept.list('title-applications', { filter: { batchId } });
    expect(listed.body.map((r: { id: number }) => r.id).sort()).toEqual(ids.sort());
    expect(
      (await dept.list('submission-batches', { filter: { direction: 'received' } })).body.map(
        (b: { id: number }) => b.id,
      ),
    ).toContain(batchId);
    expect(
      (await unit.list('submission-batches', { filter: { direction: 'sent' } })).body.map((b: { id: number }) => b.id),
    ).toContain(batchId);
    expect((await unit.get(`/api/submission-batches/${batchId}`)).body.direction).toBe('sent');
    expect((await dept.get(`/api/submission-batches/${batchId}`)).body.direction).toBe('received');
    for (const c of [unit, dept]) expect((await c.raw(`/api/files/${res.body.attachment.id}`)).status).toBe(200);
    expect((await city.raw(`/api/files/${res.body.attachment.id}`)).status).toBe(404);
    expect((await city.get(`/api/submission-batches/${batchId}`)).status).toBe(404);
    const file = t.db.select().from(files).where(eq(files.id, res.body.attachment.id)).get()!;
    expect(file).toMatchObject({ ownerType: 'submission-batches', ownerId: batchId });
    expect(fs.existsSync(`${t.ctx.config.uploadDir}/${file.storageName}`)).toBe(true);
    expect(t.db.select().from(submissionBatches).where(eq(submissionBatches.id, batchId)).get()!.applicationCount).toBe(
      3,
    );
  });
});

describe('claim and reassign within an org', () => {
  it('when a reviewer claims, then colleagues cannot review it until it is reassigned to them', async () => {
    const id = await submit();
    const claimed = await unit.post('/api/title-applications/claim', { ids: [id] });
    expect(claimed.body).toEqual({ ids: [id], count: 1 });
    expect((await record(unit2, id)).allowedActions).toEqual(['reassign']);
    expect((await pass(unit2, id)).status).toBe(409);
    const again = await unit2.post('/api/title-applications/claim', { ids: [id] });
    expect(again.status).toBe(409);
    expect(again.body.details[0].reason).toContain('单位审核员刘洋');
    const unit2Id = t.seed.staffIds.shenhe_unit2;
    expect((await unit.post('/api/title-applications/reassign', { ids: [id], assigneeId: unit2Id })).status).toBe(200);
    expect((await pass(unit2, id)).status).toBe(200);
    const kinds = (await unit.get(`/api/title-applications/${id}/progress`)).body.steps.map(
      (s: { kind: string }) => s.kind,
    );
    expect(kinds).toEqual(['submitted', 'claimed', 'reassigned', 'reviewed']);
  });

  it('when the colleague is in another org, then 409 and nothing changes', async () => {
    const id = await submit();
    const res = await unit.post('/api/title-applications/reassign', {
      ids: [id],
      assigneeId: t.seed.staffIds.shenhe_dept,
    });
    expect(res.status).toBe(409);
    expect(res.body.errors.assigneeId).toBeTruthy();
    expect((await record(unit, id)).assigneeId).toBeNull();
    expect(
      (await unit.get('/api/title-applications/reviewers')).body.map((r: { username: string }) => r.username),
    ).toEqual(['shenhe_unit', 'shenhe_unit2']);
  });
});

describe('common opinions and title plans', () => {
  it('a reviewer keeps their own opinions, sees the global ones and never a colleague’s', async () => {
    const global = await admin.post('/api/audit-opinions', {
      text: '材料齐全，符合申报条件，同意推荐。',
      sortOrder: 1,
    });
    expect(global.body.scope).toBe('global');
    const mine = await unit.post('/api/audit-opinions', { text: '继续教育学时不足，请补充。', sortOrder: 2 });
    expect(mine.status).toBe(201);
    expect((await unit.post('/api/audit-opinions', { text: '越权全局', sortOrder: 3, scope: 'global' })).status).toBe(
      403,
    );
    const seen = (await unit.list('audit-opinions')).body.map((o: { id: number }) => o.id);
    expect(seen).toEqual(expect.arrayContaining([global.body.id, mine.body.id]));
    expect((await unit2.list('audit-opinions')).body.map((o: { id: number }) => o.id)).not.toContain(mine.body.id);
    expect((await unit2.get(`/api/audit-opinions/${mine.body.id}`)).status).toBe(404);
    expect(
      (await unit.put(`/api/audit-opinions/${global.body.id}`, { text: '改一改全局意见', sortOrder: 1, version: 1 }))
        .status,
    ).toBe(403);
    expect((await unit.delete(`/api/audit-opinions/${mine.body.id}`)).status).toBe(200);
  });

  it('a plan says whether the public hall takes applications today, and why not', async () => {
    // The test clock stands at 2026-11-02 (Beijing).
    const open = await createTitlePlan(admin, { startDate: '2026-11-02', endDate: '2026-11-02' });
    const later = await createTitlePlan(admin, { startDate: '2026-11-03', endDate: '2026-12-31' });
    const past = await createTitlePlan(admin, { startDate: '2026-10-01', endDate: '2026-11-01' });
    const off = await createTitlePlan(admin, { active: false });
    const state = async (id: number) =>
      (await unit.get(`/api/title-plans/${id}`)).body as { accepting: boolean; windowState: string };
    expect(await state(open.id)).toMatchObject({ accepting: true, windowState: 'accepting' });
    expect(await state(later.id)).toMatchObject({ accepting: false, windowState: 'not_started' });
    expect(await state(past.id)).toMatchObject({ accepting: false, windowState: 'ended' });
    expect(await state(off.id)).toMatchObject({ accepting: false, windowState: 'closed' });
  });

  it('a plan with applications cannot be deleted; reviewers cannot write plans', async () => {
    const plan = await createTitlePlan(admin);
    expect((await admin.get(`/api/title-plans/${plan.id}`)).body.allowedActions).toEqual(['edit', 'delete']);
    await submit({ planId: plan.id });
    expect((await admin.get(`/api/title-plans/${plan.id}`)).body.allowedActions).toEqual(['edit']);
    expect((await unit.get(`/api/title-plans/${plan.id}`)).body.allowedActions).toEqual([]);
    expect((await admin.delete(`/api/title-plans/${plan.id}`)).status).toBe(409);
    expect(
      (
        await unit.post('/api/title-plans', {
          name: '越权事项名称',
          series: '卫生系列',
          year: 2026,
          levels: ['junior'],
          startDate: '2026-01-01',
          endDate: '2026-12-31',
        })
      ).status,
    ).toBe(403);
    const bad = await admin.post('/api/title-plans', {
      name: '短',
      series: '卫',
      year: 1999,
      levels: [],
      startDate: '2026-12-31',
      endDate: '2026-01-01',
    });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['endDate', 'levels', 'name', 'series', 'year']);
  });
});
