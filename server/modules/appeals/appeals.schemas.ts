import { z } from 'zod';
import { ID_TYPES, LEGAL_PERSON_TYPES } from '../../../db/schema/units';
import { MATERIAL_VERDICTS } from '../../../db/schema/appeals';
import { APPEAL_TYPES } from '../../domain/workflows/appeals.workflow';
import {
  ACCOUNT_NAME_RULE,
  idValidityProblem,
  isMainlandMobile,
  isValidAccountName,
  validateIdNumber,
  type IdType,
} from '../../domain/validators';
import { ALWAYS, versionField } from '../../http/validate';
import { usccField } from '../units/units.schemas';
import { CHANGEABLE_FIELDS, MATERIAL_FIELDS } from './appeals.materials';

const REMARK_MAX = 150;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const name = z
  .string({ error: '请输入企业名称' })
  .trim()
  .min(2, '企业名称至少 2 个字')
  .max(100, '企业名称不能超过 100 个字');
const legalRepName = z
  .string({ error: '请输入法定代表人姓名' })
  .trim()
  .min(2, '姓名至少 2 个字')
  .max(30, '姓名不能超过 30 个字');
const legalPersonType = z.enum(LEGAL_PERSON_TYPES, { error: '请选择法人类型' });
const idType = z.enum(ID_TYPES, { error: '请选择证件类型' });
const optionalDate = z
  .string()
  .trim()
  .transform((v) => v || null)
  .nullable()
  .optional();

/** `changes` arrives as a JSON string inside the multipart form. */
const changesField = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    if (!v.trim()) return undefined;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  },
  z.record(z.string(), z.union([z.string(), z.null()]), { error: '变更内容应为 JSON 对象' }).optional(),
);

interface IdentityLike {
  idType?: unknown;
  idNumber?: unknown;
  idValidFrom?: unknown;
  idValidTo?: unknown;
  phone?: unknown;
  account?: unknown;
}

/** The checks that need a standard or a second field, shared by the form and the requested changes. */
function identityProblems(v: IdentityLike, today: Date, only?: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  const wants = (f: string) => !only || only.has(f);
  const type = (ID_TYPES as readonly unknown[]).includes(v.idType) ? (v.idType as IdType) : null;
  if (wants('idNumber') && type) {
    const problem = validateIdNumber(type, str(v.idNumber));
    if (problem) out.push(['idNumber', problem]);
  }
  if ((wants('idValidFrom') || wants('idValidTo')) && str(v.idValidFrom)) {
    const problem = idValidityProblem(str(v.idValidFrom), str(v.idValidTo) || null, today);
    if (problem) out.push([problem.startsWith('证件有效期开始') ? 'idValidFrom' : 'idValidTo', problem]);
  } else if (wants('idValidFrom') && !only) out.push(['idValidFrom', '请选择证件有效期开始日期']);
  if (wants('phone') && !isMainlandMobile(str(v.phone))) out.push(['phone', '手机号码应为 11 位中国大陆手机号']);
  if (wants('account') && !isValidAccountName(str(v.account))) out.push(['account', ACCOUNT_NAME_RULE]);
  return out;
}

/**
 * 账号申诉 as the public hall sends it (multipart fields; the materials come as files beside them).
 * Every problem is reported at once, each under its field.
 */
