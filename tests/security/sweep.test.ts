import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { files } from '../../db/schema';
import { boot } from '../../server/boot';
import { tinyJpeg, tinyPdf } from '../helpers/fixtures';

/**
 * The startup sweep through the real boot(): what a crash leaves in the upload folder (half-written
 * `.part` files, files whose transaction never committed) is gone before the server listens.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function bootIn(dir: string) {
  const lines: string[] = [];
  const { config, db } = await boot({
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'never', DATA_DIR: dir },
    log: (m) => lines.push(m),
  });
  return { config, db, lines };
}

const storageName = (ext: string) => `${crypto.randomUUID()}.${ext}`;

describe('startup sweep of the upload folder', () => {
  it('when the server starts after a crash, then .part files and files without a row are removed, referenced ones kept, and the count logged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-sweep-'));
    dirs.push(dir);
    const first = await bootIn(dir);
    const uploads = first.config.uploadDir;
    fs.mkdirSync(uploads, { recursive: true });
    const referenced = storageName('pdf');
    const orphanId = storageName('jpg');
    const partial = `${storageName('png')}.part`;
    const foreign = 'README.txt';
    fs.writeFileSync(path.join(uploads, referenced), tinyPdf());
    fs.writeFileSync(path.join(uploads, orphanId), tinyJpeg());
    fs.writeFileSync(path.join(uploads, partial), tinyJpeg().subarray(0, 10));
    fs.writeFileSync(path.join(uploads, foreign), 'not ours');
    const pdf = tinyPdf();
    first.db
      .insert(files)
      .values({
        storageName: referenced,
        originalName: '营业执照.pdf',
        mime: 'application/pdf',
        size: pdf.length,
        sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
        ownerType: 'appeals',
        ownerId: 1,
        field: 'businessLicense',
        createdAt: new Date(0).toISOString(),
      })
      .run();
    first.db.$client.close();

    const second = await bootIn(dir);
    second.db.$client.close();

    expect(fs.readdirSync(uploads).sort()).toEqual([foreign, referenced].sort());
    expect(second.lines.find((l) => l.startsWith('上传目录清理'))).toMatch(
      /删除 2 个残留文件（未写完的 \.part 1 个，无记录的文件 1 个）/,
    );
  });

  it('when the files table is empty, then unreferenced files are kept (a wrong DATABASE_PATH must not wipe the uploads) and the log says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-sweep-'));
    dirs.push(dir);
    const first = await bootIn(dir);
    first.db.$client.close();
    const uploads = first.config.uploadDir;
    fs.mkdirSync(uploads, { recursive: true });
    const unreferenced = storageName('jpg');
    const partial = `${storageName('jpg')}.part`;
    fs.writeFileSync(path.join(uploads, unreferenced), tinyJpeg());
    fs.writeFileSync(path.join(uploads, partial), tinyJpeg());

    const second = await bootIn(dir);
    second.db.$client.close();

    expect(fs.readdirSync(uploads)).toEqual([unreferenced]);
    expect(second.lines.find((l) => l.startsWith('上传目录清理'))).toMatch(/删除 1 个残留文件.*1 个无记录的文件未删除/);
  });

  it('when there is no upload folder yet, then the start logs nothing removed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-sweep-'));
    dirs.push(dir);
    const { db, lines } = await bootIn(dir);
    db.$client.close();
    expect(lines.find((l) => l.startsWith('上传目录清理'))).toMatch(/删除 0 个残留文件/);
  });
});
