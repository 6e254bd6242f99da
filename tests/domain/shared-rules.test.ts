import { describe, expect, it } from 'vitest';
import {
  generateOneTimePassword,
  idValidityProblem,
  idValidToFromPreset,
  isMainlandMobile,
  keepIfMasked,
  isValidAccountName,
  isValidResidentId,
  isValidUscc,
  maskIdNumber,
  maskPhone,
  passwordProblem,
  residentIdCheckChar,
  STAFF_PASSWORD_LIMITS,
  UNIT_PASSWORD_LIMITS,
  usccCheckChar,
  validateIdNumber,
} from '../../server/domain/validators';
import { createRng, residentId, uscc } from '../../db/seed/random';

const today = new Date('2026-11-22T00:00:00Z');

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard’s published example', () => expect(isValidUscc('91350100M000100Y43')).toBe(true));

  it.each([
    ['91350100M000100Y44', 'wrong check character'],
    ['91350100M000100Y4', '17 characters'],
    ['91350100M000100Y431', '19 characters'],
    ['91350100M00010OY43', 'letter O is not in the alphabet'],
    ['9135A100M000100Y43', 'division code with a letter'],
    ['01350100M000100Y43', 'registering authority 0 does not exist'],
    ['', 'empty'],
  ])('refuses %s (%s)', (code) => expect(isValidUscc(code)).toBe(false));

  it('accepts every code the demo generator makes, and computes their check character', () => {
    const rng = createRng(42);
    for (let i = 0; i < 200; i++) {
      const code = uscc(rng, '220100');
      expect(isValidUscc(code)).toBe(true);
      expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });
});

describe('居民身份证号码 (GB 11643-1999)', () => {
  it('accepts the standard’s example ending in X, and in lower case x', () => {
    expect(isValidResidentId('11010519491231002X', { today })).toBe(true);
    expect(isValidResidentId('11010519491231002x', { today })).toBe(true);
  });

  it.each([
    ['110105194912310021', 'wrong check digit'],
    ['11010519491231002', '17 characters'],
    ['1101051949123100A2', 'a letter inside'],
    ['110105202302290011', '29 Feb 2023 does not exist'],
    ['110105203001010011', 'born in the future'],
    ['110105189912310011', 'born before 1900'],
  ])('refuses %s (%s)', (id) => expect(isValidResidentId(id, { today })).toBe(false));

  it('accepts 29 Feb in a leap year when the check digit is right', () => {
    const first17 = '11010520000229001';
    expect(isValidResidentId(first17 + residentIdCheckChar(first17), { today })).toBe(true);
  });

  it('accepts every number the demo generator makes', () => {
    const rng = createRng(7);
    for (let i = 0; i < 200; i++) expect(isValidResidentId(residentId(rng, '220102'), { today })).toBe(true);
  });

  it('checks each document type by its own rule, with a Chinese message', () => {
    expect(validateIdNumber('resident_id', '11010519491231002X')).toBeNull();
    expect(validateIdNumber('resident_id', '110105194912310021')).toBe('身份证号码校验位不正确');
    expect(validateIdNumber('resident_id', '')).toBe('请输入证件号码');
    expect(validateIdNumber('passport', 'E12345678')).toBeNull();
    expect(validateIdNumber('passport', 'E1')).toMatch(/护照/);
    expect(validateIdNumber('hk_macao_permit', 'H12345678')).toBeNull();
    expect(validateIdNumber('hk_macao_permit', 'X12345678')).toMatch(/港澳/);
    expect(validateIdNumber('taiwan_permit', '12345678')).toBeNull();
    expect(validateIdNumber('foreign_permanent', 'USA123456789012')).toBeNull();
  });
});

describe('mainland mobile numbers', () => {
  it.each(['13512347850', '19912345678', '16612345678'])('accepts %s', (p) => expect(isMainlandMobile(p)).toBe(true));
  it.each(['12345678901', '1351234785', '135123478501', '23512347850', '135-1234-7850', ''])('refuses %s', (p) => expect(isMainlandMobile(p)).toBe(false));
});

