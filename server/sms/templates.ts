import type { AppealType } from '../domain/workflows/appeals.workflow';
import { appealLabels } from '../domain/workflows/appeals.workflow';

/**
 * Every SMS the back office sends, one function per message, so services and the demo seed can
 * never drift apart and the signature is written once. Secrets stay `{{secret}}` placeholders:
 * the outbox fills them at send time and never stores them.
 */
export const SMS_PREFIX = '【人社网上办事大厅】';
export const HOTLINE = '0431-80767550';

const sms = (body: string) => SMS_PREFIX + body;

/** Ends a clerk-typed phrase with 。 unless it already ends a sentence, so a reason never yields 。。 */
export function sentence(text: string): string {
  return /[。！？!?.…]$/.test(text.trimEnd()) ? text.trimEnd() : `${text}。`;
}

const appealSubject = (a: { type: AppealType; name: string }) => `账号申诉（${appealLabels.type(a.type)}，${a.name}）`;
type AppealRef = { type: AppealType; name: string };

/** `result` is what the approval changed (e.g. 已修改：联系电话); `note` the agent's optional remark. */
export function appealApproved(a: AppealRef & { account: string | null; result: string; note?: string | null }) {
  const body =
    a.type === 'assisted_registration'
      ? `您提交的${appealSubject(a)}已审核通过。单位账号：${a.account}，请登录网上办事大厅完成账号激活并设置密码。`
      : `您提交的${appealSubject(a)}已审核通过，${sentence(a.result)}`;
  return sms(body + (a.note ? `备注：${a.note}` : ''));
}

export function appealRejected(a: AppealRef & { reason: string }) {
  return sms(`您提交的${appealSubject(a)}未通过审核，原因：${sentence(a.reason)}如有疑问请咨询 ${HOTLINE}。`);
}

/** `items` is the numbered list of materials to supply again (一次性告知). */
export function appealSupplementRequested(a: AppealRef & { items: string; note?: string | null }) {
  return sms(
    `您提交的${appealSubject(a)}需补正以下材料：${sentence(a.items)}${a.note ? `说明：${sentence(a.note)}` : ''}请登录网上办事大厅一次性补齐后重新提交，补正期间办理时限暂停计算。`,
  );
}

/** 合并: the duplicate's submitter learns which appeal continues, and that nothing needs sending again. */
export function appealMerged(a: AppealRef & { intoId: number }) {
  return sms(
    `您提交的${appealSubject(a)}与申诉（编号 ${a.intoId}）重复，已合并至该申诉继续办理，您提交的材料一并转入，无需重复提交；办理结果将短信告知。`,
  );
}

type UnitRef = { name: string; account: string };

export const unitRegisteredOffline = (u: UnitRef) =>
  sms(`${u.name}已在线下窗口开通单位账号。账号：${u.account}，临时密码：{{secret}}，首次登录须修改密码。`);
export const unitActivated = (u: UnitRef) =>
  sms(`${u.name}的单位账号（${u.account}）已激活，请登录网上办事大厅办理业务。`);
export const unitFrozen = (u: { name: string; reason: string }) =>
  sms(`${u.name}的单位账号已被冻结，原因：${sentence(u.reason)}如有疑问请联系所在地人社部门。`);
export const unitUnfrozen = (u: { name: string }) => sms(`${u.name}的单位账号已解除冻结，可正常登录。`);
export const unitCancelled = (u: { name: string; reason: string }) =>
  sms(`${u.name}的单位账号已注销，原因：${sentence(u.reason)}`);
export const unitPasswordReset = (u: UnitRef) =>
  sms(`${u.name}的单位账号（${u.account}）密码已重置，临时密码：{{secret}}，登录后须修改密码。`);

/** `passwordRule` is the rule's wording (PASSWORD_RULE_TEXT), never a password. */
type InstitutionAdminRef = { adminName: string; institutionName: string; number: string; passwordRule: string };

export const institutionOpened = (i: InstitutionAdminRef) =>
  sms(
    `${i.adminName}您好，${i.institutionName}已开通机构账号。账号：${i.number}，初始密码：${i.passwordRule}，首次登录须修改密码。`,
  );
export const institutionAdminChanged = (i: InstitutionAdminRef) =>
  sms(
    `${i.adminName}您好，您已成为${i.institutionName}的机构管理员。账号：${i.number}，密码已重置为：${i.passwordRule}，登录后须修改密码。`,
  );
export const institutionPasswordReset = (i: Omit<InstitutionAdminRef, 'institutionName'>) =>
  sms(`${i.adminName}您好，机构账号 ${i.number} 的密码已重置为：${i.passwordRule}，登录后须修改密码。`);
export const institutionDisabled = (i: { institutionName: string; number: string; reason: string }) =>
  sms(`${i.institutionName}（${i.number}）的机构账号已停用，原因：${sentence(i.reason)}如有疑问请联系所在地人社部门。`);
export const institutionEnabled = (i: { institutionName: string; number: string }) =>
  sms(`${i.institutionName}（${i.number}）的机构账号已恢复使用。`);

export const sealVoided = (s: { unitName: string; sealName: string; by: string }) =>
  sms(`${s.unitName}的电子印章「${s.sealName}」已作废，操作人：${s.by}。作废后所有被授权人均不能再使用该印章。`);

/** A title application as its SMS names it: the applicant and what they applied for. */
type TitleRef = { applicantName: string; titleName: string | null; planName: string };
const titleSubject = (a: TitleRef) => `您申报的职称（${a.titleName ? `${a.titleName}，` : ''}${a.planName}）`;

/** 退回申报人: the modules to correct (named), the reviewer's opinion and the date to resubmit by. */
export function titleReturned(a: TitleRef & { orgName: string; modules: string; opinion: string; deadline: string }) {
  return sms(
    `${a.applicantName}您好，${titleSubject(a)}经${a.orgName}审核需修改以下模块：${sentence(a.modules)}审核意见：${sentence(a.opinion)}请于 ${a.deadline} 前登录网上办事大厅修改后重新提交。`,
  );
}

export function titleApproved(a: TitleRef & { orgName: string }) {
  return sms(`${a.applicantName}您好，${titleSubject(a)}已通过全部审核（${a.orgName}）。`);
}

export function titleRejected(a: TitleRef & { orgName: string; opinion: string }) {
  return sms(
    `${a.applicantName}您好，${titleSubject(a)}经${a.orgName}审核未通过，审核意见：${sentence(a.opinion)}如有疑问请咨询所在单位人事部门。`,
  );
}

/** 催办 to each reviewer of the org holding an application: who urged, which application, their message. */
export function titleUrged(u: {
  reviewerName: string;
  fromOrgName: string;
  actorName: string;
  applicationId: number;
  applicantName: string;
  message: string;
}) {
  return sms(
    `${u.reviewerName}您好，${u.fromOrgName}${u.actorName}催办职称申报（编号 ${u.applicationId}，申报人 ${u.applicantName}）：${sentence(u.message)}请登录职称审核系统尽快办理。`,
  );
}

export const legacyUpgraded = (u: { name: string; account: string; legacySystem: string }) =>
  sms(
    `${u.name}已由${u.legacySystem}的历史账号升级为省网上办事大厅单位账号。账号：${u.account}，临时密码：{{secret}}，首次登录须修改密码；原系统账号不再使用。`,
  );
