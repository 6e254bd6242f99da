import type { SealType } from '../../db/schema/seals';
import type { SignInMethod } from './signInCheck';
import type { AppealEvent, AppealStatus } from './workflows/appeals.workflow';
import type { InstitutionEvent, InstitutionStatus } from './workflows/institutions.workflow';
import type { OperatorEvent, OperatorStatus } from './workflows/operators.workflow';
import type { GrantStatus, SealEvent, SealStatus } from './workflows/seals.workflow';
import type { StaffEvent, StaffStatus } from './workflows/staff.workflow';
import type { TitleApplicationStatus } from './workflows/titleApplications.workflow';
import type { UnitEvent, UnitStatus } from './workflows/units.workflow';

/**
 * The Chinese labels the server writes into errors, audit summaries and SMS texts, in one place so
 * they cannot drift from what the console shows: tests/domain/labels-catalogue.test.ts holds each
 * one equal to the zh catalogue's entry for the same key.
 */
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  submitted: '待受理',
  processing: '处理中',
  supplement_requested: '待补正',
  approved: '已通过',
  rejected: '已驳回',
  merged: '已合并',
};
export const APPEAL_EVENT_LABELS: Record<AppealEvent, string> = {
  claim: '领取',
  assign: '分派',
  approve: '通过',
  reject: '驳回',
  requestSupplement: '要求补正',
  receiveSupplement: '接收补正材料',
  checklist: '审核材料',
  merge: '合并',
};
export const APPEAL_MATERIAL_LABELS = {
  businessLicense: '企业营业执照原件',
  authorizationLetter: '申诉授权书',
  legalRepIdFront: '法人身份证（人像面）',
  legalRepIdBack: '法人身份证（国徽面）',
  operatorIdFront: '经办人身份证（人像面）',
  operatorIdBack: '经办人身份证（国徽面）',
  operatorHoldingId: '经办人手持身份证照片',
} as const;
/** The unit fields an appeal may change, as the appeal form names them. */
export const APPEAL_FIELD_LABELS = {
  uscc: '统一社会信用代码',
  name: '企业名称',
  legalPersonType: '法人类型',
  legalRepName: '法定代表人姓名',
  idType: '证件类型',
  idNumber: '法定代表人证件号码',
  idValidFrom: '证件有效期开始日期',
  idValidTo: '证件有效期结束日期',
  phone: '手机号码',
  account: '法人账号',
} as const;

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  pending_activation: '待激活',
  active: '正常',
  frozen: '冻结',
  cancelled: '注销',
};
export const UNIT_EVENT_LABELS: Record<UnitEvent, string> = {
  activate: '激活',
  freeze: '冻结',
  unfreeze: '解冻',
  cancel: '注销',
  resetPassword: '重置密码',
};

export const INSTITUTION_STATUS_LABELS: Record<InstitutionStatus, string> = {
  registered: '已登记',
  open: '已开通',
  disabled: '已停用',
};
export const INSTITUTION_EVENT_LABELS: Record<InstitutionEvent, string> = {
  open: '开通',
  changeAdmin: '变更管理员',
  resetPassword: '重置密码',
  disable: '停用',
  enable: '启用',
};

export const OPERATOR_STATUS_LABELS: Record<OperatorStatus, string> = { active: '正常', disabled: '已停用' };
export const OPERATOR_EVENT_LABELS: Record<OperatorEvent, string> = { disable: '停用', enable: '启用' };
export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = { active: '正常', disabled: '已停用' };
export const STAFF_EVENT_LABELS: Record<StaffEvent, string> = { disable: '停用', enable: '启用' };

export const SEAL_TYPE_LABELS: Record<SealType, string> = {
  official: '单位公章',
  finance: '财务专用章',
  contract: '合同专用章',
  hr: '人事专用章',
  invoice: '发票专用章',
  legal_rep: '法定代表人名章',
};
export const SEAL_STATUS_LABELS: Record<SealStatus, string> = { active: '正常', suspended: '已暂停', voided: '已作废' };
export const SEAL_EVENT_LABELS: Record<SealEvent, string> = { suspend: '暂停', restore: '恢复', void: '作废印章' };
export const SEAL_GRANT_STATUS_LABELS: Record<GrantStatus, string> = { active: '有效', revoked: '已撤销' };

export const TITLE_STATUS_LABELS: Record<TitleApplicationStatus, string> = {
  pending: '待审',
  awaiting_submission: '待送审',
  returned: '已退回',
  rejected: '不通过',
  approved: '已通过',
};

export const SEAL_APPLIED_BY_ROLE_LABELS: Record<'legal_rep' | 'admin' | 'operator', string> = {
  legal_rep: '法定代表人',
  admin: '管理员',
  operator: '经办人',
};
export const SIGN_IN_METHOD_LABELS: Record<SignInMethod, string> = {
  essc_scan: '电子社保卡扫码',
  jishiban_scan: '吉事办扫码',
  password: '账号密码',
};

/** The audit log's names for every seal, grant and sign-in action (`<resource>.<action>` in audit rows). */
export const SEAL_AUDIT_LABELS = {
  apply: '申请电子印章',
  void: '作废电子印章',
  suspend: '暂停电子印章',
  restore: '恢复电子印章',
} as const;
export const SEAL_GRANT_AUDIT_LABELS = { add: '添加被授权人', change: '修改授权有效期', revoke: '撤销授权' } as const;
export const SIGN_IN_EVENT_AUDIT_LABELS = { prune: '清理扫码登录记录' } as const;
export const SIGN_IN_CHECK_AUDIT_LABELS = {
  pii_reveal: '扫码登录核验',
  pii_reveal_refused: '扫码登录核验（超出上限，已拒绝）',
} as const;
export const LEGACY_AUDIT_LABELS = {
  import: '导入历史账号',
  upgrade: '历史用户升级',
  upgrade_failed: '历史用户升级密码错误',
  lock: '历史账号锁定',
  unlock: '历史账号解锁',
} as const;
