import express from 'express';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { errorHandler } from '../../server/http/errorHandler';
import { acceptUploads, uploadedFiles } from '../../server/files/upload';
import { checkUploads, insertFileRows, withStoredUploads } from '../../server/files/storage';
import { PDF_OR_IMAGE, IMAGE } from '../../server/files/kinds';
import { registerRecordAccess } from '../../server/http/recordAccess';
import { tinyPdf, tinyPng } from '../helpers/fixtures';

/**
 * The upload pipeline every capability uses (multer limits → content sniffing → write → rows in one
 * transaction), driven over real HTTP through a small router built from the real pieces.
 */
let t: TestApp;
let uploadUrl: string;
let server: import('node:http').Server;
let failNextTransaction = false;

beforeAll(async () => {
  t = await startTestApp({ env: { UPLOAD_MAX_BYTES: String(64 * 1024) } });
  registerRecordAccess('upload-test', (_ctx, actor) => actor.roles.includes('sysadmin'));
  const app = express();
  app.post('/upload', acceptUploads(t.ctx, ['licence', 'photo']), async (req, res) => {
    const checked = await checkUploads(t.ctx, uploadedFiles(req), {
      licence: { label: '营业执照', kinds: PDF_OR_IMAGE, required: true },
      photo: { label: '身份证照片', kinds: IMAGE, maxBytes: 16 * 1024 },
    });
    const ids = await withStoredUploads(t.ctx, checked, (stored) =>
      t.db.transaction((tx) => {
        const ids = insertFileRows(tx, stored, { type: 'upload-test', id: 1 }, null, t.clock.now().toISOString());
        if (failNextTransaction) throw new Error('simulated failure after the files were written');
        return ids;
      }),
    );
    res.status(201).json(ids);
  });
  app.use(errorHandler);
  server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  uploadUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

const form = (parts: Record<string, [Buffer, string]>) => {
  const f = new FormData();
  for (const [field, [buf, name]] of Object.entries(parts)) f.append(field, new Blob([new Uint8Array(buf)]), name);
  return f;
};
const post = async (f: FormData) => {
  const res = await fetch(uploadUrl, { method: 'POST', body: f });
  return { status: res.status, body: await res.json() };
};
const storedCount = () => (fs.existsSync(t.ctx.config.uploadDir) ? fs.readdirSync(t.ctx.config.uploadDir).length : 0);

describe('uploads', () => {
  it('when the files are right, then they are stored by random name with size, sha256 and the sniffed type, Chinese names intact', async () => {
    const res = await post(form({ licence: [tinyPdf(), '营业执照副本.pdf'], photo: [tinyPng(), '身份证.png'] }));
    expect(res.status).toBe(201);
    const rows = t.db.select().from(files).all();
    expect(rows.map((r) => r.originalName).sort()).toEqual(['身份证.png', '营业执照副本.pdf'].sort());
    const pdf = rows.find((r) => r.field === 'licence')!;
    expect(pdf.mime).toBe('application/pdf');
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pdf.storageName).not.toContain('营业执照');
  });

  it('when a PDF is uploaded as evil.html, then it is stored and downloaded as evil.pdf', async () => {
    const res = await post(form({ licence: [tinyPdf(), 'evil.html'] }));
    expect(res.status).toBe(201);
    const row = t.db.select().from(files).where(eq(files.id, res.body.licence)).get()!;
    expect(row.originalName).toBe('evil.pdf');
    expect(row.storageName).toMatch(/\.pdf$/);
    const admin = await t.login('admin');
    const download = await admin.raw(`/api/files/${row.id}?download`);
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''evil.pdf");
  });

  it('when a name carries bidi controls, then they are stripped (no 身份证‮gnp.exe passing for .png) and the sniffed extension is put on', async () => {
    const bidi = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ];
    const res = await post(
      form({ licence: [tinyPdf(), `营业${bidi.join('')}执照.pdf`], photo: [tinyPng(), '身份证\u202Egnp.exe'] }),
    );
    expect(res.status).toBe(201);
    const name = (id: number) => t.db.select().from(files).where(eq(files.id, id)).get()!.originalName;
    expect(name(res.body.licence)).toBe('营业执照.pdf');
    expect(name(res.body.photo)).toBe('身份证gnp.png');
  });

  it('when a row was stored before names were cleaned, then the download name is still cleaned and takes the stored type', async () => {
    const res = await post(form({ licence: [tinyPdf(), 'old.pdf'] }));
    t.db.$client.prepare('update files set original_name = ? where id = ?').run('旧\u202E材料.html', res.body.licence);
    const admin = await t.login('admin');
    const download = await admin.raw(`/api/files/${res.body.licence}`);
    expect(decodeURIComponent(download.headers.get('content-disposition')!)).toBe(
      "inline; filename*=UTF-8''旧材料.pdf",
    );
  });

  it('when a text file is renamed .png, then it is refused by content (415) and nothing is stored', async () => {
    const before = storedCount();
    const res = await post(form({ licence: [Buffer.from('hello, not an image'), 'licence.png'] }));
    expect(res.status).toBe(415);
    expect(res.body.errors.licence).toMatch(/营业执照/);
    expect(storedCount()).toBe(before);
  });

  it('when one file is too large, then 413 names it and nothing is stored — not even the good file', async () => {
    const before = storedCount();
    const big = Buffer.concat([tinyPng(), Buffer.alloc(20 * 1024)]);
    const res = await post(form({ licence: [tinyPdf(), 'ok.pdf'], photo: [big, 'big.png'] }));
    expect(res.status).toBe(413);
    expect(res.body.errors.photo).toBeTruthy();
    expect(storedCount()).toBe(before);
  });

  it('when a file exceeds the global limit, then multer stops it with 413', async () => {
    const res = await post(form({ licence: [Buffer.alloc(70 * 1024), 'huge.pdf'] }));
    expect(res.status).toBe(413);
  });

  it('when a required material is missing, then 400 names it', async () => {
    const res = await post(form({ photo: [tinyPng(), 'p.png'] }));
    expect(res.status).toBe(400);
    expect(res.body.errors.licence).toMatch(/请上传/);
  });

  it('when the transaction fails after the files were written, then the files are removed again', async () => {
    const before = storedCount();
    const rowsBefore = t.db.select().from(files).all().length;
    failNextTransaction = true;
    const res = await post(form({ licence: [tinyPdf(), 'x.pdf'] }));
    failNextTransaction = false;
    expect(res.status).toBe(500);
    expect(storedCount()).toBe(before);
    expect(t.db.select().from(files).all().length).toBe(rowsBefore);
  });

  it('downloads go through /api/files/:id only for staff allowed to see the owner, with nosniff', async () => {
    const pdf = t.db
      .select()
      .from(files)
      .all()
      .find((r) => r.field === 'licence')!;
    const admin = await t.login('admin');
    const ok = await admin.get(`/api/files/${pdf.id}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toMatch(/^inline/);
    const agent = await t.login('kefu01');
    expect((await agent.get(`/api/files/${pdf.id}`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/files/${pdf.id}`)).status).toBe(401);
  });
});
