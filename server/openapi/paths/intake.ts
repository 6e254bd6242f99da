import { z } from 'zod';
import { intakeBody } from '../../modules/appeals/appeals.schemas';
import { MATERIAL_FIELDS } from '../../modules/appeals/appeals.materials';
import { IntakeBody, ResubmitBody } from '../../modules/title-applications/title-applications.schemas';
import { ATTACHMENT_UPLOAD } from '../../modules/title-applications/title-applications.attachments';
import { AddGrantBody, ChangeGrantBody, RemoveGrantBody } from '../../modules/seal-grants/seal-grants.schemas';
import { ApplySealBody, HallVoidBody } from '../../modules/seals/seals.schemas';
import { EventBody } from '../../modules/sign-in-events/sign-in-events.routes';
import { LegacyUpgradeBody } from '../../modules/legacy-accounts/legacy-accounts.schemas';
import { tagged } from '../registry';

const hall = tagged('网上办事大厅接入', 'intake');
const created = z.looseObject({ id: z.number().int(), status: z.string() });

/** What the public hall pushes, under /api/intake behind X-Intake-Key. */
export const intakePaths = [
  hall('POST', '/intake/appeals', '提交账号申诉（表单字段与材料文件）', {
    body: intakeBody(new Date('2026-01-01T00:00:00Z')),
    files: MATERIAL_FIELDS,
    status: 201,
    response: created,
  }),
  hall('POST', '/intake/appeals/:id/supplement', '补正材料（回到处理中）', {
    body: z.object({}),
    files: MATERIAL_FIELDS,
    response: created,
  }),
  hall('POST', '/intake/title-applications', '提交职称申报', { body: IntakeBody, status: 201, response: created }),
  hall('POST', '/intake/title-applications/attachments', '上传附件材料（PDF/JPG/PNG，返回 fileId）', {
    body: z.object({}),
    files: Object.keys(ATTACHMENT_UPLOAD),
    status: 201,
    response: z.object({ fileId: z.number().int(), name: z.string(), mime: z.string(), size: z.number().int() }),
  }),
  hall('PUT', '/intake/title-applications/:id', '退回后重新提交（只可改被标错的模块）', {
    body: ResubmitBody,
    response: created,
  }),
  hall('POST', '/intake/seals', '申请印章', { body: ApplySealBody, status: 201 }),
  hall('POST', '/intake/seals/:id/void', '作废印章（经人脸核验）', { body: HallVoidBody }),
  hall('POST', '/intake/seals/:id/grants', '授权印章', { body: AddGrantBody, status: 201 }),
  hall('PUT', '/intake/seal-grants/:id', '修改授权有效期', { body: ChangeGrantBody }),
  hall('DELETE', '/intake/seal-grants/:id', '移除授权', { body: RemoveGrantBody }),
  hall('POST', '/intake/sign-in-events', '扫码登录事件', { body: EventBody, status: 202 }),
  hall('POST', '/intake/legacy-upgrades', '历史用户升级', { body: LegacyUpgradeBody, status: 201 }),
];
