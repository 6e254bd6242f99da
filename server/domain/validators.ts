import { randomInt as cryptoRandomInt } from 'node:crypto';
import { beijingDate } from './workingDays';
import { CENTRAL_AUTHORITY_REGION, lookupRegion } from './regions';

/*
 * The identity rules of the public hall, as pure functions: the form schemas, the demo-data generator
 * and the tests share them. "Today" is always the Beijing calendar date of the instant handed in.
 */

// ---- 统一社会信用代码 (USCC), GB 32100-2015 ----

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 登记管理部门代码 (position 1). GB 32100-2015 itself lists 1 机构编制, 5 民政, 9 工商, Y 其他; the code
 * list kept under the standard has since assigned 2 外交, 3 司法行政 (律师事务所), 4 文化, 6 旅游, 7 宗教,
 * 8 工会, A 中央军委改革和编制办公室, G 公安, J 住建 (业主大会), N 农业农村 (集体经济组织), Q 侨联.
 * Units holding those codes (a 基层工会, a law firm, a village collective) employ staff and must be able to
 * register here, so they are accepted; the check character still catches mistyped codes.
 */
const USCC_AUTHORITIES = '123456789AGJNQY';

/** The 18th character from the first 17 (weights 3^i mod 31). Throws on characters outside the alphabet. */
export function usccCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) throw new RangeError(`not 17 USCC characters: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * null when the code is a well-formed USCC, else the reason, for the clerk: 18 characters of the standard's
 * alphabet (no I, O, S, V, Z), a known registering authority, a category code 1–9 (every authority numbers
 * its categories 1–9, 9 being 其他), a 6-digit division code (GB/T 2260) and the check character.
 * Upper case only: the form schemas upper-case the input first.
 */
export function usccProblem(code: string): string | null {
  const v = code ?? '';
  if (!v) return '请输入统一社会信用代码';
  if (v.length !== 18) return '统一社会信用代码应为 18 位';
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return '统一社会信用代码只能由数字和大写字母组成（不含 I、O、S、V、Z）';
  if (!USCC_AUTHORITIES.includes(v[0])) return '统一社会信用代码第 1 位（登记管理部门代码）无效';
  if (!/^[1-9]$/.test(v[1])) return '统一社会信用代码第 2 位（机构类别代码）无效';
  if (!/^\d{6}$/.test(v.slice(2, 8))) return '统一社会信用代码第 3–8 位应为行政区划代码';
  if (usccCheckChar(v.slice(0, 17)) !== v[17]) return '统一社会信用代码校验位不正确';
  if (v.slice(2, 8) !== CENTRAL_AUTHORITY_REGION && !lookupRegion(v.slice(2, 8)).province) return USCC_REGION_PROBLEM;
  return null;
}

export const USCC_REGION_PROBLEM = '统一社会信用代码第 3–8 位不是有效的行政区划代码';
export const ID_REGION_PROBLEM = '证件号码前六位不是有效的行政区划代码';

/**
 * True when a valid USCC's division code names a county or city the current GB/T 2260 list lacks (the
 * record is kept and flagged). 100000 (central authorities) is known.
 */
export function usccRegionUnknown(code: string | null | undefined): boolean {
  const division = (code ?? '').toUpperCase().slice(2, 8);
  return division.length === 6 && division !== CENTRAL_AUTHORITY_REGION && !lookupRegion(division).known;
}

export const isValidUscc = (code: string): boolean => usccProblem(code) === null;

// ---- 居民身份证号码, GB 11643-1999 ----

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character from the first 17 digits (ISO 7064 MOD 11-2). Throws on anything but 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return '10X98765432'[sum % 11];
}

/** The date if y-m-d exists on the calendar (no 2023-02-29), else null. */
function realDate(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** A real calendar date written 'YYYY-MM-DD', as UTC midnight; null for anything else. */
export function parseIsoDate(s: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  return m ? realDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * null when the number is a valid 18-character resident ID, else the reason: 17 digits and a check
 * character (x taken as X), and a birth date (characters 7–14) that exists, is not before 1900-01-01
 * and not after today.
 */
export function residentIdProblem(id: string, opts: { today?: Date } = {}): string | null {
  const v = (id ?? '').toUpperCase();
  if (!v) return '请输入身份证号码';
  if (!/^\d{17}[\dX]$/.test(v)) return '身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）';
  const birth = realDate(Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14)));
  if (!birth || birth.getUTCFullYear() < 1900 || isoOf(birth) > beijingDate(opts.today ?? new Date())) {
    return '身份证号码中的出生日期无效';
  }
  if (residentIdCheckChar(v.slice(0, 17)) !== v[17]) return '身份证号码校验位不正确';
  return lookupRegion(v.slice(0, 6)).province ? null : ID_REGION_PROBLEM;
}

/** True for a resident ID whose first six digits name a county the current list lacks (kept, flagged). */
export function idRegionUnknown(idType: string | null | undefined, idNumber: string | null | undefined): boolean {
  if (idType !== 'resident_id' || !/^\d{6}/.test(idNumber ?? '')) return false;
  return !lookupRegion(idNumber!.slice(0, 6)).known;
}

export const isValidResidentId = (id: string, opts: { today?: Date } = {}): boolean =>
  residentIdProblem(id, opts) === null;

export type IdType = 'resident_id' | 'passport' | 'hk_macao_permit' | 'taiwan_permit' | 'foreign_permanent';

/**
 * null when the number fits its document type, else the message for the form. Only the resident ID has a
 * published check; the others are checked for shape, leniently, since their formats have changed over
 * the years (old and new 台胞证, 外国人永久居留身份证 of 15 and 18 characters).
 */
export function validateIdNumber(idType: IdType, idNumber: string, opts: { today?: Date } = {}): string | null {
  const v = (idNumber ?? '').trim().toUpperCase();
  if (!v) return '请输入证件号码';
  switch (idType) {
    case 'resident_id':
      return residentIdProblem(v, opts);
    case 'passport':
      return /^[A-Z0-9]{5,17}$/.test(v) ? null : '护照号码应为 5–17 位字母或数字';
    case 'hk_macao_permit':
      return /^[HM]\d{8,10}$/.test(v) ? null : '港澳居民来往内地通行证号码应为 H 或 M 开头加 8–10 位数字';
    case 'taiwan_permit':
      return /^(\d{8}|[A-Z0-9]{10})$/.test(v) ? null : '台湾居民来往大陆通行证号码应为 8 位数字或 10 位字母数字';
    case 'foreign_permanent':
      return /^([A-Z0-9]{15}|[A-Z0-9]{18})$/.test(v) ? null : '外国人永久居留身份证号码应为 15 位或 18 位字母数字';
    default:
      return '证件类型无效';
  }
}

// ---- phone, account name, password ----

/** Mainland mobile: 11 digits, 1 then 3–9 (12345678901 is not a phone, though libphonenumber's default build accepts it). */
export const isMainlandMobile = (phone: string): boolean => /^1[3-9]\d{9}$/.test(phone ?? '');

/** A fixed line: area code 0 + 2–3 digits, then a 7–8 digit number, with or without the dash (`0431-88888888`). */
export const isLandline = (phone: string): boolean => /^0\d{2,3}-?[1-9]\d{6,7}$/.test(phone ?? '');

/** 联系电话: a mobile or a landline (a contact number, never the one an SMS goes to). */
export const isContactPhone = (phone: string): boolean => isMainlandMobile(phone) || isLandline(phone);
export const CONTACT_PHONE_RULE = '联系电话应为 11 位手机号或固定电话（区号 3–4 位，如 0431-88888888）';

export const ACCOUNT_NAME_RULE = '账号须为 8–20 位，以字母开头，只能包含字母、数字和下划线';
/** 法人账号 [000 §2, 001 §五]: 8–20 characters, starting with a letter (one appeal screen says 6–20; the majority wins). */
export const isValidAccountName = (name: string): boolean => /^[A-Za-z][A-Za-z0-9_]{7,19}$/.test(name ?? '');

/** Staff passwords may be long passphrases; unit passwords keep the public hall's 8–20 [004]. */
export const STAFF_PASSWORD_LIMITS = { min: 8, max: 64 } as const;
export const UNIT_PASSWORD_LIMITS = { min: 8, max: 20 } as const;

/** Length within limits (in characters, not UTF-16 units) and at least three of digits / lower / upper / special [004]. */
export function passwordProblem(password: string, limits: { min: number; max: number }): string | null {
  const p = password ?? '';
  const length = [...p].length;
  if (length < limits.min || length > limits.max) return `密码长度应为 ${limits.min}–${limits.max} 位`;
  const classes = [/\d/, /[a-z]/, /[A-Z]/, /[^A-Za-z0-9]/].filter((re) => re.test(p)).length;
  if (classes < 3) return '密码须至少包含数字、小写字母、大写字母、特殊字符中的三种';
  return null;
}

// ---- ID validity (证件有效期) ----

/** The hall's presets: 5年 / 10年 / 20年 / 长期有效, the terms a resident ID is issued for. */
export type IdValidityPreset = '5y' | '10y' | '20y' | 'long_term';
const PRESET_YEARS: Record<Exclude<IdValidityPreset, 'long_term'>, number> = { '5y': 5, '10y': 10, '20y': 20 };

/**
 * End date for a preset, 'YYYY-MM-DD'; 长期有效 → null. 29 Feb becomes 28 Feb in a non-leap end year.
 * Throws on a `from` that is not a real date: null already means 长期, so it cannot also mean "bad input".
 */
export function idValidToFromPreset(from: string, preset: IdValidityPreset): string | null {
  if (preset === 'long_term') return null;
  const start = parseIsoDate(from);
  if (!start) throw new RangeError(`invalid date ${from}`);
  const y = start.getUTCFullYear() + PRESET_YEARS[preset];
  const m = start.getUTCMonth() + 1;
  let d = start.getUTCDate();
  while (!realDate(y, m, d)) d--;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * null when the validity period is plausible and current, else the message; `to` null means 长期有效.
 * A document is valid through its end date. Messages about the start begin with 证件有效期开始 (the
 * forms file a message under the start field by that prefix).
 */
export function idValidityProblem(from: string, to: string | null, today: Date): string | null {
  const start = parseIsoDate(from);
  if (!start) return '证件有效期开始日期无效';
  const todayIso = beijingDate(today);
  if (isoOf(start) > todayIso) return '证件有效期开始日期不能晚于今天';
  if (to === null) return null;
  const end = parseIsoDate(to);
  if (!end) return '证件有效期结束日期无效';
  if (end <= start) return '证件有效期结束日期应晚于开始日期';
  if (isoOf(end) < todayIso) return '证件已过期';
  return null;
}

// ---- masking (as the guides' own screens show it) ----

/** `220102199001010075` → `220***********0075`; under 8 characters, all but the last 2 are hidden. */
export function maskIdNumber<T extends string | null | undefined>(id: T): T {
  if (!id) return id;
  if (id.length < 8) return ('*'.repeat(Math.max(id.length - 2, 0)) + id.slice(-2)) as T;
  return (id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4)) as T;
}

/** `13512347850` → `135****7850`; other lengths keep the first 3 and last 2 (very short ones only the last 2). */
export function maskPhone<T extends string | null | undefined>(phone: T): T {
  if (!phone) return phone;
  if (phone.length === 11) return (phone.slice(0, 3) + '****' + phone.slice(-4)) as T;
  if (phone.length <= 5) return ('*'.repeat(Math.max(phone.length - 2, 0)) + phone.slice(-2)) as T;
  return (phone.slice(0, 3) + '*'.repeat(phone.length - 5) + phone.slice(-2)) as T;
}

// ---- one-time passwords ----

/** No look-alikes (I/l/1, O/o/0) — the password is read out or typed from an SMS. */
const OTP_SETS = ['ABCDEFGHJKMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#@%&*!?'];

/**
 * 12 characters with all four classes, so it satisfies both the staff and the unit rules.
 * `randomInt(maxExclusive)` defaults to node's CSPRNG; tests may hand in their own.
 */
export function generateOneTimePassword(randomInt: (maxExclusive: number) => number = cryptoRandomInt): string {
  const all = OTP_SETS.join('');
  const chars = OTP_SETS.map((set) => set[randomInt(set.length)]);
  while (chars.length < 12) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/**
 * Edit forms only ever show masked values; when the same mask comes back, the clerk did not touch
 * the field and the stored value stands. A different masked string is not a value at all.
 * Returns the value to store, or `undefined` when the input is a mask that does not match.
 */
export function keepIfMasked(
  input: string | null | undefined,
  current: string | null,
  mask: (v: string) => string,
): string | null | undefined {
  if (input == null || input === '') return null;
  if (!input.includes('*')) return input;
  return current && mask(current) === input ? current : undefined;
}

// ---- region codes (GB/T 2260) on a stored record ----

/**
 * The record's `regionCodeUnknown` flag: true when its USCC (characters 3–8) or any of its resident ID
 * numbers (digits 1–6) carries a county code the current list lacks. Invalid provinces never get here —
 * the schemas refuse them.
 */
export function regionCodeUnknown(r: {
  uscc?: string | null;
  ids?: Array<[idType: string | null | undefined, idNumber: string | null | undefined]>;
}): boolean {
  return usccRegionUnknown(r.uscc) || (r.ids ?? []).some(([type, number]) => idRegionUnknown(type, number));
}
