import { z } from 'zod';

/**
 * Settings staff may change at run time, each with its rule, its default and a description saying what
 * it governs. A capability adds its own here; the settings screen lists exactly these. Every one is read
 * by the system, so none can be deleted (DELETE answers 409): a value goes back by editing it.
 */
export const SETTINGS = {
  'appeals.deadlineWorkingDays': {
    label: '申诉办理时限（工作日）',
    description:
      '新收到的账号申诉须在多少个工作日内办结；按工作日历计算，要求补正期间暂停计时。修改后只影响之后收到的申诉。',
    schema: z.number({ error: '请输入天数' }).int('应为整数').min(1, '至少 1 个工作日').max(30, '不超过 30 个工作日'),
    default: 3,
  },
  'institutions.passwordPrefix': {
    label: '机构初始密码前缀',
    description:
      '机构开通或重置密码时，系统生成的初始密码以此前缀开头，写在开通通知书上；机构管理员首次登录须修改密码。',
    schema: z.string({ error: '请输入前缀' }).regex(/^[A-Za-z]{1,6}$/, '前缀为 1–6 个英文字母'),
    default: 'Jl',
  },
  // Counted over the last hour per staff member: /pii answers and opened ID images alike. 120 lets a
  // clerk review an appeal (six ID materials and one reveal) every few minutes all day, but not harvest.
  'pii.revealLimitPerHour': {
    label: '每名工作人员每小时查看完整证件号码、手机号码及身份证件材料的次数上限',
    description:
      '每名工作人员在一小时内查看完整证件号码、手机号码或打开身份证件材料的次数上限；超出后拒绝显示，并记入审计日志。',
    schema: z.number({ error: '请输入次数' }).int('应为整数').min(1, '至少 1 次').max(1000, '不超过 1000 次'),
    default: 120,
  },
  // Long enough to answer "why did my scan fail last month", short enough not to become a register of who logs in.
  'signInEvents.retentionDays': {
    label: '扫码登录记录保留天数',
    description: '扫码登录记录保留的天数；更早的记录在系统启动时和每天自动清理，清理本身记入审计日志。',
    schema: z.number({ error: '请输入天数' }).int('应为整数').min(7, '至少 7 天').max(365, '不超过 365 天'),
    default: 90,
  },
  // Calendar days, as the SMS states a date: two weeks lets an applicant get a unit's stamp on a corrected form.
  'titles.resubmitDays': {
    label: '职称申报退回修改的重新提交期限（天）',
    description: '职称申报被退回申请人修改时，短信告知的重新提交截止日期为退回当日起多少天。修改后只影响之后的退回。',
    schema: z.number({ error: '请输入天数' }).int('应为整数').min(1, '至少 1 天').max(90, '不超过 90 天'),
    default: 14,
  },
  // 安全设置 (三员分立: security_admin's, not sysadmin's). GB/T 22239 asks for a lockout after repeated failures.
  'security.lockoutThreshold': {
    label: '工作人员连续登录失败锁定次数',
    description: '工作人员连续输错密码达到此次数后，账号被锁定；锁定期间不能登录，安全管理员可提前解锁。',
    security: true,
    schema: z.number({ error: '请输入次数' }).int('应为整数').min(3, '至少 3 次').max(10, '不超过 10 次'),
    default: 5,
  },
  'security.lockoutMinutes': {
    label: '工作人员账号锁定时长（分钟）',
    description: '连续登录失败达到锁定次数后，账号锁定的分钟数；到时自动解锁。',
    security: true,
    schema: z.number({ error: '请输入分钟数' }).int('应为整数').min(5, '至少 5 分钟').max(1440, '不超过 1440 分钟'),
    default: 15,
  },
} as const;

/** The security settings (lockout): security_admin changes them, sysadmin the others. */
export const isSecuritySetting = (key: SettingKey) => 'security' in SETTINGS[key];

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
