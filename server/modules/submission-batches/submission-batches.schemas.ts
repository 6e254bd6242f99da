import { z } from 'zod';
import type { UploadRule } from '../../files/kinds';

/** 推荐报告/申报函 for the batch [003 §3.1 E]. */
export const BATCH_ATTACHMENT: Record<string, UploadRule> = {
  attachment: { label: '推荐报告/申报函', kinds: ['pdf', 'jpg', 'png', 'doc', 'docx'], required: true },
};

/** A whole city's list goes up in one batch [issue 16]. */
export const BATCH_MAX = 10_000;

/**
 * Multipart sends `applicationIds` as a repeated field (an array), as one comma-separated value or
 * as one JSON array; all arrive here as one list of positive ids.
 */
/** Unparseable JSON stays a string, which the array schema then refuses with its own message. */
const jsonOr = (v: string): unknown => {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

export const CreateBatchBody = z.object({
  applicationIds: z.preprocess(
    (v) => (typeof v !== 'string' ? v : v.trim().startsWith('[') ? jsonOr(v) : v.split(',').filter((x) => x.trim())),
    z
      .array(
        z.preprocess(
          (x) => (typeof x === 'string' ? x.trim() : x),
          z.coerce.number({ error: '申报编号无效' }).int('申报编号无效').positive('申报编号无效'),
        ),
        {
          error: '请选择要送审的申报',
        },
      )
      .min(1, '请至少选择一条申报')
      .max(BATCH_MAX, `一次最多送审 ${BATCH_MAX} 条申报`)
      .transform((l) => [...new Set(l)]),
  ),
  note: z.string().trim().max(200, '备注不能超过 200 个字').optional().default(''),
  /** The org's reusable 推荐报告 of the plan, chosen instead of uploading an attachment. */
  reportId: z.coerce
    .number({ error: '推荐报告编号无效' })
    .int('推荐报告编号无效')
    .positive('推荐报告编号无效')
    .optional(),
});
export type CreateBatchInput = z.infer<typeof CreateBatchBody>;
