import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { seedUnit } from '../helpers/units';
import { createTitlePlan } from '../helpers/titles';
import { count } from 'drizzle-orm';
import { auditLogs } from '../../db/schema';
import { RawSession } from './raw';

// Fixed examples of the seven causes of the 457 answers 500 that issue 11 counted (4a–4g).
let t: TestApp;
let admin: RawSession;
let jigou: RawSession;
let shenhe: RawSession;
let unitId: number;
let planId: number;
beforeAll(async () => {
  t = await startTestApp();
  [admin, jigou, shenhe] = await Promise.all(
    ['admin', 'jigou01', 'shenhe_unit'].map((u) => RawSession.login(t.url, u)),
  );
  unitId = seedUnit(t);
  planId = (await createTitlePlan(await t.login('admin'))).id;
});
afterAll(() => t.close());

const auditCount = () => t.db.select({ n: count() }).from(auditLogs).get()!.n;
const JSON_TYPE = { 'content-type': 'application/json' };

describe('4a: when body-parser refuses the body, then its 4xx stays', () => {
  it('when the charset is latin1, then 415', async () => {
    const res = await jigou.send('PUT', `/api/units/${unitId}`, '{"name":"x"}', {
      'content-type': 'application/json; charset=latin1',
    });
    expect(res.status).toBe(415);
    expect(res.body.message).toBeTruthy();
  });
  it('when Content-Encoding is gzip but the body is not gzip, then 400', async () => {
    const res = await jigou.send('PUT', `/api/units/${unitId}`, 'not gzip at all', {
      ...JSON_TYPE,
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(400);
  });
  it('when the encoding is unknown, then 415', async () => {
    const res = await jigou.send('PUT', `/api/units/${unitId}`, '{}', { ...JSON_TYPE, 'content-encoding': 'compress' });
    expect(res.status).toBe(415);
  });
  it('when gzip holds a valid JSON body, then it is read (the 400s above are about the body, not gzip)', async () => {
    const res = await jigou.send('PUT', `/api/units/${unitId}`, gzipSync('{"version":"x"}'), {
      ...JSON_TYPE,
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toBeTruthy();
  });
});

describe('4b: when a path holds a malformed percent-escape, then 400', () => {
  it.each(['/api/units/%E0%A4%A', '/api/settings/%', '/api/appeals/%zz/claim'])('%s', async (path) => {
    const res = await admin.send(path.endsWith('claim') ? 'POST' : 'GET', path, '{}', JSON_TYPE);
    expect(res.status).toBe(400);
  });
});

describe('4c: when a list parameter names a prototype property, then 400', () => {
  const cases: [string, Record<string, string>][] = [
    ['units', { sort: '["constructor","ASC"]' }],
    ['units', { sort: '["toString","DESC"]' }],
    ['units', { filter: '{"__proto__":1}' }],
    ['operators', { filter: '{"hasOwnProperty":"1"}' }],
    ['title-applications', { filter: '{"assigneeId":"toString"}' }],
    ['title-applications', { filter: '{"currentOrgId":"__proto__"}' }],
    ['units', { filter: '{"status":{"toString":1}}' }],
    ['units', { sort: '["id",{"toString":1}]' }],
    ['units', { filter: '{"q":{"valueOf":1}}' }],
  ];
  it.each(cases)('%s %j', async (resource, params) => {
    const who = resource === 'title-applications' ? shenhe : jigou;
    const res = await who.send('GET', `/api/${resource}?${new URLSearchParams(params)}`);
    expect(res.status).toBe(400);
  });
});

describe('4d: when range holds numbers no page can have, then 400', () => {
  it.each(['[1e20,1e20]', '[0,1e20]', '[-1,5]', '[9007199254740993,9007199254740994]', '["0","9"]', '[0.5,3]'])(
    'range=%s',
    async (range) => {
      const res = await jigou.send('GET', `/api/units?range=${encodeURIComponent(range)}`);
      expect(res.status).toBe(400);
    },
  );
});

describe('4e: when a JSON body is missing or not JSON, then 400 with field messages and nothing written', () => {
  // The body is checked before the record is looked up, so ids of records that do not exist serve as well.
  const routes = (): [RawSession, string, string][] => [
    [jigou, 'PUT', `/api/units/${unitId}`],
    [jigou, 'POST', '/api/operators'],
    [jigou, 'PUT', '/api/operators/1'],
    [jigou, 'POST', '/api/institutions/1/open'],
    [jigou, 'POST', '/api/institutions/1/change-admin'],
    [admin, 'POST', '/api/title-plans'],
    [admin, 'PUT', `/api/title-plans/${planId}`],
  ];
  // JSON that is no object is refused by the JSON parser itself (strict); the others reach the schema.
  const bodies: [string, string | undefined, Record<string, string>, { namesFields: boolean }][] = [
    ['no body', undefined, {}, { namesFields: true }],
    ['a JSON array', '[1,2]', JSON_TYPE, { namesFields: true }],
    ['text/plain', 'name=x', { 'content-type': 'text/plain' }, { namesFields: true }],
    ['form-urlencoded', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }, { namesFields: true }],
    ['JSON null', 'null', JSON_TYPE, { namesFields: false }],
    ['a JSON string', '"x"', JSON_TYPE, { namesFields: false }],
    ['broken JSON', '{"name":', JSON_TYPE, { namesFields: false }],
  ];
  it.each(bodies)('%s', async (_label, body, headers, { namesFields }) => {
    for (const [who, method, path] of routes()) {
      const before = auditCount();
      const res = await who.send(method, path, body, headers);
      expect(res.status, `${method} ${path} → ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.message).toBeTruthy();
      if (namesFields)
        expect(Object.keys(res.body.errors ?? {}).length, `${method} ${path} names the fields`).toBeGreaterThan(0);
      expect(auditCount()).toBe(before);
    }
  });
});

describe('4f: settings are looked up as own keys', () => {
  it('when a prototype name is read, then 404', async () => {
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect((await admin.send('GET', `/api/settings/${key}`)).status, key).toBe(404);
    }
  });
  it('when a prototype name is written, then 404 and nothing written', async () => {
    const before = auditCount();
    for (const key of ['__proto__', 'toString', 'constructor']) {
      expect((await admin.json('PUT', `/api/settings/${key}`, { value: 1 })).status, key).toBe(404);
    }
    expect(auditCount()).toBe(before);
  });
});

describe('4g: when multipart is malformed, then 400', () => {
  it('when the boundary is missing', async () => {
    const res = await jigou.send(
      'POST',
      '/api/units',
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nA\r\n--x--\r\n',
      { 'content-type': 'multipart/form-data' },
    );
    expect(res.status).toBe(400);
  });
  it('when a part is never terminated', async () => {
    const res = await jigou.send(
      'POST',
      '/api/units',
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nunterminated',
      { 'content-type': 'multipart/form-data; boundary=x' },
    );
    expect(res.status).toBe(400);
  });
  it('when the intake gets a multipart body without a boundary', async () => {
    const res = await RawSession.anonymous(t.url).send('POST', '/api/intake/appeals', '--x\r\n', {
      'content-type': 'multipart/form-data',
      'x-intake-key': 'demo-intake-key',
    });
    expect(res.status).toBe(400);
  });
});