describe('unit account names (8–20, letter first)', () => {
  it.each([
    ['abcdefgh', true],
    ['a'.repeat(20), true],
    ['Jl_unit2026', true],
    ['abcdefg', false],
    ['a'.repeat(21), false],
    ['1abcdefgh', false],
    ['_abcdefgh', false],
    ['abc defgh', false],
    ['单位账号abcdefgh', false],
  ])('%s → %s', (name, ok) => expect(isValidAccountName(name)).toBe(ok));
});

describe('passwords (at least three of digits, lower, upper, special)', () => {
  it.each([
    ['Admin@2026', STAFF_PASSWORD_LIMITS, null],
    ['admin2026', STAFF_PASSWORD_LIMITS, '密码须至少包含数字、小写字母、大写字母、特殊字符中的三种'],
    ['ADMIN@@@@', STAFF_PASSWORD_LIMITS, '密码须至少包含数字、小写字母、大写字母、特殊字符中的三种'],
    ['admin@2026', STAFF_PASSWORD_LIMITS, null],
    ['Ab1!', STAFF_PASSWORD_LIMITS, '密码长度应为 8–64 位'],
    ['Ab1!'.repeat(16), STAFF_PASSWORD_LIMITS, null],
    ['Ab1!'.repeat(16) + 'x', STAFF_PASSWORD_LIMITS, '密码长度应为 8–64 位'],
    ['Ab1!'.repeat(6), UNIT_PASSWORD_LIMITS, '密码长度应为 8–20 位'],
  ])('%s', (pw, limits, problem) => expect(passwordProblem(pw, limits)).toBe(problem));

  it('one-time passwords always satisfy both rules and avoid look-alike characters', () => {
    for (let i = 0; i < 300; i++) {
      const pw = generateOneTimePassword();
      expect(pw).toHaveLength(12);
      expect(passwordProblem(pw, UNIT_PASSWORD_LIMITS)).toBeNull();
      expect(pw).not.toMatch(/[O0l1I]/);
    }
  });
});

describe('ID validity presets (5/10/20 years, 长期有效)', () => {
  it.each([
    ['2020-03-15', '5y', '2025-03-15'],
    ['2020-03-15', '10y', '2030-03-15'],
    ['2020-03-15', '20y', '2040-03-15'],
    ['2020-02-29', '5y', '2025-02-28'],
    ['2020-02-29', '20y', '2040-02-29'],
    ['2020-03-15', 'long_term', null],
  ] as const)('%s + %s → %s', (from, preset, to) => expect(idValidToFromPreset(from, preset)).toBe(to));

  it('checks a validity period against today', () => {
    expect(idValidityProblem('2020-01-01', '2030-01-01', today)).toBeNull();
    expect(idValidityProblem('2020-01-01', null, today)).toBeNull();
    expect(idValidityProblem('2020-01-01', '2025-01-01', today)).toBe('证件已过期');
    expect(idValidityProblem('2027-01-01', null, today)).toBe('证件有效期开始日期不能晚于今天');
    expect(idValidityProblem('2020-01-01', '2019-01-01', today)).toBe('证件有效期结束日期应晚于开始日期');
    expect(idValidityProblem('2020-02-30', null, today)).toBe('证件有效期开始日期无效');
  });
});

describe('edits that send a masked value back', () => {
  it('keep the stored value for its own mask, take a new full value, refuse a foreign mask, clear on empty', () => {
    expect(keepIfMasked('135****7850', '13512347850', maskPhone)).toBe('13512347850');
    expect(keepIfMasked('13900001111', '13512347850', maskPhone)).toBe('13900001111');
    expect(keepIfMasked('135****0000', '13512347850', maskPhone)).toBeUndefined();
    expect(keepIfMasked('', '13512347850', maskPhone)).toBeNull();
    expect(keepIfMasked(undefined, '13512347850', maskPhone)).toBeNull();
  });
});

describe('masking, as the guides’ own screens show it', () => {
  it('masks an ID number to its first 3 and last 4', () => expect(maskIdNumber('220102199001010075')).toBe('220***********0075'));
  it('masks a phone to its first 3 and last 4', () => expect(maskPhone('13512347850')).toBe('135****7850'));
  it('masks short values but for their last two, and passes empty values through', () => {
    expect(maskIdNumber('H123')).toBe('**23');
    expect(maskIdNumber(null)).toBeNull();
    expect(maskPhone('')).toBe('');
  });
});
