import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { queueSms } from '../../server/sms/outbox';
import { createSmsDispatcher } from '../../server/sms/dispatcher';
import { httpProvider, logProvider } from '../../server/sms/providers';

let t: TestApp;
let gateway: http.Server;
let gatewayUrl: string;
let gatewayDown = true;
const received: { phone: string; text: string }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  // A stand-in SMS gateway on loopback that is down until told otherwise.
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (gatewayDown) return void res.writeHead(503).end('down');
      received.push(JSON.parse(body));
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
});
afterAll(async () => {
  await new Promise((r) => gateway.close(r));
  await t.close();
});

const queue = (content: string, secret?: string) =>
  t.db.transaction((tx) =>
    queueSms(tx, {
      phone: '13800138000',
      content,
      secret,
      at: t.clock.now().toISOString(),
      relatedType: 'test',
      relatedId: 1,
    }),
  );
const row = (id: number) => t.db.select().from(notifications).where(eq(notifications.id, id)).get()!;

describe('the SMS outbox', () => {
  it('when the gateway is down, then the SMS stays queued with the error and is retried with backoff until it goes through', async () => {
    const id = queue('您的申诉已受理');
    const dispatcher = createSmsDispatcher(t.ctx, httpProvider(gatewayUrl));
    await dispatcher.runOnce();
    expect(row(id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row(id).lastError).toMatch(/503/);
    await dispatcher.runOnce();
    expect(row(id).attempts).toBe(1); // not due yet: backoff
    gatewayDown = false;
    t.clock.advance(31_000);
    await dispatcher.runOnce();
    expect(row(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(received).toEqual([{ phone: '13800138000', text: '您的申诉已受理' }]);
    gatewayDown = true;
  });

  it('when every attempt fails, then it ends failed; staff resend it and it is queued again (audited)', async () => {
    const id = queue('第二条');
    const dispatcher = createSmsDispatcher(t.ctx, httpProvider(gatewayUrl));
    for (let i = 0; i < 5; i++) {
      await dispatcher.runOnce();
      t.clock.advance(3_600_000);
    }
    expect(row(id).status).toBe('failed');
    const agent = await t.login('jigou01');
    expect((await agent.get('/api/notifications/stats')).body.failed).toBe(1);
    const listed = await agent.list('notifications', { filter: { status: 'failed' } });
    const failed = listed.body.find((n: any) => n.id === id);
    expect(failed.allowedActions).toEqual(['resend']);
    expect(failed.phone).toBe('138****8000');
    const res = await agent.post(`/api/notifications/${id}/resend`, { version: failed.version });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('queued');
    expect((await agent.post(`/api/notifications/${id}/resend`, { version: res.body.version })).status).toBe(409);
    gatewayDown = false;
    await dispatcher.runOnce();
    expect(row(id).status).toBe('sent');
  });

  it('a one-time secret is sent to the phone but shown to staff as ****** and erased once sent', async () => {
    const id = queue('您的临时密码为 {{secret}}，请登录后修改', 'Abc#12345xyz');
    const admin = await t.login('admin');
    const shown = (await admin.get(`/api/notifications/${id}`)).body;
    expect(shown.content).toBe('您的临时密码为 ******，请登录后修改');
    expect(JSON.stringify(shown)).not.toContain('Abc#12345xyz');
    const logFile = `${t.dir}/sms-test.log`;
    await createSmsDispatcher(t.ctx, logProvider(logFile)).runOnce();
    expect(fs.readFileSync(logFile, 'utf8')).toContain('Abc#12345xyz');
    expect(row(id).secret).toBeNull();
  });
});
