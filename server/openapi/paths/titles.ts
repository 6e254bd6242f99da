import { z } from 'zod';
import { CreateTitlePlanBody, UpdateTitlePlanBody } from '../../modules/title-plans/title-plans.schemas';
import { REPORT_UPLOAD } from '../../modules/title-plans/title-plans.reports';
import {
  BatchReviewBody,
  ClaimBody,
  ReassignBody,
  ReviewBody,
  UrgeBody,
  WithdrawBody,
} from '../../modules/title-applications/title-applications.schemas';
import { ReviewDraftBody } from '../../modules/title-applications/review-drafts.schemas';
import { BATCH_ATTACHMENT, CreateBatchBody } from '../../modules/submission-batches/submission-batches.schemas';
import { CreateAuditOpinionBody, UpdateAuditOpinionBody } from '../../modules/audit-opinions/audit-opinions.schemas';
import { RevealQuery } from '../../security/revealLimit';
import { ListQuery, RecordSchema, tagged } from '../registry';

const plans = tagged('申报事项');
const applications = tagged('职称申报');
const batches = tagged('批量送审');
const opinions = tagged('常用意见');

export const titlePaths = [
  plans('GET', '/title-plans', '申报事项', { query: ListQuery, response: 'list' }),
  plans('GET', '/title-plans/:id', '申报事项详情'),
  plans('GET', '/title-plans/:id/stats', '审核统计（按级别、按市）'),
  plans('GET', '/title-plans/:id/result-sheet.xlsx', '评审结果表（Excel）', { response: 'file' }),
  plans('GET', '/title-plans/:id/reports', '本机构可复用的推荐报告', { response: z.array(RecordSchema) }),
  plans('POST', '/title-plans/:id/reports', '上传推荐报告（供批量送审复用）', {
    body: z.object({}),
    files: Object.keys(REPORT_UPLOAD),
    status: 201,
  }),
  plans('POST', '/title-plans', '新增申报事项', { body: CreateTitlePlanBody, status: 201 }),
  plans('PUT', '/title-plans/:id', '修改申报事项', { body: UpdateTitlePlanBody }),
  plans('DELETE', '/title-plans/:id', '删除申报事项'),

  applications('GET', '/title-applications', '职称申报列表（本机构范围）', { query: ListQuery, response: 'list' }),
  applications('GET', '/title-applications/export.xlsx', '按列表的筛选导出 Excel', {
    query: ListQuery.pick({ sort: true, filter: true }),
    response: 'file',
  }),
  applications('POST', '/title-applications/batch-review', '批量通过（同一审核意见，逐条结果）', {
    body: BatchReviewBody,
    response: z.array(
      z.object({ id: z.number().int(), outcome: z.enum(['passed', 'refused']), reason: z.string().nullable() }),
    ),
  }),
  applications('GET', '/title-applications/counters', '各申报事项的待审、待送审数'),
  applications('GET', '/title-applications/urges', '本机构被催办的申报（审核首页）', {
    response: z.array(RecordSchema),
  }),
  applications('GET', '/title-applications/reviewers', '本机构审核员', { response: z.array(RecordSchema) }),
  applications('POST', '/title-applications/claim', '认领', { body: ClaimBody }),
  applications('POST', '/title-applications/reassign', '改派', { body: ReassignBody }),
  applications('GET', '/title-applications/:id', '申报详情'),
  applications('GET', '/title-applications/:id/pii', '查看完整证件号码和手机号（记审计）', { query: RevealQuery }),
  applications('GET', '/title-applications/:id/progress', '审核进度', { response: z.array(RecordSchema) }),
  applications('GET', '/title-applications/:id/review-draft', '本人的审核草稿'),
  applications('PUT', '/title-applications/:id/review-draft', '保存审核草稿', { body: ReviewDraftBody }),
  applications('DELETE', '/title-applications/:id/review-draft', '丢弃审核草稿'),
  applications('POST', '/title-applications/:id/review', '审核：通过、退回修改或不通过', { body: ReviewBody }),
  applications('POST', '/title-applications/:id/withdraw', '撤回审核通过或送审（上级尚未办理时）', {
    body: WithdrawBody,
  }),
  applications('POST', '/title-applications/:id/urge', '催办（审核链中的上级，每个申报每天一次）', { body: UrgeBody }),

  batches('GET', '/submission-batches', '送审批次', { query: ListQuery, response: 'list' }),
  batches('GET', '/submission-batches/:id', '批次详情'),
  batches('POST', '/submission-batches', '批量送审（附推荐报告）', {
    body: CreateBatchBody,
    files: Object.keys(BATCH_ATTACHMENT),
    status: 201,
  }),

  opinions('GET', '/audit-opinions', '常用意见（本人与公共）', { query: ListQuery, response: 'list' }),
  opinions('GET', '/audit-opinions/:id', '常用意见详情'),
  opinions('POST', '/audit-opinions', '新增常用意见', { body: CreateAuditOpinionBody, status: 201 }),
  opinions('PUT', '/audit-opinions/:id', '修改常用意见', { body: UpdateAuditOpinionBody }),
  opinions('DELETE', '/audit-opinions/:id', '删除常用意见'),
];
