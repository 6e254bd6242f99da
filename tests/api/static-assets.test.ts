import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';

// A tiny built console: each variant has different bytes, so the body tells which file was sent.
const JS = 'console.log("identity");';
const BR = Buffer.from('brotli-bytes');
const GZ = Buffer.from('gzip-bytes');
const HTML = '<!doctype html><div id="root"></div>';

let t: TestApp;
let clientDir: string;
beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), HTML);
  fs.writeFileSync(path.join(clientDir, 'assets/app-abc123.js'), JS);
  fs.writeFileSync(path.join(clientDir, 'assets/app-abc123.js.br'), BR);
  fs.writeFileSync(path.join(clientDir, 'assets/app-abc123.js.gz'), GZ);
  fs.writeFileSync(path.join(clientDir, 'assets/small-def456.css'), 'a{}');
  t = await startTestApp({ clientDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

/** node:http, not fetch: fetch would decode the body and hide which file the server sent. */
function get(urlPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${t.url}${urlPath}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the built console', () => {
  it('when the browser takes brotli, then the .br file is sent as JavaScript, cached for a year', async () => {
    const res = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body.equals(BR)).toBe(true);
  });

  it('when the browser takes gzip only, then the .gz file is sent', async () => {
    const res = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body.equals(GZ)).toBe(true);
  });

  it('when the browser refuses brotli (q=0), then it gets gzip', async () => {
    const res = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('when there is no Accept-Encoding, then the plain file is sent, still immutable and varying on the encoding', async () => {
    const res = await get('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body.toString()).toBe(JS);
  });

  it('when a file has no compressed copy (under 1 kB), then it is sent plain even to a brotli browser', async () => {
    const res = await get('/assets/small-def456.css', { 'Accept-Encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('when a path climbs out of the folder, then no file outside it is sent', async () => {
    const res = await get('/assets/..%2f..%2f..%2fetc%2fpasswd', { 'Accept-Encoding': 'br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).not.toMatch(/root:/);
  });

  it('when the page itself or a deep link is asked for, then index.html comes back with no-cache', async () => {
    for (const p of ['/', '/index.html', '/units/42/receipt']) {
      const res = await get(p, { 'Accept-Encoding': 'br, gzip' });
      expect(res.status, p).toBe(200);
      expect(res.headers['cache-control'], p).toBe('no-cache');
      expect(res.body.toString(), p).toBe(HTML);
    }
  });

  it('when the API answers, then it keeps no-store', async () => {
    const res = await get('/api/health', { 'Accept-Encoding': 'br' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
