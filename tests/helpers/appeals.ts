import { expect } from 'vitest';
import type { TestApp } from './testApp';
import type { ApiClient } from './http';
import { INTAKE_KEY, multipart, tinyJpeg, tinyPdf, tinyPng, type Materials } from './fixtures';
import { buildUnitFields } from './units';

/** Builders and state seeders for the appeal tests: an appeal as the public hall sends it, and shortcuts to later states. */

let counter = 0;

/** The form of a fresh 未注册 appeal (a new valid USCC and account each time). */
export function buildAppealFields(over: Record<string, string> = {}): Record<string, string> {
  counter++;
  return {
    type: 'assisted_registration',
    ...buildUnitFields({
      name: `长春市申诉测试科技有限公司${counter}`,
      legalRepName: '王建国',
      account: `appealtest${String(counter).padStart(4, '0')}`,
    }),
    remark: '法人信息不匹配，无法完成自助注册',
    ...over,
  };
}

/** The seven materials of an appeal; `over` replaces or adds fields. */
export const buildAppealMaterials = (over: Materials = {}): Materials => ({
  businessLicense: [tinyPdf(), '营业执照.pdf'],
  authorizationLetter: [tinyPdf(), '申诉授权书.pdf'],
  legalRepIdFront: [tinyPng(), '法人身份证人像面.png'],
  legalRepIdBack: [tinyJpeg(), '法人身份证国徽面.jpg'],
  operatorIdFront: [tinyPng(), '经办人身份证人像面.png'],
  operatorIdBack: [tinyPng(), '经办人身份证国徽面.png'],
  operatorHoldingId: [tinyJpeg(), '经办人手持身份证.jpg'],
  ...over,
});

export const intakeAppeal = (t: TestApp, fields: Record<string, string>, files: Materials = buildAppealMaterials()) =>
  t.anonymous().post('/api/intake/appeals', multipart(fields, files), INTAKE_KEY);

/** A submitted appeal; returns its id. */
export async function submitAppeal(t: TestApp, over: Record<string, string> = {}): Promise<number> {
  const res = await intakeAppeal(t, buildAppealFields(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

/** A submitted appeal claimed by `agent`; returns the record as the agent sees it. */
export async function seedProcessingAppeal(t: TestApp, agent: ApiClient, over: Record<string, string> = {}) {
  const id = await submitAppeal(t, over);
  const before = await agent.get(`/api/appeals/${id}`);
  const res = await agent.post(`/api/appeals/${id}/claim`, { version: before.body.version });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Marks every material of the appeal acceptable (approval needs all of them); returns the record after the last mark. */
export async function checkAllMaterials(agent: ApiClient, appeal: { id: number; version: number }) {
  let record = (await agent.get(`/api/appeals/${appeal.id}`)).body;
  for (const m of record.materials as { field: string; verdict: string | null }[]) {
    if (m.verdict === 'acceptable') continue;
    const res = await agent.post(`/api/appeals/${appeal.id}/checklist`, {
      field: m.field,
      verdict: 'acceptable',
      version: record.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    record = res.body;
  }
  return record;
}
