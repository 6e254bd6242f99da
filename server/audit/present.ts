import type { auditLogs } from '../../db/schema';
import { SETTINGS } from '../domain/settings';
import { actionLabel } from './actionLabels';
import { FIELD_LABELS, RESOURCE_LABELS, ROLE_LABELS, VALUE_LABELS } from './fieldLabels';
import { masker } from './record';

export type AuditRow = typeof auditLogs.$inferSelect;

export interface PresentedAuditRow extends AuditRow {
  actionLabel: string;
  /** 对象类型 in Chinese, e.g. 职称申报. */
  resourceLabel: string;
  /** 对象 in Chinese with its number, e.g. 职称申报 #12 or 业务设置「申诉办理时限（工作日）」. */
  objectLabel: string;
  /** The record the row is about, for a link; null when it names none (a failed login, an export). */
  objectRef: { resource: string; id: string } | null;
  summaryText: string;
}

/*
 * The stored rows are hash-chained and never rewritten: what a person reads is computed from them here,
 * each time they are shown. Summaries were written with field names (describeFields' `name=甲; phone=…`,
 * describeChanges' `name: 甲 → 乙`, "修改字段：name、phone"); they are read with the catalogue's labels.
 */

const KEY = '[a-z][A-Za-z]*';
const SEP = '(^|; |；|：|，)';
// An appeal's approval creating the unit writes `units.create`, as the window does; its summary says which.
const FROM_APPEAL = /^申诉辅助注册（申诉 #(\d+)）；/;

const isSetting = (key: string): key is keyof typeof SETTINGS => Object.hasOwn(SETTINGS, key);

function fieldLabel(resource: string, field: string): string {
  const fields = Object.hasOwn(FIELD_LABELS, resource) ? FIELD_LABELS[resource] : undefined;
  return fields && Object.hasOwn(fields, field) ? fields[field] : field;
}

/** `a,b` or `["a","b"]` (describeFields joins, describeChanges keeps the array). */
function listOf(v: string): string[] {
  if (!v.startsWith('[')) return v.split(',');
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed.map(String) : [v];
  } catch {
    return [v];
  }
}

const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined =>
  o && Object.hasOwn(o, k) ? o[k] : undefined;

function value(resource: string, field: string, raw: string): string {
  const v = raw.trim();
  const coded = own(own(VALUE_LABELS, resource), field);
  if (coded) return own(coded, v) ?? v;
  if (v === 'true') return '是';
  if (v === 'false') return '否';
  if (field === 'roles')
    return listOf(v)
      .map((r) => (Object.hasOwn(ROLE_LABELS, r) ? ROLE_LABELS[r] : r))
      .join('、');
  return masker(field)?.(v) ?? v;
}

/** The summary with field names replaced by labels and masked fields masked (again: it costs nothing). */
export function humanSummary(resource: string, summary: string): string {
  const label = (f: string) => fieldLabel(resource, f);
  return (
    summary
      // "修改字段：name、legalRepName" → "修改了 单位名称、法定代表人"
      .replace(
        new RegExp(`修改字段：(${KEY}(?:[、,]\\s*${KEY})*)`),
        (_, list: string) =>
          `修改了 ${list
            .split(/[、,]\s*/)
            .map(label)
            .join('、')}`,
      )
      // "phone: 135****7850 → 139****1234" → "手机号码 由 135****7850 改为 139****1234"
      .replace(
        new RegExp(`${SEP}(${KEY}): (.*?) → (.*?)(?=; |；|$)`, 'g'),
        (_, sep: string, f: string, from: string, to: string) =>
          `${sep}${label(f)} 由 ${value(resource, f, from)} 改为 ${value(resource, f, to)}`,
      )
      // "name=甲; sortOrder=0" → "单位名称：甲；排序：0"
      .replace(
        new RegExp(`${SEP}(${KEY})=(.*?)(?=; |；|$)`, 'g'),
        (_, sep: string, f: string, v: string) => `${sep}${label(f)}：${value(resource, f, v)}`,
      )
      .replaceAll('; ', '；')
  );
}

/** Settings rows name their key as the summary's start (`appeals.deadlineWorkingDays: value: 3 → 5`). */
function settingOf(row: AuditRow): keyof typeof SETTINGS | null {
  const key = row.resourceId ?? row.summary.match(/^([\w.]+): /)?.[1] ?? null;
  return key && isSetting(key) ? key : null;
}

export function presentAuditRow(row: AuditRow): PresentedAuditRow {
  const resourceLabel = Object.hasOwn(RESOURCE_LABELS, row.resource) ? RESOURCE_LABELS[row.resource] : row.resource;
  let label = actionLabel(row.action);
  let summaryText: string;
  let objectRef = row.resourceId ? { resource: row.resource, id: row.resourceId } : null;
  let objectLabel = row.resourceId ? `${resourceLabel} #${row.resourceId}` : resourceLabel;

  const setting = row.resource === 'settings' ? settingOf(row) : null;
  const fromAppeal = row.action === 'units.create' ? row.summary.match(FROM_APPEAL) : null;
  if (setting) {
    const change = row.summary.slice(row.summary.indexOf(': ') + 2).replace(/^value: /, '');
    summaryText = change
      ? `${SETTINGS[setting].label} 由 ${change.replace(' → ', ' 改为 ')}`
      : `${SETTINGS[setting].label} 未变化`;
    objectRef = { resource: 'settings', id: setting };
    objectLabel = `${resourceLabel}「${SETTINGS[setting].label}」`;
  } else if (fromAppeal) {
    label = '申诉通过后创建单位';
    summaryText = `通过申诉 #${fromAppeal[1]} 创建单位账号（待激活）：${humanSummary(row.resource, row.summary.slice(fromAppeal[0].length))}`;
  } else {
    summaryText = humanSummary(row.resource, row.summary);
  }
  return { ...row, actionLabel: label, resourceLabel, objectLabel, objectRef, summaryText };
}
