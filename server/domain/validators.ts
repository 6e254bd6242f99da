import { randomInt as cryptoRandomInt } from 'node:crypto';

// ---- 统一社会信用代码 (USCC), GB 32100-2015 ----

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a USCC from its first 17 (weights 3^i mod 31). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * 18 characters from the standard's alphabet; position 1 is the registering authority
 * (1 机构编制, 5 民政, 9 工商, Y 其他 and the other codes the standard allows), 3–8 the division code.
 */
export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  if (!/^[1-9A-HJ-NPQRTUWY]/.test(code)) return false;
  if (!/^\d{6}$/.test(code.slice(2, 8))) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

// ---- 居民身份证号码, GB 11643-1999 ----

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return '10X98765432'[sum % 11];
}

/** A real calendar date 'YYYYMMDD' or 'YYYY-MM-DD'. */
function realDate(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export function parseIsoDate(s: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  return m ? realDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 17 digits + check char (x accepted as X), with a birth date that exists, not in the future, not before 1900. */
export function isValidResidentId(id: string, opts: { today?: Date } = {}): boolean {
  const v = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const birth = realDate(Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14)));
  if (!birth || birth.getUTCFullYear() < 1900 || birth > (opts.today ?? new Date())) return false;
  return residentIdCheckChar(v.slice(0, 17)) === v[17];
}

export type IdType = 'resident_id' | 'passport' | 'hk_macao_permit' | 'taiwan_permit' | 'foreign_permanent';

/** null when the number fits its document type, else the message for the form. */
export function validateIdNumber(idType: IdType, idNumber: string): string | null {
  const v = (idNumber ?? '').trim().toUpperCase();
  if (!v) return '请输入证件号码';
  switch (idType) {
    case 'resident_id': {
      if (!/^\d{17}[\dX]$/.test(v)) return '身份证号码应为 18 位（最后一位可为 X）';
      const birth = realDate(Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14)));
      if (!birth || birth.getUTCFullYear() < 1900 || birth > new Date()) return '身份证号码中的出生日期无效';
      return residentIdCheckChar(v.slice(0, 17)) === v[17] ? null : '身份证号码校验位不正确';
    }
    case 'passport':
      return /^[A-Z0-9]{5,17}$/.test(v) ? null : '护照号码应为 5–17 位字母或数字';
    case 'hk_macao_permit':
      return /^[HM]\d{8,10}$/.test(v) ? null : '港澳居民来往内地通行证号码应为 H 或 M 开头加 8–10 位数字';
    case 'taiwan_permit':
      return /^(\d{8}|[A-Z0-9]{10})$/.test(v) ? null : '台湾居民来往大陆通行证号码应为 8 位数字或 10 位字母数字';
    case 'foreign_permanent':
      return /^([A-Z0-9]{15}|[A-Z0-9]{18})$/.test(v) ? null : '外国人永久居留身份证号码应为 15 或 18 位';
    default:
      return '证件类型无效';
  }
}

// ---- phone, account name, password ----

/** Mainland mobile: 11 digits starting 13–19 (12345678901 is not a phone). */
export const isMainlandMobile = (phone: string) => /^1[3-9]\d{9}$/.test(phone ?? '');

export const ACCOUNT_NAME_RULE = '账号须为 8–20 位，以字母开头，只能包含字母、数字和下划线';
/** 法人账号 [000 §2, 001 §五]: 8–20 characters, starting with a letter. */
export const isValidAccountName = (name: string) => /^[A-Za-z][A-Za-z0-9_]{7,19}$/.test(name ?? '');

export const STAFF_PASSWORD_LIMITS = { min: 8, max: 64 } as const;
export const UNIT_PASSWORD_LIMITS = { min: 8, max: 20 } as const;

/** Length within limits and at least three of digits / lower / upper / special [004]. */
export function passwordProblem(password: string, limits: { min: number; max: number }): string | null {
  const p = password ?? '';
  if (p.length < limits.min || p.length > limits.max) return `密码长度应为 ${limits.min}–${limits.max} 位`;
  const classes = [/\d/, /[a-z]/, /[A-Z]/, /[^A-Za-z0-9]/].filter((re) => re.test(p)).length;
  if (classes < 3) return '密码须至少包含数字、小写字母、大写字母、特殊字符中的三种';
  return null;
}

// ---- ID validity (证件有效期) ----

export type IdValidityPreset = '5y' | '10y' | '20y' | 'long_term';
const PRESET_YEARS: Record<Exclude<IdValidityPreset, 'long_term'>, number> = { '5y': 5, '10y': 10, '20y': 20 };

/** End date for a preset (长期有效 → null); 29 Feb becomes 28 Feb in a non-leap end year. */
export function idValidToFromPreset(from: string, preset: IdValidityPreset): string | null {
  if (preset === 'long_term') return null;
  const start = parseIsoDate(from);
  if (!start) throw new Error(`invalid date ${from}`);
  const y = start.getUTCFullYear() + PRESET_YEARS[preset];
  const m = start.getUTCMonth() + 1;
  let d = start.getUTCDate();
  while (!realDate(y, m, d)) d--;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** null when the validity period is plausible and current; `to` null means 长期有效. */
export function idValidityProblem(from: string, to: string | null, today: Date): string | null {
  const start = parseIsoDate(from);
  if (!start) return '证件有效期开始日期无效';
  if (start > today) return '证件有效期开始日期不能晚于今天';
  if (to === null) return null;
  const end = parseIsoDate(to);
  if (!end) return '证件有效期结束日期无效';
  if (end <= start) return '证件有效期结束日期应晚于开始日期';
  if (end.toISOString().slice(0, 10) < today.toISOString().slice(0, 10)) return '证件已过期';
  return null;
}

// ---- masking (as the guides' own screens show it) ----

/** `220102199001010075` → `220***********0075`. */
export function maskIdNumber<T extends string | null | undefined>(id: T): T {
  if (!id) return id;
  if (id.length < 8) return ('*'.repeat(Math.max(id.length - 2, 0)) + id.slice(-2)) as T;
  return (id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4)) as T;
}

/** `13512347850` → `135****7850`. */
export function maskPhone<T extends string | null | undefined>(phone: T): T {
  if (!phone) return phone;
  if (phone.length === 11) return (phone.slice(0, 3) + '****' + phone.slice(-4)) as T;
  if (phone.length <= 5) return ('*'.repeat(Math.max(phone.length - 2, 0)) + phone.slice(-2)) as T;
  return (phone.slice(0, 3) + '*'.repeat(phone.length - 5) + phone.slice(-2)) as T;
}

// ---- one-time passwords ----

const OTP_SETS = ['ABCDEFGHJKMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#@%&*!?'];

/** 12 characters with all four classes, no look-alikes (O/0, l/1): satisfies both staff and unit rules. */
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
export function keepIfMasked(input: string | null | undefined, current: string | null, mask: (v: string) => string): string | null | undefined {
  if (input == null || input === '') return null;
  if (!input.includes('*')) return input;
  return current && mask(current) === input ? current : undefined;
}
