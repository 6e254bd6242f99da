import { z } from 'zod';
import { ID_TYPES, OPERATOR_ROLES } from '../../../db/schema/units';
import { isMainlandMobile, validateIdNumber } from '../../domain/validators';
import { ALWAYS, versionField } from '../../http/validate';

const date = (label: string) =>
  z.string({ error: `请选择${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`);

const fields = {
  name: z.string({ error: '请输入姓名' }).trim().min(2, '姓名至少 2 个字').max(30, '姓名不能超过 30 个字'),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
  idNumber: z.string({ error: '请输入证件号码' }).trim().toUpperCase(),
  phone: z.string({ error: '请输入手机号码' }).trim(),
  validFrom: date('授权开始日期'),
  validTo: date('授权结束日期'),
  manageRight: z.boolean().default(false),
  businessItemIds: z.array(z.coerce.number().int().positive()).default([]),
};

type Shape = { idType?: unknown; idNumber?: unknown; phone?: unknown; validFrom?: unknown; validTo?: unknown };
const str = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : '');
function rules(v: Shape, c: z.RefinementCtx) {
  const idNumber = str(v.idNumber);
  if (idNumber && !idNumber.includes('*') && (ID_TYPES as readonly unknown[]).includes(v.idType)) {
    const p = validateIdNumber(v.idType as (typeof ID_TYPES)[number], idNumber);
    if (p) c.addIssue({ code: 'custom', path: ['idNumber'], message: p });
  }
  const phone = str(v.phone);
  if (phone && !phone.includes('*') && !isMainlandMobile(phone))
    c.addIssue({ code: 'custom', path: ['phone'], message: '手机号码应为 11 位中国大陆手机号' });
  if (str(v.validFrom) && str(v.validTo) && str(v.validTo) < str(v.validFrom))
    c.addIssue({ code: 'custom', path: ['validTo'], message: '授权结束日期不能早于开始日期' });
}

export const CreateOperatorBody = z
  .object({
    ...fields,
    unitId: z.coerce.number({ error: '请选择单位' }).int().positive(),
    role: z.enum(OPERATOR_ROLES, { error: '请选择用户类别' }),
  })
  .superRefine((v, c) => {
    rules(v, c);
    if (str(v.idNumber).includes('*'))
      c.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写完整的证件号码' });
    if (str(v.phone).includes('*')) c.addIssue({ code: 'custom', path: ['phone'], message: '请填写完整的手机号码' });
  }, ALWAYS);
export const UpdateOperatorBody = z.object({ ...fields, version: versionField }).superRefine(rules, ALWAYS);
export const VersionBody = z.object({ version: versionField });
