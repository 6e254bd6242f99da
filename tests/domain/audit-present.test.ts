import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../client/i18n/zh';
import { AUDIT_ACTION_LABELS } from '../../server/audit/actionLabels';
import {
  FIELD_LABELS,
  RESOURCE_LABELS,
  ROLE_LABELS,
  VALUE_LABEL_SOURCES,
  VALUE_LABELS,
} from '../../server/audit/fieldLabels';
import { humanSummary, presentAuditRow } from '../../server/audit/present';
import { describeChanges, describeFields } from '../../server/audit/record';
import {
  INSTITUTION_EVENT_LABELS,
  OPERATOR_EVENT_LABELS,
  SEAL_EVENT_LABELS,
  STAFF_EVENT_LABELS,
  UNIT_EVENT_LABELS,
} from '../../server/domain/labels';
import { AUDIT_VERB } from '../../server/domain/workflows/titleApplications.workflow';
import { valueAt } from '../helpers/catalogue';

const ROOT = join(__dirname, '../../server');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const sources = files(ROOT).map((f) => readFileSync(f, 'utf8'));

const CATALOGUE_PREFIXES = [...sources.join('\n').matchAll(/auditPrefix: '(\w+)'/g)].map((m) => m[1]);
const events = (labels: Record<string, string>) => Object.keys(labels);
/** Every template an action is written with, and what it stands for; a new template fails until it is added here. */
const TEMPLATES: Record<string, string[]> = {
  'units.${event}': events(UNIT_EVENT_LABELS).map((e) => `units.${e}`),
  'institutions.${event}': events(INSTITUTION_EVENT_LABELS).map((e) => `institutions.${e}`),
  'operators.${event}': events(OPERATOR_EVENT_LABELS).map((e) => `operators.${e}`),
  'staff.${event}': events(STAFF_EVENT_LABELS).map((e) => `staff.${e}`),
  'seals.${event}': events(SEAL_EVENT_LABELS)
    .filter((e) => e !== 'void')
    .map((e) => `seals.${e}`),
  '${spec.auditPrefix}.${verb}': CATALOGUE_PREFIXES.flatMap((p) =>
    ['create', 'update', 'delete'].map((v) => `${p}.${v}`),
  ),
  'titleApplications.${AUDIT_VERB[event]}': Object.values(AUDIT_VERB).map((v) => `titleApplications.${v}`),
  'titleApplications.${AUDIT_VERB.claim}': ['titleApplications.claim'],
  'titleApplications.${AUDIT_VERB.reassign}': ['titleApplications.reassign'],
  'titleApplications.${AUDIT_VERB.forward}': ['titleApplications.forward'],
  'titleApplications.${AUDIT_VERB.resubmit}': ['titleApplications.resubmit'],
};

/** The actions written anywhere in server/: `action: '…'` literals, `audit(tx, '…')` calls, the templates above, and the refusals of reveals. */
function writtenActions(): string[] {
  const found = new Set<string>();
  for (const src of sources) {
    for (const line of src.split('\n')) {
      if (!/action: '|audit\(tx, /.test(line)) continue;
      for (const m of line.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)'/g)) found.add(m[1]);
    }
    for (const m of src.matchAll(/action: `([^`]+)`/g)) {
      if (m[1] === '${entry.action}_refused') continue;
      expect(TEMPLATES, `the action template \`${m[1]}\``).toHaveProperty([m[1]]);
      TEMPLATES[m[1]].forEach((a) => found.add(a));
    }
  }
  for (const a of [...found]) if (a.endsWith('.pii_reveal') || a === 'files.view') found.add(`${a}_refused`);
  return [...found].sort();
}

const row = (over: Partial<Parameters<typeof presentAuditRow>[0]>) =>
  presentAuditRow({
    id: 1,
    at: '2026-03-02T01:00:00.000Z',
    actorId: 1,
    actorName: '张三',
    action: 'units.update',
    resource: 'units',
    resourceId: '7',
    summary: '',
    ip: null,
    prevHash: null,
    hash: null,
    ...over,
  });

