import { z } from 'zod';
import { versionField } from '../../http/validate';

const fields = {
  text: z
    .string({ error: '请输入驳回原因' })
    .trim()
    .min(2, '驳回原因至少 2 个字')
    .max(100, '驳回原因不能超过 100 个字'),
  sortOrder: z.coerce
    .number({ error: '排序应为数字' })
    .int('排序应为整数')
    .min(0, '排序不能小于 0')
    .max(9999, '排序不能大于 9999')
    .optional()
    .default(0),
  active: z.boolean({ error: '请选择是否启用' }).optional().default(true),
};

export const CreateRejectReasonBody = z.object(fields);
export const UpdateRejectReasonBody = z.object({ ...fields, version: versionField });