export const intakeBody = (today: Date) =>
  z
    .object({
      type: z.enum(APPEAL_TYPES, { error: '请选择申诉类型（未注册 / 已注册）' }),
      uscc: usccField,
      name,
      legalPersonType,
      legalRepName,
      idType,
      idNumber: z.string({ error: '请输入法定代表人证件号码' }).trim().toUpperCase(),
      idValidFrom: z.string({ error: '请选择证件有效期开始日期' }).trim(),
      /** Empty = 长期有效. */
      idValidTo: optionalDate,
      phone: z.string({ error: '请输入手机号码' }).trim(),
      account: z.string({ error: '请输入法人账号' }).trim(),
      remark: z
        .string({ error: '请输入申诉备注' })
        .trim()
        .min(1, '请输入申诉备注')
        .max(REMARK_MAX, `申诉备注不能超过 ${REMARK_MAX} 个字`),
      changes: changesField,
    })
    .superRefine((v, c) => {
      for (const [field, message] of identityProblems(v, today)) c.addIssue({ code: 'custom', path: [field], message });
      if (
        v.type === 'assisted_registration' &&
        v.changes &&
        typeof v.changes === 'object' &&
        Object.keys(v.changes).length
      ) {
        c.addIssue({ code: 'custom', path: ['changes'], message: '辅助企业注册申诉不填写变更内容' });
      }
      if (v.type !== 'info_change') return;
      // Runs even when `changes` failed to parse (ALWAYS): then there is nothing more to check.
      const changes: Record<string, unknown> = v.changes && typeof v.changes === 'object' ? v.changes : {};
      const keys = Object.keys(changes);
      if (!keys.length) c.addIssue({ code: 'custom', path: ['changes'], message: '请填写需要修改的企业信息' });
      for (const k of keys) {
        if (k === 'uscc') c.addIssue({ code: 'custom', path: ['changes', k], message: '统一社会信用代码不能修改' });
        else if (!(CHANGEABLE_FIELDS as readonly string[]).includes(k))
          c.addIssue({ code: 'custom', path: ['changes', k], message: '不能通过申诉修改此项' });
      }
      const value = (k: string) => (typeof changes[k] === 'string' ? changes[k].trim() : changes[k]);
      const required = [
        'name',
        'legalPersonType',
        'legalRepName',
        'idType',
        'idNumber',
        'idValidFrom',
        'phone',
        'account',
      ];
      for (const k of keys.filter((k) => required.includes(k))) {
        if (!value(k)) c.addIssue({ code: 'custom', path: ['changes', k], message: '修改后的值不能为空' });
      }
      const check = (schema: z.ZodType, k: string) => {
        if (!(k in changes) || !value(k)) return;
        const r = schema.safeParse(value(k));
        if (!r.success) c.addIssue({ code: 'custom', path: ['changes', k], message: r.error.issues[0].message });
      };
      check(name, 'name');
      check(legalRepName, 'legalRepName');
      check(legalPersonType, 'legalPersonType');
      check(idType, 'idType');
      // The requested ID number is checked against the requested ID type, else the one on the form.
      const merged: IdentityLike = {
        idType: 'idType' in changes ? value('idType') : v.idType,
        idNumber: value('idNumber'),
        idValidFrom: 'idValidFrom' in changes ? value('idValidFrom') : v.idValidFrom,
        idValidTo: 'idValidTo' in changes ? value('idValidTo') : v.idValidTo,
        phone: value('phone'),
        account: value('account'),
      };
      if ('idType' in changes && !value('idNumber'))
        c.addIssue({ code: 'custom', path: ['changes', 'idNumber'], message: '修改证件类型时须同时填写新的证件号码' });
      const present = new Set(keys.filter((k) => value(k) || k === 'idValidTo'));
      for (const [field, message] of identityProblems(merged, today, present))
        c.addIssue({ code: 'custom', path: ['changes', field], message });
    }, ALWAYS)
    .transform((v) => ({
      ...v,
      changes:
        v.type === 'info_change' && v.changes
          ? Object.fromEntries(
              Object.entries(v.changes).map(([k, x]) => [
                k,
                typeof x === 'string' ? (k === 'idNumber' ? x.trim().toUpperCase() : x.trim()) || null : null,
              ]),
            )
          : null,
    }));
export type IntakeInput = z.infer<ReturnType<typeof intakeBody>>;

const materialField = z.enum(MATERIAL_FIELDS as [string, ...string[]], { error: '材料名称无效' });

export const VersionBody = z.object({ version: versionField });
export const AssignBody = z.object({
  assigneeId: z.coerce.number({ error: '请选择客服' }).int().positive('请选择客服'),
  version: versionField,
});
export const ChecklistBody = z
  .object({
    field: materialField,
    verdict: z.enum(MATERIAL_VERDICTS, { error: '请选择是否合格' }),
    note: z.string().trim().max(200, '说明不能超过 200 个字').optional().default(''),
    version: versionField,
  })
  .superRefine((v, c) => {
    if (v.verdict === 'unacceptable' && !v.note)
      c.addIssue({ code: 'custom', path: ['note'], message: '请说明不合格的原因' });
  });
export const ApproveBody = z.object({
  note: z.string().trim().max(200, '备注不能超过 200 个字').optional().default(''),
  version: versionField,
});
/** 合并: close this appeal as a duplicate of `intoId`; a reason is needed when their USCCs differ. */
export const MergeBody = z.object({
  intoId: z.coerce.number({ error: '请选择要保留的申诉' }).int().positive('请选择要保留的申诉'),
  reason: z.string().trim().max(200, '合并原因不能超过 200 个字').optional(),
  version: versionField,
});
export const RejectBody = z.object({
  reason: z.string({ error: '请填写驳回原因' }).trim().min(2, '请填写驳回原因').max(200, '驳回原因不能超过 200 个字'),
  version: versionField,
});
export const SupplementBody = z.object({
  materials: z
    .array(materialField, { error: '请选择需要补正的材料' })
    .min(1, '请选择需要补正的材料')
    .transform((m) => [...new Set(m)]),
  note: z.string().trim().max(200, '说明不能超过 200 个字').optional().default(''),
  version: versionField,
});

const bulkIds = z
  .array(z.coerce.number().int().positive(), { error: '请选择申诉' })
  .min(1, '请选择申诉')
  .max(100, '一次最多办理 100 件申诉');
/** 批量领取 / 批量转派 (POST /api/appeals/claim, /api/appeals/assign). */
export const BulkClaimBody = z.object({ ids: bulkIds });
export const BulkAssignBody = z.object({
  ids: bulkIds,
  assigneeId: z.coerce.number({ error: '请选择申诉客服' }).int().positive('请选择申诉客服'),
});
