import { z, type ZodType } from 'zod';
import { versionField } from '../http/validate';

/** How a route is reached: a staff session, the hall's intake key, or nothing at all. */
export type Access = 'staff' | 'intake' | 'public';

/** One documented operation. The request schemas are the very zod objects the route parses. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express style below /api: `/appeals/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  query?: ZodType;
  body?: ZodType;
  /** The body is multipart/form-data: `body` holds its fields, these its file parts. */
  files?: readonly string[];
  /** 200 unless said (201 for a create, 202 for an accepted event). */
  status?: number;
  /** The answer's schema; a record when absent. `list` adds Content-Range; `file` is a download. */
  response?: ZodType | 'list' | 'file' | 'html';
}

type Options = Omit<Operation, 'method' | 'path' | 'summary' | 'tag' | 'access'> & { access?: Access };

/** The operations of one tag (a resource), written as `op('GET', '/appeals', '申诉列表')`. */
export function tagged(tag: string, access: Access = 'staff') {
  return (method: Operation['method'], path: string, summary: string, opts: Options = {}): Operation => ({
    method,
    path,
    summary,
    tag,
    access,
    ...opts,
  });
}

/** A record as the API answers it: an integer `id` and the resource's fields (masked where personal). */
export const RecordSchema = z.looseObject({ id: z.union([z.number().int(), z.string()]) }).meta({ title: 'Record' });

/** The simple-rest list request (API.md "Lists"). */
export const ListQuery = z.object({
  sort: z
    .string()
    .optional()
    .meta({ description: '["field","ASC"|"DESC"]', examples: ['["id","DESC"]'] }),
  range: z
    .string()
    .optional()
    .meta({ description: '[start,end]，至多到第 10000 行', examples: ['[0,24]'] }),
  filter: z.string().optional().meta({ description: 'JSON 对象；{"q":"…"} 为全文检索，{"id":[1,2]} 为 getMany' }),
});

export const VersionOnly = z.object({ version: versionField });

/** Per-id outcomes of a bulk action. */
export const BulkResults = z.object({
  results: z.array(z.looseObject({ id: z.number().int(), result: z.string(), reason: z.string().optional() })),
});

export const ErrorBody = z
  .object({
    message: z.string().meta({ description: '中文说明' }),
    errors: z.record(z.string(), z.string()).optional().meta({ description: '字段 → 该字段的问题' }),
  })
  .meta({ title: 'Error' });
