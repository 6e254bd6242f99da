import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { API, httpClient } from './http';

const base = simpleRestProvider(API, httpClient, 'Content-Range');

/** A react-admin FileInput value. */
interface RaFile {
  rawFile: File;
  title?: string;
}
const isRaFile = (v: unknown): v is RaFile => !!v && typeof v === 'object' && (v as RaFile).rawFile instanceof File;

/** Record data as multipart when it carries files (offline registration, batch submission…), else JSON. */
function toBody(data: Record<string, unknown>): { body: string | FormData; multipart: boolean } {
  if (!Object.values(data).some(isRaFile)) return { body: JSON.stringify(data), multipart: false };
  const form = new FormData();
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null) continue;
    if (isRaFile(value)) form.append(key, value.rawFile, value.rawFile.name);
    else form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return { body: form, multipart: true };
}

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

/**
 * simple-rest plus our action methods. Every state change is a POST to `/api/<resource>/:id/<action>`
 * (API.md) and is called from buttons through useMutation in pessimistic mode.
 */
export const dataProvider = {
  ...base,
  async create(resource: string, params: { data: Record<string, unknown> }) {
    const { body } = toBody(params.data);
    const { json: created } = await httpClient(`${API}/${resource}`, { method: 'POST', body });
    return { data: created };
  },
  /** POST /api/<resource>/:id/<action> → the updated record. */
  async action<T extends RaRecord = RaRecord>(resource: string, params: { id: Identifier; action: string; data?: Record<string, unknown> }) {
    const { body } = toBody(params.data ?? {});
    const { json: data } = await httpClient(`${API}/${resource}/${params.id}/${params.action}`, { method: 'POST', body });
    return { data: data as T };
  },
  /** POST /api/<resource>/<action> for bulk actions that must be one request (per-id results). */
  async bulkAction<T = unknown>(resource: string, params: { action: string; data: Record<string, unknown> }) {
    const { body } = toBody(params.data);
    const { json: data } = await httpClient(`${API}/${resource}/${params.action}`, { method: 'POST', body });
    return { data: data as T };
  },
  /** GET any JSON endpoint under /api (counters, progress, trails). */
  async getJson<T = unknown>(path: string) {
    const { json: data } = await httpClient(`${API}/${path}`);
    return { data: data as T };
  },
  /** The full ID number and phone of one record; the server writes an audit row for every call. */
  async revealPii(resource: string, params: { id: Identifier }) {
    const { json: data } = await httpClient(`${API}/${resource}/${params.id}/pii`);
    return { data: data as Record<string, string | null> };
  },
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;
