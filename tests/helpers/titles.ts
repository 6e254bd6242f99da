import { expect } from 'vitest';
import type { ApiClient } from './http';
import type { TestApp } from './testApp';
import { INTAKE_KEY, residentIdFor, tinyPdf } from './fixtures';

/** The nine modules with plausible content; `over` replaces whole modules. */
export function buildTitleModules(over: Record<string, unknown> = {}) {
  return {
    basic: {
      gender: '女',
      birthDate: '1985-03-12',
      currentTitle: '主治医师',
      department: '心内科',
      workStartDate: '2008-07-01',
    },
    education: { entries: [{ school: '吉林大学', major: '临床医学', degree: '硕士', from: '2003-09', to: '2008-06' }] },
    work_history: { entries: [{ unit: '长春市中心医院', position: '住院医师', from: '2008-07', to: '2015-06' }] },
    qualifications: { entries: [{ name: '医师资格证书', number: '200822110220102', issuedAt: '2009-05-20' }] },
    achievements: { entries: [{ name: '急性心梗绿色通道建设', role: '主要完成人', year: 2023 }] },
    publications: {
      entries: [
        { title: '老年心衰患者的综合管理', journal: '中国实用内科杂志', publishedAt: '2024-03', role: '第一作者' },
      ],
    },
    continuing_education: { hours: 96, entries: [{ course: '心血管介入新进展', hours: 24, year: 2025 }] },
    awards: { entries: [{ name: '长春市优秀医师', year: 2022 }] },
    attachments: { entries: [{ name: '任职资格证明.pdf', note: '扫描件' }] },
    ...over,
  };
}

export function buildTitleApplication(t: TestApp, over: Record<string, unknown> = {}) {
  return {
    applicant: { name: '王秀兰', idNumber: residentIdFor(0), phone: '13604312345' },
    unitOrgId: t.seed.orgIds.cc_hospital,
    planId: 1,
    series: '卫生系列',
    level: 'associate_senior',
    titleName: '副主任医师',
    modules: buildTitleModules(),
    ...over,
  };
}

/** A plan taking every level, open around the test clock (2026-11-02). */
export async function createTitlePlan(admin: ApiClient, over: Record<string, unknown> = {}) {
  const res = await admin.post('/api/title-plans', {
    name: `2026年度卫生系列职称申报${Math.random().toString(36).slice(2, 8)}`,
    series: '卫生系列',
    year: 2026,
    levels: ['junior', 'intermediate', 'associate_senior', 'senior'],
    startDate: '2026-10-01',
    endDate: '2026-12-31',
    ...over,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; name: string; series: string };
}

export const submitTitleApplication = (t: TestApp, body: Record<string, unknown>) =>
  t.anonymous().post('/api/intake/title-applications', body, INTAKE_KEY);
export const resubmitTitleApplication = (t: TestApp, id: number, body: Record<string, unknown>) =>
  t.anonymous().put(`/api/intake/title-applications/${id}`, body, INTAKE_KEY);

/** The multipart body of a batch submission. */
export function batchForm(ids: number[], file: [Buffer, string] | null = [tinyPdf(), '推荐报告.pdf'], note = '') {
  const form = new FormData();
  for (const id of ids) form.append('applicationIds', String(id));
  if (note) form.append('note', note);
  if (file) form.append('attachment', new Blob([new Uint8Array(file[0])]), file[1]);
  return form;
}
