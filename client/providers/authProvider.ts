import type { AuthProvider } from 'react-admin';
import { API, postJson } from './http';
import { canAccessResource, type Permission } from './access';
import { focusHeadingOnNextPage } from '../common/focus';

export interface Me {
  id: number;
  username: string;
  name: string;
  roles: string[];
  /** The policy keys the caller's roles allow, as the server's table says. */
  permissions: Permission[];
  orgId: number | null;
  mustChangePassword: boolean;
}

let me: Me | null = null;

async function loadMe(): Promise<Me | null> {
  const res = await fetch(`${API}/auth/me`, { credentials: 'same-origin' });
  if (!res.ok) return null;
  me = (await res.json()) as Me;
  return me;
}

export const currentUser = () => me;

/** Sessions live on the server (HttpOnly cookie); the console only asks who is signed in. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    // The server's own message (wrong password, locked until…, too many attempts) is what the clerk sees.
    await postJson('/auth/login', { username, password });
    // The login answer says who signed in; /me adds what they may do.
    me = await loadMe();
    focusHeadingOnNextPage();
    if (me?.mustChangePassword) return { redirectTo: '/change-password' };
  },
  async logout() {
    me = null;
    await fetch(`${API}/auth/logout`, { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
  },
  async checkAuth() {
    if (!(await loadMe())) throw new Error('ra.auth.auth_check_error');
  },
  checkError(error) {
    // What httpClient and postJson throw: an Error with the HTTP status and the parsed body.
    const { status, body } = (error ?? {}) as { status?: number; body?: { code?: string; message?: string } };
    if (status === 401) {
      me = null;
      return Promise.reject(new Error('登录已过期，请重新登录'));
    }
    if (status === 403 && body?.code === 'PASSWORD_CHANGE_REQUIRED') {
      // react-admin reads redirectTo, logoutUser and message off the rejection.
      return Promise.reject(
        Object.assign(new Error(body.message), { redirectTo: '/change-password', logoutUser: false }),
      );
    }
    return Promise.resolve();
  },
  async getIdentity() {
    const user = me ?? (await loadMe());
    if (!user) throw new Error('not signed in');
    return { id: user.id, fullName: user.name, username: user.username, roles: user.roles, orgId: user.orgId };
  },
  async getPermissions() {
    return (me ?? (await loadMe()))?.permissions ?? [];
  },
  async canAccess({ resource, action }) {
    const user = me ?? (await loadMe());
    if (!user) return false;
    if (!resource) return true;
    return canAccessResource(user.permissions, resource, action);
  },
};
