import { z } from 'zod';
import { TITLE_LEVELS } from '../../domain/titleRouting';
import {
  MODULE_LABEL,
  RESUBMIT_TARGETS,
  REVIEW_RESULTS,
  TITLE_MODULES,
  type TitleModule,
} from '../../domain/workflows/titleApplications.workflow';
import { isMainlandMobile, validateIdNumber } from '../../domain/validators';
import { versionField } from '../../http/validate';

/** Bounds on what the public hall may send as a module: deep enough for tables of entries, small enough to review. */
const LIMITS = { depth: 4, string: 2000, array: 100, keys: 60, moduleBytes: 60_000 };

/** Why a module's content is unacceptable, or null. Content is the applicant's own: shape-checked, never interpreted. */
export function moduleContentProblem(value: unknown): string | null {
  const walk = (v: unknown, depth: number): string | null => {
    if (v === null || typeof v === 'boolean' || typeof v === 'number')
      return Number.isFinite(v) || typeof v !== 'number' ? null : '数值无效';
    if (typeof v === 'string') return v.length > LIMITS.string ? `单项内容不能超过 ${LIMITS.string} 个字` : null;
    if (depth >= LIMITS.depth) return '内容层级过深';
    if (Array.isArray(v)) {
      if (v.length > LIMITS.array) return `每个列表最多 ${LIMITS.array} 条`;
      for (const x of v) {
        const p = walk(x, depth + 1);
        if (p) return p;
      }
      return null;
    }
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length > LIMITS.keys) return `字段不能超过 ${LIMITS.keys} 个`;
      for (const [, x] of entries) {
        const p = walk(x, depth + 1);
        if (p) return p;
      }
      return null;
    }
    return '内容格式无效';
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '模块内容应为对象';
  const entries = (value as Record<string, unknown>).entries;
  if (
    entries !== undefined &&
    (!Array.isArray(entries) || entries.some((e) => !e || typeof e !== 'object' || Array.isArray(e)))
  )
    return '“entries” 应为条目列表';
  if (JSON.stringify(value).length > LIMITS.moduleBytes) return '模块内容过大';
  return walk(value, 0);
}

const moduleContent = (m: TitleModule) =>
  z
    .custom<Record<string, unknown>>((v) => v !== undefined, { error: `请填写「${MODULE_LABEL[m]}」模块` })
    .superRefine((v, c) => {
      const problem = moduleContentProblem(v);
      if (problem) c.addIssue({ code: 'custom', message: `「${MODULE_LABEL[m]}」：${problem}` });
    });

/** Unknown modules are refused by name (a typo must not silently drop what the applicant wrote). */
const knownModulesOnly = (v: Record<string, unknown>, c: z.RefinementCtx) => {
  for (const key of Object.keys(v))
    if (!(TITLE_MODULES as readonly string[]).includes(key))
      c.addIssue({ code: 'custom', path: [key], message: `没有「${key}」这个模块` });
};
const pickModules = <T extends Record<string, unknown>>(v: T) =>
  Object.fromEntries(Object.entries(v).filter(([k]) => (TITLE_MODULES as readonly string[]).includes(k))) as T;

/** All nine modules, each an object (DOMAIN.md). */
const allModules = z
  .looseObject(
    Object.fromEntries(TITLE_MODULES.map((m) => [m, moduleContent(m)])) as Record<
      TitleModule,
      ReturnType<typeof moduleContent>
    >,
    { error: '请填写申报模块' },
  )
  .superRefine(knownModulesOnly)
  .transform(pickModules);

/** A resubmission names only the modules it sends. */
const someModules = z
  .looseObject(
    Object.fromEntries(TITLE_MODULES.map((m) => [m, moduleContent(m).optional()])) as Record<
      TitleModule,
      z.ZodOptional<ReturnType<typeof moduleContent>>
    >,
    { error: '请提交修改后的模块' },
  )
  .superRefine(knownModulesOnly)
  .transform(pickModules);

const positiveId = (what: string) =>
  z.coerce
    .number({ error: `请选择${what}` })
    .int(`${what}无效`)
    .positive(`请选择${what}`);

