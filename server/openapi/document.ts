import { z, type ZodType } from 'zod';
import { SESSION_COOKIE } from '../http/session';
import type { RegisteredRoute } from './routeTable';
import { ErrorBody, RecordSchema, type Operation } from './registry';
import { foundationPaths } from './paths/foundation';
import { accountPaths } from './paths/accounts';
import { appealPaths } from './paths/appeals';
import { titlePaths } from './paths/titles';
import { intakePaths } from './paths/intake';
import { dashboardPaths } from './paths/dashboard';
import { delegationPaths } from './paths/delegations';

/** Every documented operation; a capability adds its file's list here. */
export const OPERATIONS: Operation[] = [
  ...foundationPaths,
  ...dashboardPaths,
  ...accountPaths,
  ...appealPaths,
  ...titlePaths,
  ...intakePaths,
  ...delegationPaths,
];

type Json = Record<string, unknown>;

/** `/appeals/:id` → `/api/appeals/{id}` */
export const openApiPath = (expressPath: string) => `/api${expressPath}`.replace(/:(\w+)/g, '{$1}');

function jsonSchema(schema: ZodType, io: 'input' | 'output'): Json {
  // Transforms, refinements and preprocessors have no JSON Schema: the shape before them is what a caller sends.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

/** The query schema as OpenAPI parameters (one per property). */
function queryParameters(schema: ZodType): Json[] {
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: 'query',
    required: s.required?.includes(name) ?? false,
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    schema: prop,
  }));
}

function requestBody(op: Operation): Json | undefined {
  if (!op.body) return undefined;
  const schema = jsonSchema(op.body, 'input') as { properties?: Json };
  if (!op.files) return { required: true, content: { 'application/json': { schema } } };
  const fileParts = Object.fromEntries(
    op.files.map((f) => [f, { type: 'string', contentMediaType: 'application/octet-stream' }]),
  );
  return {
    required: true,
    content: {
      'multipart/form-data': { schema: { ...schema, properties: { ...schema.properties, ...fileParts } } },
    },
  };
}

function success(op: Operation): Json {
  if (op.response === 'file') return { description: '文件内容', content: { 'application/octet-stream': {} } };
  if (op.response === 'html') return { description: 'HTML 页面', content: { 'text/html': {} } };
  if (op.response === 'list')
    return {
      description: '一页记录',
      headers: {
        'Content-Range': {
          description: '<resource> <start>-<end>/<total>（总数至多计到 10000）',
          schema: { type: 'string' },
        },
      },
      content: { 'application/json': { schema: { type: 'array', items: jsonSchema(RecordSchema, 'output') } } },
    };
  return {
    description: '成功',
    content: { 'application/json': { schema: jsonSchema(op.response ?? RecordSchema, 'output') } },
  };
}

const ERRORS: Record<string, string> = {
  '400': '输入有误（errors 指出每个字段）',
  '401': '未登录或接入密钥无效',
  '403': '角色或范围不允许',
  '404': '不存在',
  '409': '版本冲突、名额已满、重复或状态不允许',
  '429': '过于频繁',
};

const SECURITY = { staff: [{ session: [] }], intake: [{ intakeKey: [] }], public: [] };

/**
 * The OpenAPI 3.1 document of the intake API and the staff API, from the zod schemas the routes parse.
 * `routes` (read from the running app) adds the policy key each operation's guard checks.
 */
export function buildOpenApiDocument(routes: RegisteredRoute[] = []): Json {
  const permissionOf = new Map(routes.map((r) => [`${r.method} ${r.path}`, r.permission]));
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) {
    const path = openApiPath(op.path);
    const pathParams = [...op.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const permission = permissionOf.get(`${op.method} /api${op.path}`);
    paths[path] ??= {};
    paths[path][op.method.toLowerCase()] = {
      tags: [op.tag],
      summary: op.summary,
      operationId: `${op.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ?? '').toUpperCase())}`,
      security: SECURITY[op.access],
      ...(permission ? { 'x-permission': permission } : {}),
      parameters: [...pathParams, ...(op.query ? queryParameters(op.query) : [])],
      ...(op.body ? { requestBody: requestBody(op) } : {}),
      responses: {
        [String(op.status ?? 200)]: success(op),
        ...Object.fromEntries(Object.keys(ERRORS).map((code) => [code, { $ref: `#/components/responses/E${code}` }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'hrss-console API',
      version: '1',
      description:
        '人社网上办事大厅工作人员后台的接口：网上办事大厅接入（/api/intake，X-Intake-Key）与工作人员接口（会话 Cookie）。证件号码和手机号在所有响应中脱敏。',
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        intakeKey: { type: 'apiKey', in: 'header', name: 'X-Intake-Key' },
      },
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([code, description]) => [
          `E${code}`,
          { description, content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } },
        ]),
      ),
    },
  };
}
