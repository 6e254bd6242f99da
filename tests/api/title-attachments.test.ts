import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, files } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { INTAKE_KEY, residentIdFor, tinyPdf, tinyPng } from '../helpers/fixtures';
import {
  buildTitleApplication,
  buildTitleModules,
  createTitlePlan,
  resubmitTitleApplication,
  submitTitleApplication,
} from '../helpers/titles';

/** 附件材料 as stored files: uploaded from the hall first, named by fileId, opened by the reviewers of the chain. */
let t: TestApp;
let unit: ApiClient, prov: ApiClient, admin: ApiClient;
let planId: number;
let people = 100;

beforeAll(async () => {
  t = await startTestApp();
  [unit, prov, admin] = await Promise.all(['shenhe_unit', 'shenhe_prov', 'admin'].map((u) => t.login(u)));
  planId = (await createTitlePlan(admin)).id;
});
afterAll(() => t.close());

async function upload(buf: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(buf)]), name);
  return t.anonymous().post('/api/intake/title-applications/attachments', form, INTAKE_KEY);
}
const attachments = (entries: Record<string, unknown>[]) => buildTitleModules({ attachments: { entries } });
const submit = (modules: Record<string, unknown>) =>
  submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId,
      applicant: { name: '李春梅', idNumber: residentIdFor(++people), phone: '13604312345' },
      modules,
    }),
  );
const fileRow = (id: number) => t.db.select().from(files).where(eq(files.id, id)).get()!;

describe('附件材料 files', () => {
  it('an uploaded file is named by fileId, tied to the application, listed on the review page and opened by its reviewers only', async () => {
    const up1 = await upload(tinyPdf(), '学历学位证书.pdf');
    const up2 = await upload(tinyPng(), '身份证（正反面）.png');
    expect(up1.status, JSON.stringify(up1.body)).toBe(201);
    expect(up1.body).toMatchObject({ name: '学历学位证书.pdf', mime: 'application/pdf' });
    expect(fileRow(up1.body.fileId).ownerId).toBeNull();

    const res = await submit(
      attachments([
        { name: '学历学位证书.pdf', note: '原件扫描件', fileId: up1.body.fileId },
        { name: '身份证（正反面）', note: '原件扫描件', fileId: up2.body.fileId },
        { name: '其他说明', note: '无文件' },
      ]),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.id as number;
    expect(fileRow(up1.body.fileId)).toMatchObject({
      ownerType: 'title-applications',
      ownerId: id,
      field: 'attachment',
    });
    // Named as an ID document: opening it is a reveal, like an appeal's ID photos.
    expect(fileRow(up2.body.fileId).field).toBe('attachmentIdDocument');

    const detail = (await unit.get(`/api/title-applications/${id}`)).body;
    const module = detail.modules.find((m: { module: string }) => m.module === 'attachments');
    expect(module.files.map((f: { id: number }) => f.id)).toEqual([up1.body.fileId, up2.body.fileId]);

    const opened = await unit.raw(`/api/files/${up1.body.fileId}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('application/pdf');
    // The province bureau has not had the application yet: not its file.
    expect((await prov.raw(`/api/files/${up1.body.fileId}`)).status).toBe(404);

    expect((await unit.raw(`/api/files/${up2.body.fileId}`)).status).toBe(200);
    const reveals = t.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'files.view'), eq(auditLogs.resourceId, String(id))))
      .all();
    expect(reveals.map((r) => r.summary)).toEqual([`查看材料「附件材料（身份证件）」（文件 #${up2.body.fileId}）`]);

    // A file already used by one application cannot be named by another; nothing of that submission is written.
    const again = await submit(attachments([{ name: '学历学位证书.pdf', fileId: up1.body.fileId }]));
    expect(again.status).toBe(400);
    expect(again.body.errors['modules.attachments']).toContain(String(up1.body.fileId));
    expect(fileRow(up1.body.fileId).ownerId).toBe(id);
  });

  it('refuses unknown ids, files that are not 附件材料, and files of the wrong type', async () => {
    const unknown = await submit(attachments([{ name: 'x.pdf', fileId: 99999999 }]));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors['modules.attachments']).toContain('99999999');
    const notNumber = await submit(attachments([{ name: 'x.pdf', fileId: 'abc' }]));
    expect(notNumber.status).toBe(400);

    const wrongType = await upload(Buffer.from('just text, not a scan'), '说明.pdf');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.errors.file).toContain('PDF');
    const none = await t.anonymous().post('/api/intake/title-applications/attachments', new FormData(), INTAKE_KEY);
    expect(none.status).toBe(400);
    // Without the hall's key nothing is stored.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPdf())]), 'a.pdf');
    expect((await t.anonymous().post('/api/intake/title-applications/attachments', form)).status).toBe(401);
  });

  it('a resubmission keeps the files it still names and takes new ones', async () => {
    const first = await upload(tinyPdf(), '资格证书.pdf');
    const res = await submit(attachments([{ name: '资格证书.pdf', fileId: first.body.fileId }]));
    const id = res.body.id as number;
    const rec = (await unit.get(`/api/title-applications/${id}`)).body;
    const ret = await unit.post(`/api/title-applications/${id}/review`, {
      result: 'return',
      opinion: '附件材料不全，请补充继续教育学时证明。',
      moduleErrors: ['attachments'],
      returnTo: 'applicant',
      resubmitTo: 'this_level',
      version: rec.version,
    });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    const added = await upload(tinyPdf(), '继续教育学时证明.pdf');
    const resubmitted = await resubmitTitleApplication(t, id, {
      modules: {
        attachments: {
          entries: [
            { name: '资格证书.pdf', fileId: first.body.fileId },
            { name: '继续教育学时证明.pdf', fileId: added.body.fileId },
          ],
        },
      },
    });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const detail = (await unit.get(`/api/title-applications/${id}`)).body;
    const module = detail.modules.find((m: { module: string }) => m.module === 'attachments');
    expect(module.files.map((f: { id: number }) => f.id)).toEqual([first.body.fileId, added.body.fileId]);
  });
});
