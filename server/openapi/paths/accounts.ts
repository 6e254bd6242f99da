import { z } from 'zod';
import {
  BulkActivateBody,
  QuotaBody,
  ReasonBody,
  VersionBody,
  registerUnitBody,
  updateUnitBody,
} from '../../modules/units/units.schemas';
import { SignInCheckBody } from '../../modules/units/units.sign-in-check';
import { REGISTRATION_MATERIALS } from '../../modules/units/units.service';
import { CreateOperatorBody, UpdateOperatorBody } from '../../modules/operators/operators.schemas';
import {
  AdminBody,
  DisableBody,
  RegisterInstitutionBody,
  UpdateInstitutionBody,
} from '../../modules/institutions/institutions.schemas';
import { Body as BusinessItemBody } from '../../modules/business-items/business-items.routes';
import { ReasonBody as SealReasonBody } from '../../modules/seals/seals.schemas';
import { StatsQuery as SignInStatsQuery } from '../../modules/sign-in-events/sign-in-events.routes';
import { UnlockBody } from '../../modules/legacy-accounts/legacy-accounts.schemas';
import { versionField } from '../../http/validate';
import { RevealQuery } from '../../security/revealLimit';
import { BulkResults, ListQuery, RecordSchema, VersionOnly, tagged } from '../registry';

// The form schemas depend on today only through their date rules; their shape does not.
const someDay = new Date('2026-01-01T00:00:00Z');

const units = tagged('单位账号');
const operators = tagged('经办人');
const institutions = tagged('机构');
const items = tagged('业务事项');
const seals = tagged('印章');
const grants = tagged('印章授权');
const signIns = tagged('扫码登录记录');
const legacy = tagged('历史用户');

export const accountPaths = [
  units('GET', '/units', '单位账号列表', { query: ListQuery, response: 'list' }),
  units('POST', '/units/activate', '批量激活', { body: BulkActivateBody, response: BulkResults }),
  units('GET', '/units/:id', '单位详情'),
  units('GET', '/units/:id/pii', '查看完整证件号码和手机号（记审计）', { query: RevealQuery }),
  units('GET', '/units/:id/changes', '单位信息变更历史', { response: z.array(RecordSchema) }),
  units('GET', '/units/:id/receipt', '线下注册回执'),
  units('POST', '/units', '线下经办窗口注册', {
    body: registerUnitBody(someDay),
    files: Object.keys(REGISTRATION_MATERIALS),
    status: 201,
  }),
  units('PUT', '/units/:id', '修改单位信息（USCC 不可改）', { body: updateUnitBody(someDay) }),
  units('POST', '/units/:id/activate', '激活', { body: VersionBody }),
  units('POST', '/units/:id/unfreeze', '解冻', { body: VersionBody }),
  units('POST', '/units/:id/freeze', '冻结', { body: ReasonBody }),
  units('POST', '/units/:id/cancel', '注销', { body: ReasonBody }),
  units('POST', '/units/:id/reset-password', '重置密码', { body: VersionBody }),
  units('POST', '/units/:id/sign-in-check', '扫码登录检查', {
    body: SignInCheckBody,
    response: z.object({
      verdict: z.string(),
      checks: z.array(z.object({ key: z.string(), ok: z.boolean(), message: z.string(), fix: z.string().nullish() })),
    }),
  }),
  units('POST', '/units/:id/quota', '调整管理员、经办人名额', { body: QuotaBody }),

  operators('GET', '/operators', '经办人列表', { query: ListQuery, response: 'list' }),
  operators('GET', '/operators/:id', '经办人详情'),
  operators('GET', '/operators/:id/pii', '查看完整证件号码和手机号（记审计）', { query: RevealQuery }),
  operators('POST', '/operators', '新增经办人（占用名额）', { body: CreateOperatorBody, status: 201 }),
  operators('PUT', '/operators/:id', '修改经办人', { body: UpdateOperatorBody }),
  operators('POST', '/operators/:id/disable', '停用经办人', { body: VersionOnly }),
  operators('POST', '/operators/:id/enable', '启用经办人', { body: VersionOnly }),
  operators('DELETE', '/operators/:id', '删除经办人'),

  institutions('GET', '/institutions', '机构列表', { query: ListQuery, response: 'list' }),
  institutions('GET', '/institutions/stats', '机构统计'),
  institutions('GET', '/institutions/:id', '机构详情'),
  institutions('GET', '/institutions/:id/pii', '查看管理员完整证件号码和手机号（记审计）', { query: RevealQuery }),
  institutions('POST', '/institutions', '登记机构', { body: RegisterInstitutionBody, status: 201 }),
  institutions('PUT', '/institutions/:id', '修改机构', { body: UpdateInstitutionBody }),
  institutions('POST', '/institutions/:id/open', '开通（设置管理员）', { body: AdminBody }),
  institutions('POST', '/institutions/:id/change-admin', '变更管理员', { body: AdminBody }),
  institutions('POST', '/institutions/:id/reset-password', '重置密码', { body: VersionOnly }),
  institutions('POST', '/institutions/:id/disable', '停用', { body: DisableBody }),
  institutions('POST', '/institutions/:id/enable', '启用', { body: VersionOnly }),

  items('GET', '/business-items', '业务事项', { query: ListQuery, response: 'list' }),
  items('GET', '/business-items/:id', '业务事项详情'),
  items('POST', '/business-items', '新增业务事项', { body: BusinessItemBody, status: 201 }),
  items('PUT', '/business-items/:id', '修改业务事项', { body: BusinessItemBody.extend({ version: versionField }) }),

  seals('GET', '/seals', '印章列表', { query: ListQuery, response: 'list' }),
  seals('GET', '/seals/:id', '印章详情'),
  seals('POST', '/seals/:id/void', '作废印章', { body: SealReasonBody }),
  grants('GET', '/seal-grants', '印章授权列表', { query: ListQuery, response: 'list' }),
  grants('GET', '/seal-grants/:id', '印章授权详情'),
  grants('POST', '/seal-grants/:id/revoke', '撤销授权', { body: SealReasonBody }),
  signIns('GET', '/sign-in-events', '扫码登录记录', { query: ListQuery, response: 'list' }),
  signIns('GET', '/sign-in-events/stats', '扫码失败统计', { query: SignInStatsQuery }),

  legacy('GET', '/legacy-accounts', '历史用户', { query: ListQuery, response: 'list' }),
  legacy('GET', '/legacy-accounts/progress', '各旧系统的升级进度'),
  legacy('POST', '/legacy-accounts/import', '导入旧系统账号清单', { body: z.object({}), files: ['file'] }),
  legacy('GET', '/legacy-accounts/:id', '历史用户详情'),
  legacy('POST', '/legacy-accounts/:id/unlock', '解除锁定', { body: UnlockBody }),
];
