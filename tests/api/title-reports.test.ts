import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor, tinyPdf } from '../helpers/fixtures';
import { batchForm, buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';

let t: TestApp;
let unit: ApiClient, dept: ApiClient, city: ApiClient, admin: ApiClient;
let planId: number, otherPlanId: number;
let people = 0;

beforeAll(async () => {
  t = await startTestApp();
  [unit, dept, city, admin] = await Promise.all(
    ['shenhe_unit', 'shenhe_dept', 'shenhe_city', 'admin'].map((u) => t.login(u)),
  );
  planId = (await createTitlePlan(admin)).id;
  otherPlanId = (await createTitlePlan(admin)).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.advance(61_000));

/** An application passed at the hospital: 待送审 there. */
async function passedAtUnit(plan = planId) {
  const res = await submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId: plan,
      applicant: { name: '赵明', idNumber: residentIdFor(700 + ++people), phone: '13604312345' },
    }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.id as number;
  const { version } = (await unit.get(`/api/title-applications/${id}`)).body as { version: number };
  expect(
    (await unit.post(`/api/title-applications/${id}/review`, { result: 'pass', opinion: '同意', version })).status,
  ).toBe(200);
  return id;
}

const reportForm = (name = '长春市中心医院推荐报告.pdf') => {
  const form = new FormData();
  form.append('attachment', new Blob([new Uint8Array(tinyPdf())]), name);
  return form;
};

const withReport = (ids: number[], reportId: number, file: [Buffer, string] | null = null) => {
  const form = batchForm(ids, file);
  form.append('reportId', String(reportId));
  return form;
};

describe('the recommendation report, uploaded once per plan and chosen for later batches', () => {
  let reportId: number, fileId: number;

  it('when a unit uploads its report for a plan, then it is listed for the plan, and a second upload is refused', async () => {
    const res = await unit.post(`/api/title-plans/${planId}/reports`, reportForm());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      planId,
      orgId: t.seed.orgIds.cc_hospital,
      file: { originalName: '长春市中心医院推荐报告.pdf' },
    });
    reportId = res.body.id;
    fileId = res.body.file.id;
    expect((await unit.get(`/api/title-plans/${planId}/reports`)).body).toEqual([res.body]);
    expect((await dept.get(`/api/title-plans/${planId}/reports`)).body).toEqual([]);
    const again = await unit.post(`/api/title-plans/${planId}/reports`, reportForm('又一份.pdf'));
    expect(again.status).toBe(409);
    const png = new FormData();
    png.append('attachment', new Blob([new Uint8Array(Buffer.from('plain text'))]), 'x.pdf');
    expect((await unit.post(`/api/title-plans/${otherPlanId}/reports`, png)).status).toBe(415);
  });

  it('when two batches choose the report, then each keeps it as its attachment, and the receiving org may open it', async () => {
    const first = await unit.post('/api/submission-batches', withReport([await passedAtUnit()], reportId));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await unit.post(
      '/api/submission-batches',
      withReport([await passedAtUnit(), await passedAtUnit()], reportId),
    );
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    for (const b of [first.body, second.body]) expect(b).toMatchObject({ reportId, attachment: { id: fileId } });
    expect((await dept.get(`/api/submission-batches/${first.body.id}`)).body.attachment.id).toBe(fileId);
    expect((await dept.raw(`/api/files/${fileId}`)).status).toBe(200);
    expect((await city.raw(`/api/files/${fileId}`)).status).toBe(404);
  });

  it('when a batch names another org’s report, sends a file as well, or holds another plan’s application, then it is refused and nothing moves', async () => {
    const id = await passedAtUnit();
    const deptReport = await dept.post(`/api/title-plans/${planId}/reports`, reportForm('卫健委推荐函.pdf'));
    expect(deptReport.status).toBe(201);
    const foreign = await unit.post('/api/submission-batches', withReport([id], deptReport.body.id));
    expect(foreign.status).toBe(409);
    expect(foreign.body.errors).toHaveProperty('reportId');
    const both = await unit.post('/api/submission-batches', withReport([id], reportId, [tinyPdf(), 'x.pdf']));
    expect(both.status).toBe(400);
    expect(both.body.errors).toHaveProperty('attachment');
    const other = await passedAtUnit(otherPlanId);
    const mixed = await unit.post('/api/submission-batches', withReport([id, other], reportId));
    expect(mixed.status).toBe(409);
    expect(mixed.body.message).toContain('其他申报事项');
    expect((await unit.get(`/api/title-applications/${id}`)).body.status).toBe('awaiting_submission');
  });
});
