import { describe, expect, it } from 'vitest';
import * as t from '../../server/sms/templates';

const unit = { name: '长春市宏达机械有限公司', account: 'hongda01' };
const inst = {
  adminName: '王敏',
  institutionName: '吉林省人才交流中心',
  number: 'JG2200000001',
  passwordRule: '“Rs@”+管理员证件号码后六位（字母 X 大写）',
};
const title = { applicantName: '王秀兰', titleName: '副主任医师', planName: '2026年度卫生系列高级职称申报' };
const ordinary = { type: 'info_change' as const, name: unit.name };

/** One example of every message; a template added without an example here fails the coverage check below. */
const examples: Record<string, string> = {
  appealApproved: t.appealApproved({ ...ordinary, account: null, result: '已修改：联系电话', note: '已电话核实' }),
  appealRejected: t.appealRejected({ ...ordinary, reason: '申诉授权书未加盖单位公章' }),
  appealMerged: t.appealMerged({ ...ordinary, intoId: 1024 }),
  appealSupplementRequested: t.appealSupplementRequested({
    ...ordinary,
    items: '1.营业执照（照片模糊）',
    note: '请上传原件照片',
  }),
  unitRegisteredOffline: t.unitRegisteredOffline(unit),
  unitActivated: t.unitActivated(unit),
  unitFrozen: t.unitFrozen({ name: unit.name, reason: '涉嫌冒用' }),
  unitUnfrozen: t.unitUnfrozen(unit),
  unitCancelled: t.unitCancelled({ name: unit.name, reason: '单位已注销登记' }),
  unitPasswordReset: t.unitPasswordReset(unit),
  institutionOpened: t.institutionOpened(inst),
  institutionAdminChanged: t.institutionAdminChanged(inst),
  institutionPasswordReset: t.institutionPasswordReset(inst),
  institutionDisabled: t.institutionDisabled({ ...inst, reason: '机构撤销' }),
  institutionEnabled: t.institutionEnabled(inst),
  sealVoided: t.sealVoided({ unitName: unit.name, sealName: '合同专用章', by: '李娜' }),
  // Opinions typed with their own 。 (as reviewers do) must not end up doubled.
  titleUrged: t.titleUrged({
    reviewerName: '陈刚',
    fromOrgName: '长春市人力资源和社会保障局',
    actorName: '赵丽',
    applicationId: 12,
    applicantName: '王秀兰',
    message: '已超期，请于本周内办结',
  }),
  titleReturned: t.titleReturned({
    ...title,
    orgName: '长春市中心医院',
    modules: '学历信息、论文著作',
    opinion: '请补充学位证书编号，附件字迹清晰。',
    deadline: '2026-11-16',
  }),
  titleApproved: t.titleApproved({ ...title, orgName: '吉林省人力资源和社会保障厅' }),
  titleRejected: t.titleRejected({
    ...title,
    orgName: '长春市卫生健康委员会',
    opinion: '任现职年限不足，不符合申报条件。',
  }),
  legacyUpgraded: t.legacyUpgraded({
    name: unit.name,
    account: unit.account,
    legacySystem: '长春市人社网上服务大厅（旧）',
  }),
};

describe('SMS templates', () => {
  it('when every template is listed, then each example exists', () => {
    const templates = Object.entries(t)
      .filter(([k, v]) => typeof v === 'function' && k !== 'sentence')
      .map(([k]) => k);
    expect(Object.keys(examples).sort()).toEqual(templates.sort());
  });

  it.each(Object.entries(examples))(
    'when %s is built, then it starts with the signature exactly once',
    (_name, text) => {
      expect(text.startsWith(t.SMS_PREFIX)).toBe(true);
      expect(text.split(t.SMS_PREFIX)).toHaveLength(2);
      expect(text).not.toContain('。。');
      expect(text).not.toContain('undefined');
    },
  );

  it('when an appeal is rejected, then the text names the subject, the reason and the hotline', () => {
    expect(examples.appealRejected).toBe(
      `【人社网上办事大厅】您提交的账号申诉（修改企业信息申诉，${unit.name}）未通过审核，原因：申诉授权书未加盖单位公章。如有疑问请咨询 0431-80767550。`,
    );
  });

  it('when an assisted registration is approved, then the text gives the new account to activate', () => {
    expect(
      t.appealApproved({
        type: 'assisted_registration',
        name: unit.name,
        account: 'hongda01',
        result: '已创建单位账号 hongda01（待激活）',
      }),
    ).toBe(
      `【人社网上办事大厅】您提交的账号申诉（辅助企业注册申诉，${unit.name}）已审核通过。单位账号：hongda01，请登录网上办事大厅完成账号激活并设置密码。`,
    );
  });

  it('when a password is reset, then the secret stays a placeholder for the outbox', () => {
    expect(examples.unitPasswordReset).toContain('临时密码：{{secret}}');
  });

  it.each([
    ['appealRejected', (r: string) => t.appealRejected({ ...ordinary, reason: r })],
    ['unitFrozen', (r: string) => t.unitFrozen({ name: unit.name, reason: r })],
    ['unitCancelled', (r: string) => t.unitCancelled({ name: unit.name, reason: r })],
    ['institutionDisabled', (r: string) => t.institutionDisabled({ ...inst, reason: r })],
    [
      'appealSupplementRequested',
      (r: string) => t.appealSupplementRequested({ ...ordinary, items: '1.营业执照', note: r }),
    ],
  ])('when the clerk ends the reason of %s with 。, then the SMS has no 。。', (_name, build) => {
    expect(build('材料不全。')).toBe(build('材料不全'));
    expect(build('材料不全。')).not.toContain('。。');
  });
});

describe('sentence()', () => {
  it.each([
    ['材料不全', '材料不全。'],
    ['材料不全。', '材料不全。'],
    ['材料是否齐全？', '材料是否齐全？'],
    ['请尽快补正！', '请尽快补正！'],
    ['材料不全。 ', '材料不全。'],
    ['营业执照（照片模糊）', '营业执照（照片模糊）。'],
  ])('when given %j, then it gives %j', (input, out) => {
    expect(t.sentence(input)).toBe(out);
  });
});

describe('title application SMS', () => {
  it('when an application is returned to the applicant, then the text names the modules, the opinion once-stopped and the date to resubmit by', () => {
    expect(examples.titleReturned).toBe(
      '【人社网上办事大厅】王秀兰您好，您申报的职称（副主任医师，2026年度卫生系列高级职称申报）经长春市中心医院审核需修改以下模块：学历信息、论文著作。审核意见：请补充学位证书编号，附件字迹清晰。请于 2026-11-16 前登录网上办事大厅修改后重新提交。',
    );
  });

  it('when the opinion has no full stop, then one is added, and with one, none is', () => {
    const without = t.titleRejected({ ...title, orgName: '长春市卫生健康委员会', opinion: '任现职年限不足' });
    expect(without).toContain('审核意见：任现职年限不足。如有疑问');
    expect(examples.titleRejected).toContain('审核意见：任现职年限不足，不符合申报条件。如有疑问');
  });
});
