import type { Request, RequestHandler } from 'express';
import { can, type Permission } from '../domain/policy';
import type { Actor } from '../domain/roles';
import { forbidden, unauthenticated } from '../domain/errors';
import './types';

// Which permission each guard checks, so the routes' own stacks say who may call them (the authorization matrix test reads it).
const guards = new WeakMap<RequestHandler, Permission>();

/** Route guard: the caller's roles must hold `permission` in the policy table (default deny). */
export function authorize(permission: Permission): RequestHandler {
  const guard: RequestHandler = (req, _res, next) => {
    if (!req.actor) return next(unauthenticated());
    if (!can(req.actor, permission)) return next(forbidden());
    next();
  };
  guards.set(guard, permission);
  return guard;
}

/** The permission a route handler checks, when it is an `authorize()` guard. */
export const guardedPermission = (handler: RequestHandler): Permission | undefined => guards.get(handler);

/** The actor of an authenticated request (routes behind requireAuth). */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
