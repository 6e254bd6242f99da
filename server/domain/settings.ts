import { z } from 'zod';

/**
 * Settings staff may change at run time, each with its rule and default. A capability adds its
 * own here; the settings screen lists exactly these.
 */
export const SETTINGS = {
  'appeals.deadlineWorkingDays': {
    label: '申诉办理时限（工作日）',
    schema: z.number({ error: '请输入天数' }).int('应为整数').min(1, '至少 1 个工作日').max(30, '不超过 30 个工作日'),
    default: 3,
  },
  'institutions.passwordPrefix': {
    label: '机构初始密码前缀',
    schema: z.string({ error: '请输入前缀' }).regex(/^[A-Za-z]{1,6}$/, '前缀为 1–6 个英文字母'),
    default: 'Jl',
  },
  // Counted over the last hour per staff member: /pii answers and opened ID images alike. 120 lets a
  // clerk review an appeal (six ID materials and one reveal) every few minutes all day, but not harvest.
  'pii.revealLimitPerHour': {
    label: '每名工作人员每小时查看完整证件号码、手机号码及身份证件材料的次数上限',
    schema: z.number({ error: '请输入次数' }).int('应为整数').min(1, '至少 1 次').max(1000, '不超过 1000 次'),
    default: 120,
  },
  // Long enough to answer "why did my scan fail last month", short enough not to become a register of who logs in.
  'signInEvents.retentionDays': {
    label: '扫码登录记录保留天数',
    schema: z.number({ error: '请输入天数' }).int('应为整数').min(7, '至少 7 天').max(365, '不超过 365 天'),
    default: 90,
  },
  // Calendar days, as the SMS states a date: two weeks lets an applicant get a unit's stamp on a corrected form.
  'titles.resubmitDays': {
    label: '职称申报退回修改的重新提交期限（天）',
    schema: z.number({ error: '请输入天数' }).int('应为整数').min(1, '至少 1 天').max(90, '不超过 90 天'),
    default: 14,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
