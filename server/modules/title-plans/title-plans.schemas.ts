import { z } from 'zod';
import { TITLE_LEVELS } from '../../domain/titleRouting';
import { ALWAYS, versionField } from '../../http/validate';
import { DEFAULT_LEVEL_DEADLINE_DAYS } from '../../domain/titleDeadlines';

const date = (what: string) =>
  z
    .string({ error: `请选择${what}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}格式应为 YYYY-MM-DD`);

const fields = {
  name: z.string({ error: '请输入事项名称' }).trim().min(4, '事项名称至少 4 个字').max(60, '事项名称不能超过 60 个字'),
  series: z
    .string({ error: '请输入职称系列' })
    .trim()
    .min(2, '职称系列至少 2 个字')
    .max(30, '职称系列不能超过 30 个字'),
  year: z.coerce
    .number({ error: '请输入年度' })
    .int('年度应为整数')
    .min(2000, '年度不能早于 2000')
    .max(2100, '年度不能晚于 2100'),
  levels: z
    .array(z.enum(TITLE_LEVELS, { error: '职称级别无效' }), { error: '请选择可申报的级别' })
    .min(1, '至少选择一个可申报的级别')
    .transform((l) => TITLE_LEVELS.filter((x) => l.includes(x))),
  startDate: date('申报开始日期'),
  endDate: date('申报截止日期'),
  active: z.boolean({ error: '请选择是否接受申报' }).optional().default(true),
  description: z.string().trim().max(500, '说明不能超过 500 个字').optional().default(''),
  batchPassAllowed: z.boolean({ error: '请选择是否允许批量通过' }).optional().default(true),
  levelDeadlineDays: z.coerce
    .number({ error: '请输入每级审核时限' })
    .int('每级审核时限应为整数个工作日')
    .min(1, '每级审核时限至少 1 个工作日')
    .max(60, '每级审核时限不能超过 60 个工作日')
    .optional()
    .default(DEFAULT_LEVEL_DEADLINE_DAYS),
};

const window = (v: { startDate?: unknown; endDate?: unknown }, c: z.RefinementCtx) => {
  if (typeof v.startDate === 'string' && typeof v.endDate === 'string' && v.endDate < v.startDate) {
    c.addIssue({ code: 'custom', path: ['endDate'], message: '申报截止日期不能早于开始日期' });
  }
};

export const CreateTitlePlanBody = z.object(fields).superRefine(window, ALWAYS);
export const UpdateTitlePlanBody = z.object({ ...fields, version: versionField }).superRefine(window, ALWAYS);
export type TitlePlanInput = z.infer<typeof CreateTitlePlanBody>;
