import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { notifications, reviewDrafts } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor } from '../helpers/fixtures';
import { batchForm, buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';
import { submitAppeal } from '../helpers/appeals';

let t: TestApp;
let unit: ApiClient, unit2: ApiClient, dept: ApiClient, city: ApiClient, admin: ApiClient;
let planId: number;
let people = 500;

beforeAll(async () => {
  t = await startTestApp();
  [unit, unit2, dept, city, admin] = await Promise.all(
    ['shenhe_unit', 'shenhe_unit2', 'shenhe_dept', 'shenhe_city', 'admin'].map((u) => t.login(u)),
  );
  planId = (await createTitlePlan(admin, { name: '2026年度卫生系列高级职称申报（测试）' })).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.advance(61_000));

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
const review = async (c: ApiClient, id: number, body: Record<string, unknown>) =>
  c.post(`/api/title-applications/${id}/review`, { moduleErrors: [], ...body, version: (await record(c, id)).version });
const draftUrl = (id: number) => `/api/title-applications/${id}/review-draft`;
const smsOf = (id: number) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.relatedType, 'title-applications'), eq(notifications.relatedId, id)))
    .all();

describe('review drafts', () => {
  it('when a reviewer marks modules and types an opinion, then the draft is kept per reviewer and comes back on another page', async () => {
    const id = await submit();
    expect((await unit.get(draftUrl(id))).status).toBe(404);
    const saved = await unit.put(draftUrl(id), {
      marks: { basic: 'ok', education: 'ok', work_history: 'wrong' },
      result: 'return',
      opinion: '工作经历与档案不符',
      returnTo: 'applicant',
      resubmitTo: 'this_level',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      applicationId: id,
      version: 1,
      result: 'return',
      marks: { basic: 'ok', education: 'ok', work_history: 'wrong' },
    });
    // "Another PC": a new session of the same reviewer.
    const elsewhere = await t.login('shenhe_unit');
    expect((await elsewhere.get(draftUrl(id))).body).toMatchObject({
      version: 1,
      opinion: '工作经历与档案不符',
      returnTo: 'applicant',
      resubmitTo: 'this_level',
    });
    // A colleague has a draft of their own, never this one.
    expect((await unit2.get(draftUrl(id))).status).toBe(404);
    const next = await elsewhere.put(draftUrl(id), { ...saved.body, marks: { basic: 'ok' }, version: 1 });
    expect(next.body.version).toBe(2);
  });

  it('when a page saves over a draft another page changed meanwhile, then 409 carries the newer draft and nothing is overwritten', async () => {
    const id = await submit();
    const first = await unit.put(draftUrl(id), { marks: { basic: 'ok' } });
    expect(
      (await unit.put(draftUrl(id), { marks: { basic: 'ok', education: 'ok' }, version: first.body.version })).status,
    ).toBe(200);
    const stale = await unit.put(draftUrl(id), { marks: { basic: 'wrong' }, version: first.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_draft');
    expect(stale.body.details[0]).toMatchObject({ version: 2, marks: { basic: 'ok', education: 'ok' } });
    expect((await unit.get(draftUrl(id))).body.marks).toEqual({ basic: 'ok', education: 'ok' });
  });

  it('when the body is malformed, then 400 names the field and nothing is stored', async () => {
    const id = await submit();
    const res = await unit.put(draftUrl(id), {
      marks: { nonsense: 'ok', basic: 'maybe' },
      result: 'approve',
      opinion: 'x'.repeat(501),
      returnTo: 'somewhere',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(expect.arrayContaining(['opinion', 'result', 'returnTo']));
    expect(t.db.select().from(reviewDrafts).where(eq(reviewDrafts.applicationId, id)).all()).toHaveLength(0);
  });

  it('when the reviewer may not review it here (another org, or a colleague holds it), then no draft is saved', async () => {
    const id = await submit();
    expect((await dept.put(draftUrl(id), { marks: { basic: 'ok' } })).status).toBe(404);
    expect((await unit.post('/api/title-applications/claim', { ids: [id] })).status).toBe(200);
    const held = await unit2.put(draftUrl(id), { marks: { basic: 'ok' } });
    expect(held.status).toBe(409);
    expect(held.body.message).toContain('草稿未保存');
  });

  it('when the review is submitted, then every draft of it is gone; a discarded draft is gone too', async () => {
    const id = await submit();
    await unit.put(draftUrl(id), { marks: { basic: 'ok' }, opinion: '同意推荐' });
    await unit2.put(draftUrl(id), { marks: { basic: 'wrong' } });
    expect((await review(unit, id, { result: 'pass', opinion: '材料齐全，同意推荐。' })).status).toBe(200);
    expect(t.db.select().from(reviewDrafts).where(eq(reviewDrafts.applicationId, id)).all()).toHaveLength(0);
    const other = await submit();
    await unit.put(draftUrl(other), { marks: { basic: 'ok' } });
    expect((await unit.delete(draftUrl(other))).body).toEqual({ deleted: 1 });
    expect((await unit.get(draftUrl(other))).status).toBe(404);
  });
});

describe('the applicant hears of a return and of the final result', () => {
  it('when returned to the applicant, then one SMS names the modules to correct, the opinion (no 。。) and the date to resubmit by', async () => {
    const id = await submit();
    const res = await review(unit, id, {
      result: 'return',
      opinion: '请补充学位证书编号，附件字迹清晰。',
      moduleErrors: ['education', 'publications'],
      returnTo: 'applicant',
      resubmitTo: 'this_level',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const sms = smsOf(id);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ phone: '13604312345', status: 'queued' });
    // The test clock is 2026-11-02 (Beijing); the default period is 14 days.
    expect(sms[0].content).toContain('需修改以下模块：学历信息、论文著作。');
    expect(sms[0].content).toMatch(/请于 2026-11-16 前登录网上办事大厅修改后重新提交/);
    expect(sms[0].content).not.toContain('。。');
    // The SMS is readable on the application's own SMS tab (notifications filtered by the record).
    const listed = await unit.list('notifications', { filter: { relatedType: 'title-applications', relatedId: id } });
    expect(listed.body).toHaveLength(1);
  });

  it('when a level passes it on or returns it to an earlier level, then no SMS; when it fails, the applicant is told with the opinion', async () => {
    const id = await submit({ level: 'intermediate', titleName: '主治医师' });
    expect((await review(unit, id, { result: 'pass', opinion: '同意推荐' })).status).toBe(200);
    expect((await unit.post('/api/submission-batches', batchForm([id]))).status).toBe(201);
    expect(
      (
        await review(dept, id, {
          result: 'return',
          opinion: '请单位核实',
          moduleErrors: ['work_history'],
          returnTo: t.seed.orgIds.cc_hospital,
        })
      ).status,
    ).toBe(200);
    expect(smsOf(id)).toHaveLength(0);
    expect((await review(unit, id, { result: 'reject', opinion: '任现职年限不足，不符合申报条件。' })).status).toBe(
      200,
    );
    const sms = smsOf(id);
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toContain('审核未通过，审核意见：任现职年限不足，不符合申报条件。如有疑问');
  });

  it('when the last level passes it, then the applicant is told it passed', async () => {
    const id = await submit({ level: 'intermediate', titleName: '主治医师' });
    for (const [c, last] of [
      [unit, false],
      [dept, false],
      [city, true],
    ] as const) {
      expect((await review(c, id, { result: 'pass', opinion: '同意' })).status).toBe(200);
      if (!last) expect((await c.post('/api/submission-batches', batchForm([id]))).status).toBe(201);
    }
    const sms = smsOf(id);
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toContain('已通过全部审核（长春市人力资源和社会保障局）');
  });
});

describe('common opinions carry the result they are for', () => {
  it('when opinions are kept per result, then the review form gets those for the chosen result and those for any', async () => {
    const mk = async (text: string, result: string | null) => {
      const res = await unit.post('/api/audit-opinions', { text, result });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const p = await mk('经评议同意推荐（测试）', 'pass');
    const r = await mk('请补充近五年考核结果（测试）', 'return');
    const any = await mk('已核对原件（测试）', null);
    expect([p.result, r.result, any.result]).toEqual(['pass', 'return', null]);
    const forReturn = (await unit.list('audit-opinions', { filter: { forResult: 'return', q: '（测试）' } })).body.map(
      (o: { id: number }) => o.id,
    );
    expect(forReturn.sort()).toEqual([r.id, any.id].sort());
    const onlyPass = (await unit.list('audit-opinions', { filter: { result: 'pass', q: '（测试）' } })).body.map(
      (o: { id: number }) => o.id,
    );
    expect(onlyPass).toEqual([p.id]);
    expect((await unit.list('audit-opinions', { filter: { forResult: 'approve' } })).status).toBe(400);
    expect((await unit.post('/api/audit-opinions', { text: '结果不对的意见', result: 'maybe' })).status).toBe(400);
    const moved = await unit.put(`/api/audit-opinions/${any.id}`, {
      text: any.text,
      sortOrder: 0,
      result: 'reject',
      version: any.version,
    });
    expect(moved.body.result).toBe('reject');
  });
});

describe('a claim conflict names who holds it', () => {
  it('when a colleague claimed the title application first, then 409 says who', async () => {
    const id = await submit();
    expect((await unit.post('/api/title-applications/claim', { ids: [id] })).status).toBe(200);
    const late = await unit2.post('/api/title-applications/claim', { ids: [id] });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('已由单位审核员刘洋领取');
  });

  it('when another agent claimed the appeal first, then 409 says who (even from the version the late agent saw)', async () => {
    const kefu01 = await t.login('kefu01');
    const kefu02 = await t.login('kefu02');
    const id = await submitAppeal(t);
    expect((await kefu01.post(`/api/appeals/${id}/claim`, { version: 1 })).status).toBe(200);
    const late = await kefu02.post(`/api/appeals/${id}/claim`, { version: 1 });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/已由客服张敏领取/);
  });
});
