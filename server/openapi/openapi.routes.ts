import { Router } from 'express';
import type { AppContext } from '../context';
import { authorize } from '../http/authorize';
import { buildOpenApiDocument } from './document';
import { renderDocsPage } from './docsPage';
import { registeredApiRoutes } from './routeTable';

// Built once per app, on its first request: the routes do not change while the process runs.
const cache = new WeakMap<object, { doc: Record<string, unknown>; html: string }>();
const documentOf = (app: object) => {
  let built = cache.get(app);
  if (!built) {
    const doc = buildOpenApiDocument(registeredApiRoutes(app));
    built = { doc, html: renderDocsPage(doc) };
    cache.set(app, built);
  }
  return built;
};

/** GET /api/openapi.json — the OpenAPI 3.1 document, for signed-in staff. */
export function openApiRoutes(_ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('apiDocs.read'), (req, res) => res.json(documentOf(req.app).doc));
  return r;
}

/** GET /api/docs — the same document as a self-contained page (no script, nothing fetched from elsewhere). */
export function apiDocsRoutes(_ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('apiDocs.read'), (req, res) => res.type('html').send(documentOf(req.app).html));
  return r;
}
