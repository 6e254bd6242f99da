import { z } from 'zod';
import {
  ApproveBody,
  AssignBody,
  BulkAssignBody,
  BulkClaimBody,
  ChecklistBody,
  MergeBody,
  RejectBody,
  SupplementBody,
  VersionBody,
} from '../../modules/appeals/appeals.schemas';
import { CreateRejectReasonBody, UpdateRejectReasonBody } from '../../modules/reject-reasons/reject-reasons.schemas';
import { CreateCalendarDayBody, UpdateCalendarDayBody } from '../../modules/work-calendar/work-calendar.schemas';
import { RevealQuery } from '../../security/revealLimit';
import { BulkResults, ListQuery, RecordSchema, tagged } from '../registry';

const appeals = tagged('账号申诉');
const reasons = tagged('驳回原因');
const calendar = tagged('工作日历');

export const appealPaths = [
  appeals('GET', '/appeals', '申诉队列', { query: ListQuery, response: 'list' }),
  appeals('GET', '/appeals/stats', '队列计数（按状态、超期、我的、待分配）'),
  appeals('GET', '/appeals/agents', '可分配的申诉客服', { response: z.array(RecordSchema) }),
  appeals('POST', '/appeals/claim', '批量认领', { body: BulkClaimBody, response: BulkResults }),
  appeals('POST', '/appeals/assign', '批量分配', { body: BulkAssignBody, response: BulkResults }),
  appeals('GET', '/appeals/:id', '申诉详情（含 allowedActions）'),
  appeals('GET', '/appeals/:id/pii', '查看完整证件号码和手机号（记审计）', { query: RevealQuery }),
  appeals('GET', '/appeals/:id/timeline', '办理经过', { response: z.array(RecordSchema) }),
  appeals('POST', '/appeals/:id/claim', '认领', { body: VersionBody }),
  appeals('POST', '/appeals/:id/assign', '分配', { body: AssignBody }),
  appeals('POST', '/appeals/:id/checklist', '材料逐项审核', { body: ChecklistBody }),
  appeals('POST', '/appeals/:id/approve', '通过（短信通知单位）', { body: ApproveBody }),
  appeals('POST', '/appeals/:id/reject', '驳回（短信通知单位）', { body: RejectBody }),
  appeals('POST', '/appeals/:id/request-supplement', '要求补正', { body: SupplementBody }),
  appeals('POST', '/appeals/:id/merge', '合并重复申诉（并入另一件办理中的申诉）', { body: MergeBody }),

  reasons('GET', '/reject-reasons', '常用驳回原因', { query: ListQuery, response: 'list' }),
  reasons('GET', '/reject-reasons/:id', '驳回原因详情'),
  reasons('POST', '/reject-reasons', '新增驳回原因', { body: CreateRejectReasonBody, status: 201 }),
  reasons('PUT', '/reject-reasons/:id', '修改驳回原因', { body: UpdateRejectReasonBody }),
  reasons('DELETE', '/reject-reasons/:id', '删除驳回原因'),

  calendar('GET', '/work-calendar', '节假日与调休', { query: ListQuery, response: 'list' }),
  calendar('GET', '/work-calendar/:id', '日历日详情'),
  calendar('POST', '/work-calendar', '新增日历日', { body: CreateCalendarDayBody, status: 201 }),
  calendar('PUT', '/work-calendar/:id', '修改日历日', { body: UpdateCalendarDayBody }),
  calendar('DELETE', '/work-calendar/:id', '删除日历日'),
];
