import { z } from 'zod';
import { RESUBMIT_TARGETS, REVIEW_RESULTS, TITLE_MODULES } from '../../domain/workflows/titleApplications.workflow';

/**
 * A review in progress as the review page holds it. Only the shape is checked: a draft may be
 * incomplete or not yet right (the review itself checks the rules when it is submitted).
 */
export const ReviewDraftBody = z.object({
  marks: z
    .partialRecord(
      z.enum(TITLE_MODULES, { error: '模块名称无效' }),
      z.enum(['ok', 'wrong'], { error: '模块标记应为 ok 或 wrong' }),
      { error: '模块标记应为对象' },
    )
    .default({}),
  result: z.enum(REVIEW_RESULTS, { error: '审核结果应为 pass、return 或 reject' }).nullable().optional().default(null),
  opinion: z.string({ error: '审核意见应为文字' }).max(500, '审核意见不能超过 500 个字').optional().default(''),
  returnTo: z
    .string()
    .regex(/^(applicant|\d{1,9})$/, '退回目标应为申报人或审核机构编号')
    .nullable()
    .optional()
    .default(null),
  resubmitTo: z
    .enum(RESUBMIT_TARGETS, { error: '重新提交方式应为 this_level 或 first_level' })
    .nullable()
    .optional()
    .default(null),
  /** The draft's version the page last saw; absent for the first save. */
  version: z.coerce.number().int().positive().optional(),
});
export type ReviewDraftInput = z.infer<typeof ReviewDraftBody>;
