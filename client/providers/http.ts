import { fetchUtils } from 'react-admin';

/** Every console request: same-origin cookie session, JSON, and the server's zh-CN message on errors. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, credentials: 'same-origin' });

export const API = '/api';

/** POST JSON outside the data provider (login, password change); throws Error(server message). */
export async function postJson<T = unknown>(path: string, body: unknown): Promise<T> {
  const res = await fetch(API + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  // The server answers JSON; an error body carries { message, errors? } (API.md).
  const json = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw Object.assign(new Error(json.message ?? `HTTP ${res.status}`), { status: res.status, body: json });
  return json as T;
}