describe('the audit log reads in Chinese', () => {
  it('when the server writes an action anywhere, then it has a Chinese label', () => {
    const actions = writtenActions();
    expect(actions.length).toBeGreaterThan(80);
    expect(actions.filter((a) => !Object.hasOwn(AUDIT_ACTION_LABELS, a))).toEqual([]);
    expect(actions).toEqual(
      expect.arrayContaining([
        'seals.void',
        'units.sign_in_check.pii_reveal',
        'files.view',
        'auth.logout',
        'auth.locked',
        'workCalendar.delete',
      ]),
    );
  });

  it('when the console names an action too, then both say the same', () => {
    for (const [action, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      const shown = valueAt(zh, `auditActions.${action}`);
      if (typeof shown === 'string') expect(shown, action).toBe(label);
    }
  });

  it('when a resource or field is labelled, then the label is the catalogue’s', () => {
    for (const [resource, name] of Object.entries(RESOURCE_LABELS))
      expect(valueAt(zh, `resources.${resource}.name`), resource).toBe(name);
    for (const [resource, fields] of Object.entries(FIELD_LABELS))
      for (const [field, label] of Object.entries(fields))
        expect(valueAt(zh, `resources.${resource}.fields.${field}`), `${resource}.${field}`).toBe(label);
    for (const [role, label] of Object.entries(ROLE_LABELS)) expect(valueAt(zh, `app.roles.${role}`)).toBe(label);
    expect(Object.keys(VALUE_LABELS)).toEqual(Object.keys(VALUE_LABEL_SOURCES));
    for (const [resource, fields] of Object.entries(VALUE_LABEL_SOURCES))
      for (const [field, path] of Object.entries(fields))
        expect(VALUE_LABELS[resource][field], `${resource}.${field}`).toEqual(valueAt(zh, path));
  });

  it('when a summary lists created fields, then it reads with labels and masked values', () => {
    const summary = `线下窗口注册；${describeFields({ uscc: '91220101MA0000001X', name: '长春甲公司', idNumber: '220102199001010075', phone: '13512347850' })}；材料 3 份`;
    const text = humanSummary('units', summary);
    expect(text).toBe(
      '线下窗口注册；统一社会信用代码：91220101MA0000001X；单位名称：长春甲公司；证件号码：220***********0075；手机号码：135****7850；材料 3 份',
    );
    expect(
      humanSummary('institutions', describeFields({ name: '长春人才市场', type: 'hr_service', level: 'city' })),
    ).toBe('机构名称：长春人才市场；机构类型：人力资源服务机构；机构层级：市级');
    expect(humanSummary('reject-reasons', describeFields({ text: '材料不清晰', sortOrder: 0, active: true }))).toBe(
      '驳回原因：材料不清晰；排序：0；启用：是',
    );
  });

  it('when a summary lists changes, then it says what changed from what to what', () => {
    expect(
      humanSummary(
        'staff',
        describeChanges({ name: '甲', roles: ['appeal_agent'] }, { name: '乙', roles: ['sysadmin', 'appeal_agent'] }),
      ),
    ).toBe('姓名 由 甲 改为 乙；角色 由 申诉客服 改为 系统管理员、申诉客服');
    expect(humanSummary('units', '申诉 #99 修改字段：name、legalRepName')).toBe('申诉 #99 修改了 单位名称、法定代表人');
    expect(humanSummary('units', 'phone: 13512347850 → 13912341234')).toBe('手机号码 由 135****7850 改为 139****1234');
  });

  it('when an approved appeal creates its unit, then the row does not read as a window registration', () => {
    const r = row({
      action: 'units.create',
      summary: `申诉辅助注册（申诉 #99）；${describeFields({ uscc: '91220101MA0000001X', name: '长春甲公司' })}`,
    });
    expect(r.actionLabel).toBe('申诉通过后创建单位');
    expect(r.summaryText).toBe(
      '通过申诉 #99 创建单位账号（待激活）：统一社会信用代码：91220101MA0000001X；单位名称：长春甲公司',
    );
    expect(row({ action: 'units.create', summary: '线下窗口注册；name=乙' }).actionLabel).toBe('线下窗口注册单位');
  });

  it('when a row is about a record, then it names the record in Chinese and refers to it', () => {
    const r = row({
      action: 'titleApplications.claim',
      resource: 'title-applications',
      resourceId: '12',
      summary: '领取申报 张三',
    });
    expect(r).toMatchObject({
      actionLabel: '领取职称申报',
      resourceLabel: '职称申报',
      objectLabel: '职称申报 #12',
      objectRef: { resource: 'title-applications', id: '12' },
    });
    const s = row({
      action: 'settings.update',
      resource: 'settings',
      resourceId: null,
      summary: 'appeals.deadlineWorkingDays: value: 3 → 5',
    });
    expect(s).toMatchObject({
      objectLabel: '业务设置「申诉办理时限（工作日）」',
      objectRef: { resource: 'settings', id: 'appeals.deadlineWorkingDays' },
      summaryText: '申诉办理时限（工作日） 由 3 改为 5',
    });
    expect(row({ action: 'auth.login_failed', resource: 'staff', resourceId: null }).objectRef).toBeNull();
  });
});
