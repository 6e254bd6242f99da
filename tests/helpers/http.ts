/** A tiny HTTP client with a cookie jar, speaking to the real server like the console does. */
export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  private cookie = '';
  constructor(
    readonly baseUrl: string,
    private extraHeaders: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>) {
    const c = new ApiClient(this.baseUrl, { ...this.extraHeaders, ...headers });
    c.cookie = this.cookie;
    return c;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult<T>> {
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.getSetCookie?.() ?? [];
    for (const c of setCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      if (name === 'hrss_sid') this.cookie = value ? `${name}=${value}` : '';
    }
    const text = await res.text();
    let parsed: any = text;
    if ((res.headers.get('content-type') ?? '').includes('application/json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** The raw response (bytes, BOMs), with the session cookie. */
  raw(path: string) {
    return fetch(this.baseUrl + path, {
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...this.extraHeaders },
    });
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  put<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** A getList call as ra-data-simple-rest makes it. */
  list(
    resource: string,
    opts: {
      sort?: [string, 'ASC' | 'DESC'];
      range?: [number, number];
      filter?: Record<string, unknown>;
      cursor?: string;
    } = {},
  ) {
    const q = new URLSearchParams();
    if (opts.sort) q.set('sort', JSON.stringify(opts.sort));
    q.set('range', JSON.stringify(opts.range ?? [0, 24]));
    if (opts.filter) q.set('filter', JSON.stringify(opts.filter));
    if (opts.cursor !== undefined) q.set('cursor', opts.cursor);
    return this.get(`/api/${resource}?${q}`);
  }
}

export const totalOf = (r: HttpResult) => Number((r.headers.get('content-range') ?? '').split('/')[1]);
