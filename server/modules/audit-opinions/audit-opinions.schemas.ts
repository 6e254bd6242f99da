import { z } from 'zod';
import { versionField } from '../../http/validate';
import { REVIEW_RESULTS } from '../../domain/workflows/titleApplications.workflow';

export const OPINION_SCOPES = ['mine', 'global'] as const;

const fields = {
  text: z
    .string({ error: '请输入意见内容' })
    .trim()
    .min(2, '意见内容至少 2 个字')
    .max(200, '意见内容不能超过 200 个字'),
  sortOrder: z.coerce
    .number({ error: '排序应为数字' })
    .int('排序应为整数')
    .min(0, '排序不能小于 0')
    .max(9999, '排序不能大于 9999')
    .optional()
    .default(0),
  /** The result it is written for; empty or null = any result. */
  result: z
    .union([z.enum(REVIEW_RESULTS), z.literal(''), z.null()], { error: '适用结果应为 pass、return 或 reject' })
    .optional()
    .transform((v) => (v ? v : null)),
};

/** `scope` says whose opinion it is: a reviewer's own, or global (sysadmin); by default what the caller's role keeps. */
export const CreateAuditOpinionBody = z.object({
  ...fields,
  scope: z.enum(OPINION_SCOPES, { error: '范围只能是 mine 或 global' }).optional(),
});
export const UpdateAuditOpinionBody = z.object({ ...fields, version: versionField });
export type AuditOpinionInput = z.infer<typeof UpdateAuditOpinionBody>;
