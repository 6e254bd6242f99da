import { z } from 'zod';
import { ALWAYS } from '../../http/validate';
import { ByPerson, ValidPerson } from '../seals/seals.schemas';

const date = (label: string) =>
  z.string({ error: `请选择${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`);
const validity = { validFrom: date('授权开始日期'), validTo: date('授权结束日期') };
const orderRule = (v: { validFrom: string; validTo: string }, c: z.RefinementCtx) => {
  if (v.validTo < v.validFrom)
    c.addIssue({ code: 'custom', path: ['validTo'], message: '授权结束日期不能早于开始日期' });
};

export const AddGrantBody = z.object({ person: ValidPerson, ...validity, by: ByPerson }).superRefine(orderRule, ALWAYS);
export const ChangeGrantBody = z.object({ ...validity, by: ByPerson }).superRefine(orderRule, ALWAYS);
export const RemoveGrantBody = z.object({ by: ByPerson });
