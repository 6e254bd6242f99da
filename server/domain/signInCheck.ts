import type { UnitPeople } from './seals';

export type SignInMethod = 'essc_scan' | 'jishiban_scan' | 'password';
export type CheckKey =
  | 'unit_active'
  | 'person_on_record'
  | 'identity_match'
  | 'operator_active'
  | 'operator_valid_today'
  | 'essc_activated'
  | 'legal_rep_registered';
/** `ok: null` is "unknown": the hall has not reported anything to judge by; it does not block. */
export interface Check {
  key: CheckKey;
  ok: boolean | null;
  message: string;
  fix: string | null;
}

/** The step of seed 002 that cures each failing check, as the clerk reads it to the caller. */
export const SIGN_IN_FIXES: Record<CheckKey, string> = {
  unit_active: '单位账号当前不能登录：冻结的请联系所在地人社部门解除冻结，待激活的请先完成账号激活，已注销的须重新注册',
  person_on_record: '请法定代表人登录吉事办APP，在【我的】→【我的经办人】中添加该经办人并完成人脸验证',
  identity_match:
    '请核对姓名、证件类型和证件号码与单位登记的一致；登记有误的，请法定代表人在吉事办APP【我的经办人】中点击【编辑】更正，法定代表人信息有误的请提交信息变更申诉',
  operator_active: '该经办人已被停用或删除，请法定代表人登录吉事办APP，在【我的】→【我的经办人】中重新添加该经办人',
  operator_valid_today:
    '请法定代表人登录吉事办APP，在【我的】→【我的经办人】中点击该经办人的【编辑】，修改有效期后再扫码登录',
  essc_activated: '请经办人打开支付宝或微信小程序，搜索“电子社保卡”，点击登录并完成激活后，再用扫一扫登录',
  legal_rep_registered:
    '请法定代表人先在吉事办网上注册（吉林省网上办事大厅 http://zwfw.jl.gov.cn/jlszwfw/）完成法人注册，注册的法定代表人须与社保系统内登记的一致；法定代表人已变更的，请先提交信息变更申诉',
};

export interface HallReport {
  outcome: 'succeeded' | 'failed';
  reason: string | null;
}

export interface SignInCheckInput {
  unit: UnitPeople & { status: string };
  typed: { name: string; idType: string; idNumber: string };
  method: SignInMethod;
  today: string;
  /** The hall's last report of this person's e-SSC scans / of this unit's 吉事办 scans, if any. */
  lastEssc?: HallReport;
  lastJishiban?: HallReport;
}

const norm = (s: string) => s.trim().toUpperCase();

function check(key: CheckKey, ok: boolean | null, message: string): Check {
  return { key, ok, message, fix: ok === false ? SIGN_IN_FIXES[key] : null };
}

/**
 * Why a scan sign-in is refused, one check per condition of seed 002. The recorded person is found by
 * ID number first, then by name, so a typo in either still names the element that differs; the
 * recorded values are never part of a message.
 */
export function runSignInCheck(i: SignInCheckInput): { verdict: 'ok' | 'blocked'; checks: Check[] } {
  const checks: Check[] = [];
  const { unit, typed } = i;
  checks.push(
    check(
      'unit_active',
      unit.status === 'active',
      unit.status === 'active' ? '单位账号状态正常' : '单位账号不是正常状态',
    ),
  );

  const people = [
    { kind: 'legal_rep' as const, name: unit.legalRepName, idType: unit.idType, idNumber: unit.idNumber, op: null },
    ...unit.operators.map((o) => ({
      kind: 'operator' as const,
      name: o.name,
      idType: o.idType,
      idNumber: o.idNumber,
      op: o,
    })),
  ];
  const person =
    people.find((p) => norm(p.idNumber) === norm(typed.idNumber)) ??
    people.find((p) => p.name.trim() === typed.name.trim());
  checks.push(
    check(
      'person_on_record',
      !!person,
      person
        ? `来电人是本单位登记的${person.kind === 'legal_rep' ? '法定代表人' : '经办人'}`
        : '本单位登记的法定代表人和经办人中没有此人',
    ),
  );
  if (person) {
    const differs = [
      ...(person.name.trim() !== typed.name.trim() ? ['姓名'] : []),
      ...(person.idType !== typed.idType ? ['证件类型'] : []),
      ...(norm(person.idNumber) !== norm(typed.idNumber) ? ['证件号码'] : []),
    ];
    checks.push(
      check(
        'identity_match',
        differs.length === 0,
        differs.length ? `${differs.join('、')}与登记的不一致` : '姓名、证件类型、证件号码与登记一致',
      ),
    );
    if (person.op) {
      const active = person.op.status === 'active';
      checks.push(check('operator_active', active, active ? '经办人状态正常' : '经办人已被停用'));
      const valid = person.op.validTo >= i.today;
      checks.push(
        check(
          'operator_valid_today',
          valid,
          valid ? `经办人有效期至 ${person.op.validTo}` : `经办人有效期已于 ${person.op.validTo} 结束`,
        ),
      );
    }
  }
  if (i.method === 'essc_scan') {
    const r = i.lastEssc;
    const ok = !r ? null : r.outcome === 'succeeded' ? true : r.reason === 'essc_not_activated' ? false : null;
    checks.push(
      check(
        'essc_activated',
        ok,
        ok === null
          ? '网厅未报告该人员的电子社保卡激活情况'
          : ok
            ? '电子社保卡已激活'
            : '网厅报告该人员的电子社保卡未激活',
      ),
    );
  }
  if (i.method === 'jishiban_scan') {
    const r = i.lastJishiban;
    const ok = !r ? null : r.outcome === 'succeeded' ? true : r.reason === 'legal_rep_mismatch' ? false : null;
    checks.push(
      check(
        'legal_rep_registered',
        ok,
        ok === null
          ? '网厅未报告本单位吉事办法人注册情况'
          : ok
            ? '吉事办注册的法定代表人与登记一致'
            : '吉事办注册的法定代表人与登记的不一致',
      ),
    );
  }
  return { verdict: checks.some((c) => c.ok === false) ? 'blocked' : 'ok', checks };
}
