import { z } from 'zod';
import { ID_TYPES, LEGAL_PERSON_TYPES } from '../../../db/schema/units';
import { isMainlandMobile, usccProblem, validateIdNumber } from '../../domain/validators';
import { ALWAYS, versionField } from '../../http/validate';

export const UnlockBody = z.object({
  reason: z
    .string({ error: '请填写解锁原因' })
    .trim()
    .min(2, '解锁原因至少 2 个字')
    .max(200, '解锁原因不能超过 200 个字'),
  version: versionField,
});

const personName = (what: string) =>
  z
    .string({ error: `请输入${what}姓名` })
    .trim()
    .min(2, '姓名至少 2 个字')
    .max(30, '姓名不能超过 30 个字');

/** 历史用户升级 from the public hall: the old account, the legal representative confirmed, the unit administrator set. */
export const LegacyUpgradeBody = z
  .object({
    uscc: z.string({ error: '请输入统一社会信用代码' }).trim().toUpperCase(),
    legacySystem: z.string({ error: '请选择原系统' }).trim().min(1, '请选择原系统').max(100),
    legacyPassword: z.string({ error: '请输入原系统密码' }).min(1, '请输入原系统密码').max(128, '密码过长'),
    legalRepName: personName('法定代表人'),
    legalRepIdType: z.enum(ID_TYPES, { error: '请选择法定代表人证件类型' }),
    legalRepIdNumber: z.string({ error: '请输入法定代表人证件号码' }).trim().toUpperCase(),
    legalPersonType: z.enum(LEGAL_PERSON_TYPES).default('enterprise'),
    admin: z.object({
      name: personName('管理员'),
      idType: z.enum(ID_TYPES, { error: '请选择管理员证件类型' }),
      idNumber: z.string({ error: '请输入管理员证件号码' }).trim().toUpperCase(),
      phone: z.string({ error: '请输入管理员手机号码' }).trim().refine(isMainlandMobile, '请输入 11 位大陆手机号码'),
    }),
  })
  .superRefine((b, c) => {
    const uscc = typeof b.uscc === 'string' ? usccProblem(b.uscc) : null;
    if (uscc) c.addIssue({ code: 'custom', path: ['uscc'], message: uscc });
    if (typeof b.legalRepIdNumber === 'string' && b.legalRepIdType) {
      const p = validateIdNumber(b.legalRepIdType, b.legalRepIdNumber);
      if (p) c.addIssue({ code: 'custom', path: ['legalRepIdNumber'], message: p });
    }
    if (b.admin && typeof b.admin.idNumber === 'string' && b.admin.idType) {
      const p = validateIdNumber(b.admin.idType, b.admin.idNumber);
      if (p) c.addIssue({ code: 'custom', path: ['admin', 'idNumber'], message: p });
    }
  }, ALWAYS);
export type LegacyUpgradeInput = z.infer<typeof LegacyUpgradeBody>;
