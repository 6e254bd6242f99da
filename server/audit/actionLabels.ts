import {
  SEAL_AUDIT_LABELS,
  SEAL_GRANT_AUDIT_LABELS,
  SIGN_IN_CHECK_AUDIT_LABELS,
  SIGN_IN_EVENT_AUDIT_LABELS,
} from '../domain/labels';

/**
 * What each audit action is called in the log. Every action the server writes has one:
 * tests/domain/audit-present.test.ts scans server/ for the actions written and fails on one missing here,
 * and holds the entries the console's catalogue also names (auditActions.*) equal to it.
 */
const prefixed = (resource: string, labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([action, label]) => [`${resource}.${action}`, label]));

const BASE: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.password_changed': '修改密码',
  'auth.logout': '退出登录',

  'staff.create': '新建工作人员',
  'staff.update': '修改工作人员',
  'staff.disable': '停用工作人员',
  'staff.enable': '启用工作人员',
  'staff.unlock': '解除锁定',
  'staff.reset_password': '重置密码',
  'orgs.create': '新建机构',
  'orgs.update': '修改机构',
  'orgs.delete': '删除机构',
  'notifications.resend': '重新发送短信',
  'settings.update': '修改设置',
  'auditLogs.export': '导出审计日志',
  'auditLogs.verify': '校验审计日志完整性',
  'backups.create': '备份数据',
  'backups.restore': '恢复数据',

  'units.create': '线下窗口注册单位',
  'units.update': '修改单位信息',
  'units.activate': '激活单位',
  'units.freeze': '冻结单位',
  'units.unfreeze': '解冻单位',
  'units.cancel': '注销单位',
  'units.resetPassword': '重置单位密码',
  'units.quota': '调整单位名额',
  'units.pii_reveal': '查看单位完整信息',
  ...prefixed('units.sign_in_check', SIGN_IN_CHECK_AUDIT_LABELS),
  'operators.create': '新增经办人',
  'operators.update': '修改经办人',
  'operators.disable': '停用经办人',
  'operators.enable': '启用经办人',
  'operators.delete': '删除经办人',
  'operators.pii_reveal': '查看经办人完整信息',
  'businessItems.create': '新增业务事项',
  'businessItems.update': '修改业务事项',
  'businessItems.delete': '删除业务事项',

  // Seals, grants and sign-in checks are named once, in server/domain/labels.ts.
  ...prefixed('seals', SEAL_AUDIT_LABELS),
  ...prefixed('sealGrants', SEAL_GRANT_AUDIT_LABELS),
  ...prefixed('signInEvents', SIGN_IN_EVENT_AUDIT_LABELS),
  'files.view': '查看材料',

  'institutions.create': '登记机构',
  'institutions.update': '修改机构信息',
  'institutions.open': '开通机构',
  'institutions.changeAdmin': '变更机构管理员',
  'institutions.resetPassword': '重置机构密码',
  'institutions.disable': '停用机构',
  'institutions.enable': '启用机构',
  'institutions.pii_reveal': '查看机构管理员完整信息',

  'appeals.submit': '提交申诉',
  'appeals.claim': '领取申诉',
  'appeals.assign': '分派申诉',
  'appeals.check': '审核申诉材料',
  'appeals.approve': '通过申诉',
  'appeals.reject': '驳回申诉',
  'appeals.request_supplement': '要求补正材料',
  'appeals.supplement_received': '收到补正材料',
  'appeals.merge': '合并重复申诉',
  'appeals.merged_in': '重复申诉并入',
  'appeals.pii_reveal': '查看申诉完整个人信息',
  'rejectReasons.create': '新增驳回原因',
  'rejectReasons.update': '修改驳回原因',
  'rejectReasons.delete': '删除驳回原因',
  'workCalendar.create': '新增日历条目',
  'workCalendar.update': '修改日历条目',
  'workCalendar.delete': '删除日历条目',

  'titleApplications.submit': '提交职称申报',
  'titleApplications.resubmit': '重新提交职称申报',
  'titleApplications.claim': '领取职称申报',
  'titleApplications.reassign': '转派职称申报',
  'titleApplications.pass': '职称审核通过',
  'titleApplications.approve': '职称终审通过',
  'titleApplications.return': '退回职称申报',
  'titleApplications.reject': '职称审核不通过',
  'titleApplications.forward': '职称申报送审',
  'titleApplications.pii_reveal': '查看申报人完整证件号码',
  'titleApplications.withdraw': '撤回职称申报',
  'titleApplications.urge': '催办职称申报',
  'submissionBatches.create': '批量送审',
  'titlePlans.create': '新增申报事项',
  'titlePlans.update': '修改申报事项',
  'titlePlans.delete': '删除申报事项',
  'titlePlans.report_upload': '上传推荐报告',
  'titlePlans.result_sheet': '导出评审结果汇总表',
  'titleApplications.export': '导出职称申报列表',
  'auditOpinions.create': '新增常用意见',
  'auditOpinions.update': '修改常用意见',
  'auditOpinions.delete': '删除常用意见',
  'delegations.create': '委托审核',
  'delegations.end': '结束委托',

  'legacyAccounts.import': '导入历史账号',
  'legacyAccounts.upgrade': '历史用户升级',
  'legacyAccounts.upgrade_failed': '历史用户升级密码错误',
  'legacyAccounts.lock': '历史账号锁定',
  'legacyAccounts.unlock': '历史账号解锁',
};

/** A reveal beyond the hourly limit is written as `<reveal action>_refused` (server/security/revealLimit.ts). */
const REFUSED = Object.fromEntries(
  Object.entries(BASE)
    .filter(([action]) => action.endsWith('.pii_reveal') || action === 'files.view')
    .map(([action, label]) => [`${action}_refused`, `${label}（超出上限，已拒绝）`]),
);

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = { ...BASE, ...REFUSED };

/** The label of an action, or the action itself for one written before it had a label. */
export const actionLabel = (action: string) =>
  Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action] : action;
