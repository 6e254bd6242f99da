import { z } from 'zod';
import { ID_TYPES, LEGAL_PERSON_TYPES } from '../../../db/schema/units';
import {
  ACCOUNT_NAME_RULE,
  idValidityProblem,
  isMainlandMobile,
  isValidAccountName,
  usccProblem,
  USCC_REGION_PROBLEM,
  validateIdNumber,
} from '../../domain/validators';
import { ALWAYS, versionField } from '../../http/validate';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .transform((v) => v || null)
    .nullable()
    .optional();
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), '日期格式应为 YYYY-MM-DD')
  .transform((v) => v || null)
  .nullable()
  .optional();

/** The unit's identity as the public hall's forms ask for it [000 §2, 001 §四–五]; masked values may come back on edit. */
const identity = {
  name: z
    .string({ error: '请输入单位名称' })
    .trim()
    .min(2, '单位名称至少 2 个字')
    .max(100, '单位名称不能超过 100 个字'),
  legalPersonType: z.enum(LEGAL_PERSON_TYPES, { error: '请选择法人类型' }),
  legalRepName: z
    .string({ error: '请输入法定代表人姓名' })
    .trim()
    .min(2, '姓名至少 2 个字')
    .max(30, '姓名不能超过 30 个字'),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
  idNumber: z.string({ error: '请输入证件号码' }).trim().toUpperCase(),
  idValidFrom: z.string({ error: '请选择证件有效期开始日期' }).trim(),
  /** Empty or null = 长期有效. */
  idValidTo: z
    .string()
    .trim()
    .transform((v) => v || null)
    .nullable()
    .optional(),
  phone: z.string({ error: '请输入手机号码' }).trim(),
  account: z.string({ error: '请输入账号' }).trim(),
  region: optionalText(60),
  registeredAddress: optionalText(200),
  registeredCapital: optionalText(40),
  registrationDate: optionalDate,
  businessScope: optionalText(1000),
  codeType: optionalText(40),
  industry: optionalText(60),
  approvalDate: optionalDate,
  approvalAuthority: optionalText(100),
  enterpriseStatus: optionalText(40),
  foundingDate: optionalDate,
};

type IdentityShape = {
  idType?: unknown;
  idNumber?: unknown;
  idValidFrom?: unknown;
  idValidTo?: unknown;
  phone?: unknown;
  account?: unknown;
};
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Rules that need more than one field or a standard's check. They run even when a plain field
 * failed (ALWAYS), so they read values defensively; masked values (on edit) are checked by the service.
 */
function identityRules(v: IdentityShape, c: z.RefinementCtx, today: Date) {
  const idNumber = str(v.idNumber).toUpperCase();
  if (idNumber && !idNumber.includes('*') && (ID_TYPES as readonly unknown[]).includes(v.idType)) {
    const problem = validateIdNumber(v.idType as (typeof ID_TYPES)[number], idNumber);
    if (problem) c.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
  }
  if (str(v.idValidFrom)) {
    const validity = idValidityProblem(str(v.idValidFrom), str(v.idValidTo) || null, today);
    if (validity)
      c.addIssue({
        code: 'custom',
        path: [validity.startsWith('证件有效期开始') ? 'idValidFrom' : 'idValidTo'],
        message: validity,
      });
  }
  const phone = str(v.phone);
  if (!phone.includes('*') && !isMainlandMobile(phone))
    c.addIssue({ code: 'custom', path: ['phone'], message: '手机号码应为 11 位中国大陆手机号' });
  if (!isValidAccountName(str(v.account)))
    c.addIssue({ code: 'custom', path: ['account'], message: ACCOUNT_NAME_RULE });
}

export const usccField = z
  .string({ error: '请输入统一社会信用代码' })
  .trim()
  .toUpperCase()
  .superRefine((v, c) => {
    const problem = usccProblem(v);
    if (problem === USCC_REGION_PROBLEM) c.addIssue({ code: 'custom', message: problem });
    else if (problem) c.addIssue({ code: 'custom', message: '统一社会信用代码不正确（18 位，校验位须符合 GB 32100）' });
  });

/** 办理人: the person who came to the window with the materials (named on the 受理回执). */
const handler = {
  handlerName: z
    .string({ error: '请输入办理人姓名' })
    .trim()
    .min(2, '办理人姓名至少 2 个字')
    .max(30, '办理人姓名不能超过 30 个字'),
  handlerIdType: z.enum(ID_TYPES, { error: '请选择办理人证件类型' }),
  handlerIdNumber: z.string({ error: '请输入办理人证件号码' }).trim().toUpperCase(),
  handlerPhone: z.string({ error: '请输入办理人手机号码' }).trim(),
};

function handlerRules(
  v: { handlerIdType?: unknown; handlerIdNumber?: unknown; handlerPhone?: unknown },
  c: z.RefinementCtx,
  today: Date,
) {
  const idNumber = str(v.handlerIdNumber).toUpperCase();
  if (!idNumber) c.addIssue({ code: 'custom', path: ['handlerIdNumber'], message: '请输入办理人证件号码' });
  else if ((ID_TYPES as readonly unknown[]).includes(v.handlerIdType)) {
    const problem = validateIdNumber(v.handlerIdType as (typeof ID_TYPES)[number], idNumber, { today });
    if (problem) c.addIssue({ code: 'custom', path: ['handlerIdNumber'], message: `办理人${problem}` });
  }
  if (!isMainlandMobile(str(v.handlerPhone)))
    c.addIssue({ code: 'custom', path: ['handlerPhone'], message: '办理人手机号码应为 11 位中国大陆手机号' });
}

/** 线下经办窗口注册: the identity with a USCC and the 办理人; the materials come as files beside these fields. */
export const registerUnitBody = (today: Date) =>
  z.object({ uscc: usccField, ...identity, ...handler }).superRefine((v, c) => {
    identityRules(v, c, today);
    handlerRules(v, c, today);
    if (str(v.idNumber).includes('*'))
      c.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写完整的证件号码' });
    if (str(v.phone).includes('*')) c.addIssue({ code: 'custom', path: ['phone'], message: '请填写完整的手机号码' });
  }, ALWAYS);

/** Everything but the USCC; a USCC that differs is refused by the service with a field error. */
export const updateUnitBody = (today: Date) =>
  z
    .object({ ...identity, uscc: z.string().optional(), version: versionField })
    .superRefine((v, c) => identityRules(v, c, today), ALWAYS);

export const ReasonBody = z.object({
  reason: z.string({ error: '请填写原因' }).trim().min(2, '请填写原因').max(200, '原因不能超过 200 个字'),
  version: versionField,
});
export const VersionBody = z.object({ version: versionField });
export const BulkActivateBody = z.object({
  ids: z
    .array(z.coerce.number().int().positive(), { error: '请选择要激活的单位' })
    .min(1, '请选择要激活的单位')
    .max(500, '一次最多激活 500 个单位'),
});
export const QuotaBody = z.object({
  adminQuota: z.coerce
    .number({ error: '请输入管理员名额' })
    .int('应为整数')
    .min(0, '不能小于 0')
    .max(10, '管理员名额最多 10 个'),
  operatorQuota: z.coerce
    .number({ error: '请输入经办人名额' })
    .int('应为整数')
    .min(0, '不能小于 0')
    .max(200, '经办人名额最多 200 个'),
  reason: z.string({ error: '请填写调整原因' }).trim().min(2, '请填写调整原因').max(200),
  version: versionField,
});
