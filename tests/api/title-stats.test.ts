import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor } from '../helpers/fixtures';
import { buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';

let t: TestApp;
let unit: ApiClient, prov: ApiClient, admin: ApiClient;
let planId: number;
const DAY = 86_400_000;
const ids: Record<'a' | 'b' | 'c' | 'd' | 'e', number> = { a: 0, b: 0, c: 0, d: 0, e: 0 };

async function review(id: number, body: Record<string, unknown>) {
  const { version } = (await unit.get(`/api/title-applications/${id}`)).body as { version: number };
  const res = await unit.post(`/api/title-applications/${id}/review`, { ...body, version });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function workbook(c: ApiClient, path: string) {
  const res = await c.raw(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const ws = book.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { ws, header: rows[0], body: rows.slice(1) };
}

/**
 * The hospital on Monday 2026-11-02 receives five applications; on Wednesday it passes two, fails one
 * and returns one to the applicant; the fifth is still waiting three weeks later.
 */
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  planId = (await createTitlePlan(admin)).id;
  let n = 0;
  for (const k of Object.keys(ids) as (keyof typeof ids)[]) {
    const res = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId,
        applicant: { name: `申报人${k.toUpperCase()}`, idNumber: residentIdFor(900 + ++n), phone: '13604312345' },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[k] = res.body.id as number;
  }
  // Sessions end after 30 idle minutes of the manual clock: each day's work signs in afresh.
  t.clock.advance(2 * DAY);
  unit = await t.login('shenhe_unit');
  await review(ids.a, { result: 'pass', opinion: '同意推荐' });
  await review(ids.b, { result: 'pass', opinion: '材料齐全，同意' });
  await review(ids.c, { result: 'reject', opinion: '任职年限不足' });
  await review(ids.d, {
    result: 'return',
    opinion: '请补充论文',
    moduleErrors: ['publications'],
    returnTo: 'applicant',
    resubmitTo: 'this_level',
  });
  t.clock.advance(21 * DAY);
  [unit, prov, admin] = await Promise.all(['shenhe_unit', 'shenhe_prov', 'admin'].map((u) => t.login(u)));
});
afterAll(() => t.close());

describe('statistics of a plan at the reviewer’s level', () => {
  it('when the hospital asks for its numbers, then they count each application by how it left the level, the overdue one and the average working days', async () => {
    const res = await unit.get(`/api/title-plans/${planId}/stats`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = {
      received: 5,
      passed: 2,
      returned: 1,
      failed: 1,
      pending: 1,
      overdue: 1,
      averageWorkingDays: 2,
      passRate: 50,
    };
    expect(res.body).toMatchObject({ planId, orgId: t.seed.orgIds.cc_hospital, orgLevel: 'unit', cities: null });
    expect(res.body.totals).toEqual(expected);
    expect(res.body.byLevel.find((l: { level: string }) => l.level === 'associate_senior')).toEqual({
      level: 'associate_senior',
      ...expected,
    });
    expect(res.body.byLevel.find((l: { level: string }) => l.level === 'junior')).toMatchObject({ received: 0 });
  });

  it('when the province bureau asks, then it also gets each city bureau under it', async () => {
    const res = await prov.get(`/api/title-plans/${planId}/stats`);
    expect(res.status).toBe(200);
    expect(res.body.cities.map((c: { orgId: number }) => c.orgId)).toEqual([t.seed.orgIds.cc, t.seed.orgIds.jl]);
    expect(res.body.totals.received).toBe(0);
    expect((await admin.get(`/api/title-plans/${planId}/stats`)).status).toBe(403);
  });
});

describe('Excel sheets', () => {
  it('when the list is exported with a filter, then the .xlsx opens with exceljs and holds exactly the rows of the filter, IDs masked, header frozen', async () => {
    const filter = encodeURIComponent(JSON.stringify({ planId, status: 'awaiting_submission' }));
    const { ws, header, body } = await workbook(unit, `/api/title-applications/export.xlsx?filter=${filter}`);
    expect(header).toEqual([
      '编号',
      '申报人',
      '身份证号码',
      '申报事项',
      '职称系列',
      '级别',
      '申报职称',
      '申报单位',
      '当前所在',
      '状态',
      '经办审核员',
      '提交时间',
    ]);
    expect(body.map((r) => r[0])).toEqual([ids.a, ids.b]);
    expect(body[0][2]).toMatch(/^\d{3}\*+\w{4}$/);
    expect(body[0][9]).toBe('待送审');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(4).width).toBe(34);
    const all = await workbook(
      unit,
      `/api/title-applications/export.xlsx?filter=${encodeURIComponent(JSON.stringify({ planId }))}`,
    );
    expect(all.body.map((r) => r[0]).sort()).toEqual(Object.values(ids).sort());
  });

  it('when the hospital downloads the plan’s result sheet, then each reviewed application has its result, opinion, reviewer and date', async () => {
    const { header, body } = await workbook(unit, `/api/title-plans/${planId}/result-sheet.xlsx`);
    expect(header).toEqual([
      '序号',
      '申报编号',
      '申报人',
      '身份证号码',
      '申报单位',
      '职称系列',
      '级别',
      '申报职称',
      '评审结果',
      '审核意见',
      '审核人',
      '审核日期',
    ]);
    expect(body.map((r) => [r[1], r[8], r[9]])).toEqual([
      [ids.a, '通过', '同意推荐'],
      [ids.b, '通过', '材料齐全，同意'],
      [ids.c, '不通过', '任职年限不足'],
      [ids.d, '退回修改', '请补充论文'],
    ]);
    expect(body[0][3]).toMatch(/^\d{3}\*+\w{4}$/);
    expect(body[0][10]).toBeTruthy();
    expect(body[0][11]).toBe('2026-11-04 09:00');
  });
});
