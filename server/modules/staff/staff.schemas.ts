import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/roles';
import { isMainlandMobile } from '../../domain/validators';
import { versionField } from '../../http/validate';
import { staffPassword } from '../auth/auth.schemas';

/** Empty is allowed: sysadmin opens the account, security_admin gives it its roles (三员分立). */
const roles = z.array(z.enum(STAFF_ROLES, { error: '角色无效' }), { error: '角色应为列表' });
const orgId = z.coerce.number().int().positive().nullable().optional();
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || isMainlandMobile(v), '手机号码应为 11 位中国大陆手机号')
  .nullable()
  .optional();
const name = z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(40, '姓名不能超过 40 个字');

/** A title reviewer works for exactly one review org; other roles have none. */
const orgRule = <T extends { roles?: string[]; orgId?: number | null }>(v: T, c: z.RefinementCtx) => {
  if (v.roles?.includes('title_reviewer') && !v.orgId)
    c.addIssue({ code: 'custom', path: ['orgId'], message: '职称审核员必须绑定审核机构' });
};

export const CreateStaffBody = z
  .object({
    username: z
      .string({ error: '请输入用户名' })
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9_]{2,31}$/, '用户名为 3–32 位，以字母开头，只能包含字母、数字和下划线'),
    name,
    roles: roles.default([]),
    orgId,
    phone,
    password: staffPassword,
  })
  .superRefine(orgRule);

/** The edit form sends back the masked phone it was shown (135****7850) when the phone was not touched. */
const keptOrNewPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || isMainlandMobile(v) || /^1\d{2}\*{4}\d{4}$/.test(v), '手机号码应为 11 位中国大陆手机号')
  .nullable()
  .optional();

export const UpdateStaffBody = z
  .object({ name, roles, orgId, phone: keptOrNewPhone, version: versionField })
  .superRefine(orgRule);

export const VersionBody = z.object({ version: versionField });
export const ResetStaffPasswordBody = z.object({ version: versionField, password: staffPassword });
