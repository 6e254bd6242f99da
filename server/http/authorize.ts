import type { Request, RequestHandler } from 'express';
import { can, type Permission } from '../domain/policy';
import type { Actor } from '../domain/roles';
import { forbidden, unauthenticated } from '../domain/errors';
import './types';

/** Route guard: the caller's roles must hold `permission` in the policy table (default deny). */
export function authorize(permission: Permission): RequestHandler {
  return (req, _res, next) => {
    if (!req.actor) return next(unauthenticated());
    if (!can(req.actor, permission)) return next(forbidden());
    next();
  };
}

/** The actor of an authenticated request (routes behind requireAuth). */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
