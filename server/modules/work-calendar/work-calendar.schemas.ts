import { z } from 'zod';
import { CALENDAR_KINDS } from '../../../db/schema/appeals';
import { parseIsoDate } from '../../domain/validators';
import { isWeekend } from '../../domain/workingDays';
import { versionField } from '../../http/validate';

const fields = {
  date: z
    .string({ error: '请选择日期' })
    .trim()
    .refine((v) => !!parseIsoDate(v), '日期格式应为 YYYY-MM-DD'),
  kind: z.enum(CALENDAR_KINDS, { error: '请选择类型（节假日 / 调休上班）' }),
  name: z.string({ error: '请输入名称' }).trim().min(1, '请输入名称，如“春节”').max(30, '名称不能超过 30 个字'),
};

/** A make-up working day (调休上班) is by definition a Saturday or Sunday; a weekday already is one. */
const makeUpOnWeekend = (v: { date: string; kind: string }, c: z.RefinementCtx) => {
  if (v.kind === 'workday' && parseIsoDate(v.date) && !isWeekend(v.date))
    c.addIssue({ code: 'custom', path: ['date'], message: '调休上班日应为周六或周日' });
};

export const CreateCalendarDayBody = z.object(fields).superRefine(makeUpOnWeekend);
export const UpdateCalendarDayBody = z.object({ ...fields, version: versionField }).superRefine(makeUpOnWeekend);
