import type { Actor } from '../domain/roles';

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in staff member, set by the session middleware. */
    actor?: Actor & { mustChangePassword: boolean };
    /** sha256 of the session token in the cookie. */
    sessionId?: string;
  }
}

export {};
