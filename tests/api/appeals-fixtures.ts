import { expect } from 'vitest';
import { createRng, uscc } from '../../db/seed/random';
import type { TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { tinyJpeg, tinyPdf, tinyPng } from '../helpers/fixtures';

/** Builders and state seeders for the appeal tests: an appeal as the public hall sends it, and shortcuts to later states. */

export const INTAKE_KEY = { 'X-Intake-Key': 'demo-intake-key' };
const rng = createRng(4242);
let counter = 0;

/** The form of a fresh 未注册 appeal (a new valid USCC and account each time). */
export function appealFields(over: Record<string, string> = {}): Record<string, string> {
  counter++;
  return {
    type: 'assisted_registration',
    uscc: uscc(rng, '220100'),
    name: `长春市申诉测试科技有限公司${counter}`,
    legalPersonType: 'enterprise',
    legalRepName: '王建国',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    idValidFrom: '2020-01-01',
    idValidTo: '',
    phone: '13512347850',
    account: `appealtest${String(counter).padStart(4, '0')}`,
    remark: '法人信息不匹配，无法完成自助注册',
    ...over,
  };
}

export type Materials = Record<string, [Buffer, string]>;
export const materials = (over: Materials = {}): Materials => ({
  businessLicense: [tinyPdf(), '营业执照.pdf'],
  authorizationLetter: [tinyPdf(), '申诉授权书.pdf'],
  legalRepIdFront: [tinyPng(), '法人身份证人像面.png'],
  legalRepIdBack: [tinyJpeg(), '法人身份证国徽面.jpg'],
  operatorIdFront: [tinyPng(), '经办人身份证人像面.png'],
  operatorIdBack: [tinyPng(), '经办人身份证国徽面.png'],
  operatorHoldingId: [tinyJpeg(), '经办人手持身份证.jpg'],
  ...over,
});

export function multipart(fields: Record<string, string>, files: Materials) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, [buf, name]] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(buf)]), name);
  return form;
}

export const intake = (t: TestApp, fields: Record<string, string>, files: Materials = materials()) =>
  t.anonymous().post('/api/intake/appeals', multipart(fields, files), INTAKE_KEY);

/** A submitted appeal; returns its id. */
export async function submitAppeal(t: TestApp, over: Record<string, string> = {}): Promise<number> {
  const res = await intake(t, appealFields(over));
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