/** 职称申报 as the public hall sends it (JSON); every problem reported at once, under its field. */
export const IntakeBody = z.object({
  applicant: z
    .object(
      {
        name: z.string({ error: '请输入申报人姓名' }).trim().min(2, '姓名至少 2 个字').max(30, '姓名不能超过 30 个字'),
        idNumber: z
          .string({ error: '请输入申报人身份证号码' })
          .trim()
          .toUpperCase()
          .superRefine((v, c) => {
            const problem = validateIdNumber('resident_id', v);
            if (problem) c.addIssue({ code: 'custom', message: problem });
          }),
        phone: z
          .string({ error: '请输入手机号码' })
          .trim()
          .refine(isMainlandMobile, '手机号码应为 11 位中国大陆手机号'),
      },
      { error: '请填写申报人信息' },
    )
    .strip(),
  unitOrgId: positiveId('申报单位'),
  planId: positiveId('申报事项'),
  series: z.string({ error: '请输入职称系列' }).trim().min(2, '请输入职称系列').max(30, '职称系列不能超过 30 个字'),
  level: z.enum(TITLE_LEVELS, { error: '职称级别应为 junior、intermediate、associate_senior 或 senior' }),
  titleName: z.string().trim().max(30, '申报职称名称不能超过 30 个字').optional(),
  modules: allModules,
});
export type IntakeInput = z.infer<typeof IntakeBody>;

export const ResubmitBody = z.object({ modules: someModules, version: versionField.optional() });
export type ResubmitInput = z.infer<typeof ResubmitBody>;

/**
 * The review form. Shape only here; the rules that need the application (targets in its chain,
 * modules for a return, the opinion) are the workflow's `reviewProblems`, reported together.
 */
export const ReviewBody = z.object({
  result: z.enum(REVIEW_RESULTS, { error: '请选择审核结果（通过、退回修改或不通过）' }),
  opinion: z.string({ error: '请填写审核意见' }).trim().max(500, '审核意见不能超过 500 个字'),
  moduleErrors: z
    .array(z.enum(TITLE_MODULES, { error: '模块名称无效' }), { error: '问题模块应为列表' })
    .optional()
    .default([])
    .transform((m) => TITLE_MODULES.filter((x) => m.includes(x))),
  returnTo: z
    .union([z.literal('applicant'), z.coerce.number().int().positive(), z.literal(''), z.null()], {
      error: '退回目标应为申报人或审核机构编号',
    })
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  resubmitTo: z
    .enum(RESUBMIT_TARGETS, { error: '重新提交方式应为 this_level 或 first_level' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  version: versionField,
});
export type ReviewBodyInput = z.infer<typeof ReviewBody>;

const ids = z
  .array(z.coerce.number().int().positive(), { error: '请选择申报' })
  .min(1, '请至少选择一条申报')
  .max(200, '一次最多处理 200 条申报')
  .transform((l) => [...new Set(l)]);

export const ClaimBody = z.object({ ids });
export const ReassignBody = z.object({ ids, assigneeId: positiveId('审核员') });

/** 批量通过: up to 500 applications, each passed with the same opinion in its own transition. */
export const BATCH_REVIEW_MAX = 500;
export const BatchReviewBody = z.object({
  ids: z
    .array(z.coerce.number().int().positive(), { error: '请选择申报' })
    .min(1, '请至少选择一条申报')
    .max(BATCH_REVIEW_MAX, `一次最多批量通过 ${BATCH_REVIEW_MAX} 条申报`)
    .transform((l) => [...new Set(l)]),
  result: z.literal('pass', { error: '批量审核只能批量通过' }),
  opinion: z.string({ error: '请填写审核意见' }).trim().min(1, '请填写审核意见').max(500, '审核意见不能超过 500 个字'),
});
export type BatchReviewInput = z.infer<typeof BatchReviewBody>;

/** 撤回: why the reviewer takes it back (kept on the progress step and the audit row). */
export const WithdrawBody = z.object({
  reason: z
    .string({ error: '请填写撤回原因' })
    .trim()
    .min(2, '撤回原因至少 2 个字')
    .max(200, '撤回原因不能超过 200 个字'),
  version: versionField,
});
export type WithdrawInput = z.infer<typeof WithdrawBody>;

/** 催办: the message the holding org's reviewers read (SMS and review home). */
export const UrgeBody = z.object({
  message: z
    .string({ error: '请填写催办留言' })
    .trim()
    .min(2, '催办留言至少 2 个字')
    .max(100, '催办留言不能超过 100 个字'),
});
