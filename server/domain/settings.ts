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
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
