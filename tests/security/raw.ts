import { DEMO_ACCOUNTS } from '../../db/seed/foundation';

export interface RawResult {
  status: number;
  headers: Headers;
  body: any;
}

/** A signed-in session that sends bodies exactly as given (no JSON.stringify, any content type or encoding). */
export class RawSession {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  static anonymous(baseUrl: string) {
    return new RawSession(baseUrl, '');
  }

  static async login(baseUrl: string, username: string): Promise<RawSession> {
    const password = DEMO_ACCOUNTS.find((a) => a.username === username)?.password;
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const cookie = (res.headers.getSetCookie?.() ?? [])
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('hrss_sid='));
    if (res.status !== 200 || !cookie) throw new Error(`login ${username} failed: ${res.status}`);
    return new RawSession(baseUrl, cookie);
  }

  async send(
    method: string,
    path: string,
    body?: string | Buffer,
    headers: Record<string, string> = {},
  ): Promise<RawResult> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body:
        body === undefined || method === 'GET' || method === 'HEAD'
          ? undefined
          : typeof body === 'string'
            ? body
            : new Uint8Array(body),
    });
    const text = await res.text();
    let parsed: any = text;
    if ((res.headers.get('content-type') ?? '').includes('application/json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed };
  }

  json(method: string, path: string, value: unknown) {
    return this.send(method, path, JSON.stringify(value), { 'content-type': 'application/json' });
  }
}
