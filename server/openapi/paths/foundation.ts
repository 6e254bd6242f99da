import { z } from 'zod';
import { ChangePasswordBody, LoginBody } from '../../modules/auth/auth.schemas';
import {
  CreateStaffBody,
  ResetStaffPasswordBody,
  UpdateStaffBody,
  VersionBody,
} from '../../modules/staff/staff.schemas';
import { CreateOrgBody, UpdateOrgBody } from '../../modules/orgs/orgs.schemas';
import { TrailQuery } from '../../modules/audit-logs/audit-logs.routes';
import { ChildrenQuery } from '../../modules/regions/regions.routes';
import { ListQuery, RecordSchema, VersionOnly, tagged } from '../registry';

const Me = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  orgId: z.number().int().nullable(),
  permissions: z.array(z.string()).optional(),
});

const health = tagged('系统', 'public');
const auth = tagged('登录');
const staff = tagged('工作人员');
const orgs = tagged('审核机构');
const audit = tagged('审计日志');
const sms = tagged('短信');
const settings = tagged('系统设置');
const files = tagged('文件');
const regions = tagged('行政区划');
const docs = tagged('接口文档');

export const foundationPaths = [
  health('GET', '/health', '健康检查', {
    response: z.object({ status: z.enum(['ok', 'error']), database: z.string(), time: z.string().optional() }),
  }),
  auth('POST', '/auth/login', '登录（设置会话 Cookie）', { access: 'public', body: LoginBody, response: Me }),
  auth('POST', '/auth/logout', '退出登录', { access: 'public', response: z.object({}) }),
  auth('GET', '/auth/me', '当前登录人及其权限', { response: Me }),
  auth('POST', '/auth/password', '修改本人密码', { body: ChangePasswordBody, response: z.object({}) }),

  staff('GET', '/staff', '工作人员列表', { query: ListQuery, response: 'list' }),
  staff('GET', '/staff/:id', '工作人员详情'),
  staff('POST', '/staff', '新增工作人员', { body: CreateStaffBody, status: 201 }),
  staff('PUT', '/staff/:id', '修改工作人员', { body: UpdateStaffBody }),
  staff('POST', '/staff/:id/disable', '停用账号', { body: VersionBody }),
  staff('POST', '/staff/:id/enable', '启用账号', { body: VersionBody }),
  staff('POST', '/staff/:id/unlock', '解除锁定', { body: VersionBody }),
  staff('POST', '/staff/:id/reset-password', '重置密码', { body: ResetStaffPasswordBody }),

  orgs('GET', '/orgs', '审核机构树', { query: ListQuery, response: 'list' }),
  orgs('GET', '/orgs/:id', '审核机构详情'),
  orgs('POST', '/orgs', '新增审核机构', { body: CreateOrgBody, status: 201 }),
  orgs('PUT', '/orgs/:id', '修改审核机构', { body: UpdateOrgBody }),
  orgs('DELETE', '/orgs/:id', '删除审核机构'),

  audit('GET', '/audit-logs', '审计日志列表（带中文说明）', { query: ListQuery, response: 'list' }),
  audit('GET', '/audit-logs/labels', '操作与对象类型的中文名'),
  audit('GET', '/audit-logs/verify', '校验审计日志哈希链'),
  audit('GET', '/audit-logs/export', '导出审计日志（CSV）', { query: ListQuery, response: 'file' }),
  audit('GET', '/audit-logs/trail', '一条记录的操作轨迹', { query: TrailQuery, response: z.array(RecordSchema) }),
  audit('GET', '/audit-logs/:id', '审计日志详情'),

  sms('GET', '/notifications', '短信发件箱', { query: ListQuery, response: 'list' }),
  sms('GET', '/notifications/stats', '发件箱统计'),
  sms('GET', '/notifications/:id', '短信详情'),
  sms('POST', '/notifications/:id/resend', '重发短信', { body: VersionOnly }),

  settings('GET', '/settings', '系统设置', { query: ListQuery, response: 'list' }),
  settings('GET', '/settings/:key', '一项设置'),
  settings('PUT', '/settings/:key', '修改设置', { body: z.object({ value: z.unknown() }) }),
  settings('DELETE', '/settings/:key', '删除设置（总是 409：每项设置都在使用）'),

  files('GET', '/files/:id', '查看或下载上传的文件（?download 下载）', { response: 'file' }),
  files('GET', '/files/:id/:name', '同上，URL 带文件名', { response: 'file' }),
  regions('GET', '/regions', '下级行政区划', { query: ChildrenQuery, response: z.array(RecordSchema) }),

  docs('GET', '/openapi.json', '本文档（OpenAPI 3.1）', { response: z.looseObject({ openapi: z.string() }) }),
  docs('GET', '/docs', '本文档的浏览页', { response: 'html' }),
];
