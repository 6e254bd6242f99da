import type { RequestHandler } from 'express';
import { guardedPermission } from '../http/authorize';
import type { Permission } from '../domain/policy';

interface Layer {
  handle: RequestHandler & { stack?: Layer[] };
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean>; stack: Layer[] };
}

export interface RegisteredRoute {
  method: string;
  /** Express style, `/api/appeals/:id`. */
  path: string;
  /** The policy key its `authorize()` guard checks, if it has one. */
  permission?: Permission;
}

function walk(stack: Layer[], prefix: string, out: RegisteredRoute[]) {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      const permission = layer.route.stack.map((l) => guardedPermission(l.handle)).find(Boolean);
      for (const p of paths) {
        const path = (prefix + String(p)).replace(/(.)\/$/, '$1');
        for (const m of Object.keys(layer.route.methods))
          if (m !== '_all') out.push({ method: m.toUpperCase(), path, permission });
      }
    } else if (layer.handle.stack) {
      walk(
        layer.handle.stack,
        prefix + (typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''),
        out,
      );
    }
  }
}

/** Every method + path an Express 5 app registers under /api, read from its router stack. */
export function registeredApiRoutes(app: unknown): RegisteredRoute[] {
  const out: RegisteredRoute[] = [];
  walk((app as { router: { stack: Layer[] } }).router.stack, '', out);
  return out.filter((r) => r.path.startsWith('/api/'));
}
