import { z } from 'zod';
import { ID_TYPES } from '../../../db/schema/units';
import { INSTITUTION_LEVELS, INSTITUTION_TYPES, regionLevelProblem } from '../../domain/institutions';
import { CONTACT_PHONE_RULE, isContactPhone, isMainlandMobile, validateIdNumber } from '../../domain/validators';
import { ALWAYS, versionField } from '../../http/validate';
import { lookupRegion } from '../../domain/regions';

const mobile = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .trim()
    .refine(isMainlandMobile, '手机号码应为 11 位中国大陆手机号');

const editable = {
  name: z.string({ error: '请输入机构名称' }).trim().min(2, '机构名称至少 2 个字').max(80, '机构名称不能超过 80 个字'),
  unitId: z.coerce.number().int().positive().nullable().optional(),
  address: z.string().trim().max(120, '地址不能超过 120 个字').nullable().optional(),
  contactName: z.string().trim().max(30, '联系人不能超过 30 个字').nullable().optional(),
  contactPhone: z.string().trim().refine(isContactPhone, CONTACT_PHONE_RULE).nullable().optional(),
};

/** On edit the form shows the masked phone; sending it back unchanged means "keep it" (see the service). */
const MASKED_PHONE = /^\d[\d-]*\*+\d+$/;

export const RegisterInstitutionBody = z
  .object({
    ...editable,
    type: z.enum(INSTITUTION_TYPES, { error: '请选择机构类型' }),
    level: z.enum(INSTITUTION_LEVELS, { error: '请选择机构层级' }),
    region: z.string({ error: '请输入所在地区' }).trim().min(2, '请输入所在地区').max(60),
    regionCode: z
      .string({ error: '请输入行政区划代码' })
      .trim()
      .regex(/^\d{6}$/, '行政区划代码应为 6 位数字')
      .refine((code) => lookupRegion(code).province !== null, '行政区划代码不是有效的 GB/T 2260 代码'),
  })
  .superRefine((v, c) => {
    const problem =
      typeof v.regionCode === 'string' && (INSTITUTION_LEVELS as readonly unknown[]).includes(v.level)
        ? regionLevelProblem(v.level, v.regionCode)
        : null;
    if (problem) c.addIssue({ code: 'custom', path: ['regionCode'], message: problem });
  }, ALWAYS);

export const UpdateInstitutionBody = z.object({
  ...editable,
  contactPhone: z
    .string()
    .trim()
    .refine((v) => v === '' || isContactPhone(v) || MASKED_PHONE.test(v), CONTACT_PHONE_RULE)
    .nullable()
    .optional(),
  version: versionField,
});

/** The administrator must be a real-name person: name, a valid document and a mobile. */
export const AdminBody = z
  .object({
    adminName: z
      .string({ error: '请输入管理员姓名' })
      .trim()
      .min(2, '姓名至少 2 个字')
      .max(30, '姓名不能超过 30 个字')
      .regex(/^[\u4e00-\u9fa5·A-Za-z .]+$/, '姓名只能包含汉字、字母和间隔号'),
    adminIdType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
    adminIdNumber: z.string({ error: '请输入证件号码' }).trim().toUpperCase(),
    adminPhone: mobile('管理员手机号码'),
    version: versionField,
  })
  .superRefine((v, c) => {
    if (typeof v.adminIdNumber !== 'string' || !(ID_TYPES as readonly unknown[]).includes(v.adminIdType)) return;
    const problem = validateIdNumber(v.adminIdType, v.adminIdNumber);
    if (problem) c.addIssue({ code: 'custom', path: ['adminIdNumber'], message: problem });
    else if (v.adminIdNumber.length < 6)
      c.addIssue({ code: 'custom', path: ['adminIdNumber'], message: '证件号码过短，无法生成初始密码' });
  }, ALWAYS);

export const DisableBody = z.object({
  reason: z.string({ error: '请填写停用原因' }).trim().min(2, '请填写停用原因').max(200),
  version: versionField,
});
export const VersionBody = z.object({ version: versionField });
