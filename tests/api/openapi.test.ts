import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { OPERATIONS, openApiPath } from '../../server/openapi/document';
import { registeredApiRoutes } from '../../server/openapi/routeTable';
import { startTestApp, type TestApp } from '../helpers/testApp';

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { 'x-permission'?: string; requestBody?: { content: Record<string, unknown> } }>
  >;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('when the app registers a route, then the document describes that method and path (and nothing that is not registered)', async () => {
    const { app } = createApp({ db: t.db, config: t.ctx.config, clock: t.clock });
    const routes = registeredApiRoutes(app);
    expect(routes.length).toBeGreaterThan(100);
    const doc = (await (await t.login('kefu01')).get('/api/openapi.json')).body as Doc;
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const missing = routes.map((r) => `${r.method} ${openApiPath(r.path.slice(4))}`).filter((k) => !documented.has(k));
    expect(missing, 'routes without an entry in server/openapi/paths').toEqual([]);
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(OPERATIONS.filter((op) => !registered.has(`${op.method} /api${op.path}`)).map((op) => op.path)).toEqual([]);
  });

  it('when a staff member asks, then it is OpenAPI 3.1 with the guard each route checks and the intake materials as file parts', async () => {
    const res = await (await t.login('jigou01')).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as Doc;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/appeals/{id}/approve'].post['x-permission']).toBe('appeals.decide');
    expect(doc.paths['/api/dashboard/kpis'].get['x-permission']).toBe('dashboard.read');
    const intake = doc.paths['/api/intake/appeals'].post.requestBody!.content['multipart/form-data'] as {
      schema: { properties: Record<string, unknown>; required: string[] };
    };
    expect(intake.schema.properties.operatorHoldingId).toEqual({
      type: 'string',
      contentMediaType: 'application/octet-stream',
    });
    expect(intake.schema.required).toContain('uscc');
  });

  it('when nobody is signed in, then neither the document nor its page is served', async () => {
    expect((await t.anonymous().get('/api/openapi.json')).status).toBe(401);
    expect((await t.anonymous().get('/api/docs')).status).toBe(401);
  });

  it('when a reviewer opens /api/docs, then a page without scripts lists the operations by group', async () => {
    const res = await (await t.login('shenhe_unit')).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = String(res.body);
    expect(html).toContain('<h1>接口文档</h1>');
    expect(html).toContain('/api/intake/title-applications/{id}');
    expect(html).toContain('网上办事大厅接入');
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
  });
});
