import { describe, expect, it } from 'vitest';
import {
  keepIfMasked,
  ACCOUNT_NAME_RULE,
  generateOneTimePassword,
  idValidityProblem,
  idValidToFromPreset,
  isMainlandMobile,
  isValidAccountName,
  isValidResidentId,
  isValidUscc,
  maskIdNumber,
  maskPhone,
  passwordProblem,
  residentIdCheckChar,
  residentIdProblem,
  STAFF_PASSWORD_LIMITS,
  UNIT_PASSWORD_LIMITS,
  usccCheckChar,
  usccProblem,
  validateIdNumber,
  type IdType,
  type IdValidityPreset,
} from '../../server/domain/validators';

/** 08:00 in Beijing on 22 Nov 2026: the Beijing date and the UTC date are the same day. */
const today = new Date('2026-11-22T00:00:00Z');
/** 04:00 in Beijing on 23 Nov 2026, still 22 Nov in UTC: "today" must be the Beijing date. */
const earlyMorningInBeijing = new Date('2026-11-23T04:00:00+08:00');

const withUsccCheck = (first17: string) => first17 + usccCheckChar(first17);
const withIdCheck = (first17: string) => first17 + residentIdCheckChar(first17);
/** A deterministic stand-in for crypto.randomInt. */
function seededRandomInt(seed: number) {
  let s = seed;
  return (max: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % max;
  };
}

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard’s published example 91350100M000100Y43', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['91220101MA0000000', '企业 registered with 市场监管 (9, 1)'],
    ['92220102MA0000000', '个体工商户 (9, 2)'],
    ['93220104MA0000000', '农民专业合作社 (9, 3)'],
    ['12220000MB0000000', '事业单位 registered with 机构编制 (1, 2)'],
    ['11220000MB0000000', '机关 (1, 1)'],
    ['51220100MJ0000000', '社会团体 registered with 民政 (5, 1)'],
    ['52220100MJ0000000', '民办非企业单位 (5, 2)'],
    ['Y1220101MA0000000', '其他 (Y, 1)'],
    ['31110000MD0200000', '律师事务所 registered with 司法行政 (3, 1)'],
    ['81220102MC0000001', '基层工会 (8, 1)'],
    ['N2220104MF0000000', '村级集体经济组织 (N, 2)'],
  ])('when the 17 characters %s (%s) get their computed check character, then the code is accepted', (first17) => {
    expect(isValidUscc(withUsccCheck(first17))).toBe(true);
  });

  it('computes the same check characters as worked out by hand', () => {
    expect(withUsccCheck('91220101MA0000000')).toBe('91220101MA00000000');
    expect(withUsccCheck('Y1220101MA0000000')).toBe('Y1220101MA0000000A');
    expect(withUsccCheck('81220102MC0000001')).toBe('81220102MC0000001N');
  });

  it('accepts a thousand generated codes, each with its computed check character', () => {
    const randomInt = seededRandomInt(2026);
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const body = () => Array.from({ length: 9 }, () => alphabet[randomInt(alphabet.length)]).join('');
    for (let i = 0; i < 1000; i++) {
      const code = withUsccCheck(`9${1 + randomInt(3)}220${randomInt(900) + 100}${body()}`);
      expect(isValidUscc(code), code).toBe(true);
    }
  });

  it.each([
    ['91350100M000100Y44', '统一社会信用代码校验位不正确', 'the check character is off by one'],
    ['91350100M000100Y4', '统一社会信用代码应为 18 位', 'it has 17 characters'],
    ['91350100M000100Y431', '统一社会信用代码应为 18 位', 'it has 19 characters'],
    [
      '91350100M00010OY43',
      '统一社会信用代码只能由数字和大写字母组成（不含 I、O、S、V、Z）',
      'the letter O is not in the alphabet',
    ],
    ['91350100m000100y43', '统一社会信用代码只能由数字和大写字母组成（不含 I、O、S、V、Z）', 'it is in lower case'],
    ['01350100M000100Y43', '统一社会信用代码第 1 位（登记管理部门代码）无效', 'registering authority 0 does not exist'],
    ['B1350100M000100Y43', '统一社会信用代码第 1 位（登记管理部门代码）无效', 'registering authority B does not exist'],
    ['90350100M000100Y43', '统一社会信用代码第 2 位（机构类别代码）无效', 'category 0 does not exist'],
    ['9A350100M000100Y43', '统一社会信用代码第 2 位（机构类别代码）无效', 'the category is a letter'],
    ['9135A100M000100Y43', '统一社会信用代码第 3–8 位应为行政区划代码', 'the division code has a letter'],
    ['', '请输入统一社会信用代码', 'it is empty'],
  ])('when the code is %s, then it is refused with “%s” (%s)', (code, message) => {
    expect(usccProblem(code)).toBe(message);
    expect(isValidUscc(code)).toBe(false);
  });

  it('refuses a generated code whose check character was changed', () => {
    const code = withUsccCheck('91220101MA1234567');
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(isValidUscc(wrong)).toBe(false);
  });

  it('will not compute a check character for characters outside the alphabet', () => {
    expect(() => usccCheckChar('91350100M00010OY4')).toThrow(RangeError);
    expect(() => usccCheckChar('9135')).toThrow(RangeError);
  });
});

describe('居民身份证号码 (GB 11643-1999)', () => {
  it('accepts the standard’s example 11010519491231002X, and the same with a lower-case x', () => {
    expect(isValidResidentId('11010519491231002X', { today })).toBe(true);
    expect(isValidResidentId('11010519491231002x', { today })).toBe(true);
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('computes the same check characters as worked out by hand', () => {
    expect(withIdCheck('22010220000229001')).toBe('22010220000229001X');
    expect(withIdCheck('22010219000101001')).toBe('220102190001010016');
    // 2·7+2·9+0·10+1·5+0·8+2·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+7·2 = 138; 138 mod 11 = 6 → '6'
    expect(residentIdCheckChar('22010219900101007')).toBe('6');
  });

  it('does not take the guides’ masking example 220102199001010075 for a real number (its check digit would be 6)', () => {
    expect(residentIdProblem('220102199001010075', { today })).toBe('身份证号码校验位不正确');
  });

  it('accepts a thousand generated numbers, each with its computed check character', () => {
    const randomInt = seededRandomInt(11643);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (let i = 0; i < 1000; i++) {
      const birth = `${1930 + randomInt(90)}${pad(1 + randomInt(12), 2)}${pad(1 + randomInt(28), 2)}`;
      const id = withIdCheck(`220102${birth}${pad(randomInt(1000), 3)}`);
      expect(isValidResidentId(id, { today }), id).toBe(true);
    }
  });

  it.each([
    ['110105194912310021', '身份证号码校验位不正确', 'the check digit is wrong'],
    [
      '11010519491231002Y',
      '身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）',
      'it ends in a letter other than X',
    ],
    ['11010519491231002', '身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）', 'it has 17 characters'],
    ['1101051949123100A2', '身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）', 'there is a letter inside'],
    ['', '请输入身份证号码', 'it is empty'],
  ])('when the number is %s, then it is refused with “%s” (%s)', (id, message) => {
    expect(residentIdProblem(id, { today })).toBe(message);
    expect(isValidResidentId(id, { today })).toBe(false);
  });

  describe('the birth date inside the number', () => {
    it.each([
      ['20000229', true, '29 Feb in the leap year 2000'],
      ['20240229', true, '29 Feb in the leap year 2024'],
      ['20230229', false, '29 Feb 2023 (not a leap year)'],
      ['19000229', false, '29 Feb 1900 (divisible by 100, not a leap year)'],
      ['19900431', false, '31 April'],
      ['19901301', false, 'month 13'],
      ['19900100', false, 'day 0'],
      ['19000101', true, '1 Jan 1900, the earliest date allowed'],
      ['18991231', false, '31 Dec 1899, before 1900'],
      ['20261122', true, 'today'],
      ['20261123', false, 'tomorrow'],
      ['20300101', false, 'years in the future'],
    ])('when the birth date is %s, then valid is %s (%s)', (birth, ok) => {
      const id = withIdCheck(`220102${birth}001`);
      expect(isValidResidentId(id, { today })).toBe(ok);
      expect(residentIdProblem(id, { today })).toBe(ok ? null : '身份证号码中的出生日期无效');
    });

    it('when it is already the 23rd in Beijing but still the 22nd in UTC, then a baby born on the 23rd is not “in the future”', () => {
      expect(isValidResidentId(withIdCheck('22010220261123001'), { today: earlyMorningInBeijing })).toBe(true);
    });
  });

  it('will not compute a check character for anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100X')).toThrow(RangeError);
    expect(() => residentIdCheckChar('110105')).toThrow(RangeError);
  });
});

describe('证件号码 by document type', () => {
  it.each<[IdType, string]>([
    ['resident_id', '11010519491231002X'],
    ['resident_id', '11010519491231002x'],
    ['resident_id', ' 11010519491231002X '],
    ['passport', 'E12345678'],
    ['passport', 'G1234'],
    ['passport', 'a1234567890123456'],
    ['hk_macao_permit', 'H12345678'],
    ['hk_macao_permit', 'M1234567890'],
    ['taiwan_permit', '12345678'],
    ['taiwan_permit', '1234567890'],
    ['taiwan_permit', '01234567B9'],
    ['foreign_permanent', 'USA123456789012'],
    ['foreign_permanent', '911234199001010012'],
  ])('when a %s number is %s, then it is accepted', (type, number) => {
    expect(validateIdNumber(type, number, { today })).toBeNull();
  });

  it.each<[IdType, string, string]>([
    ['resident_id', '110105194912310021', '身份证号码校验位不正确'],
    ['resident_id', withIdCheck('11010520230229001'), '身份证号码中的出生日期无效'],
    ['resident_id', withIdCheck('11010520300101001'), '身份证号码中的出生日期无效'],
    ['resident_id', '', '请输入证件号码'],
    ['resident_id', '   ', '请输入证件号码'],
    ['passport', 'E123', '护照号码应为 5–17 位字母或数字'],
    ['passport', 'E123456789012345678', '护照号码应为 5–17 位字母或数字'],
    ['passport', 'E1234-567', '护照号码应为 5–17 位字母或数字'],
    ['hk_macao_permit', 'X12345678', '港澳居民来往内地通行证号码应为 H 或 M 开头加 8–10 位数字'],
    ['hk_macao_permit', 'H1234567', '港澳居民来往内地通行证号码应为 H 或 M 开头加 8–10 位数字'],
    ['taiwan_permit', '1234567', '台湾居民来往大陆通行证号码应为 8 位数字或 10 位字母数字'],
    ['taiwan_permit', '123456789', '台湾居民来往大陆通行证号码应为 8 位数字或 10 位字母数字'],
    ['foreign_permanent', 'USA12345678901', '外国人永久居留身份证号码应为 15 位或 18 位字母数字'],
    ['foreign_permanent', 'USA1234567890123', '外国人永久居留身份证号码应为 15 位或 18 位字母数字'],
    ['passport', '', '请输入证件号码'],
  ])('when a %s number is “%s”, then the message is “%s”', (type, number, message) => {
    expect(validateIdNumber(type, number, { today })).toBe(message);
  });

  it('refuses a document type it does not know', () => {
    expect(validateIdNumber('driving_licence' as IdType, 'E12345678')).toBe('证件类型无效');
  });
});

describe('中国大陆手机号码', () => {
  it.each(['13512347850', '14700000000', '15912345678', '16612345678', '17712345678', '18812345678', '19912345678'])(
    'accepts %s',
    (phone) => expect(isMainlandMobile(phone)).toBe(true),
  );

  it.each([
    ['12345678901', 'the second digit is 2'],
    ['10012345678', 'the second digit is 0'],
    ['1351234785', '10 digits'],
    ['135123478501', '12 digits'],
    ['23512347850', 'it does not start with 1'],
    ['135-1234-7850', 'it has dashes'],
    ['+8613512347850', 'it has the country code'],
    ['', 'it is empty'],
  ])('refuses %s (%s)', (phone) => expect(isMainlandMobile(phone)).toBe(false));
});

describe('法人账号 names (8–20 characters, letter first)', () => {
  it.each([
    ['a'.repeat(7), false, '7 characters'],
    ['a'.repeat(8), true, '8 characters'],
    ['a'.repeat(20), true, '20 characters'],
    ['a'.repeat(21), false, '21 characters'],
    ['1abcdefgh', false, 'a digit first'],
    ['_abcdefgh', false, 'an underscore first'],
    ['Jl_unit2026', true, 'letters, digits and an underscore'],
    ['abc defgh', false, 'a space'],
    ['abc-defgh', false, 'a hyphen'],
    ['单位账号abcdefgh', false, 'Chinese characters'],
    ['', false, 'empty'],
  ])('when the name is “%s”, then valid is %s (%s)', (name, ok) => expect(isValidAccountName(name)).toBe(ok));

  it('explains the rule in the words the public hall uses', () => {
    expect(ACCOUNT_NAME_RULE).toBe('账号须为 8–20 位，以字母开头，只能包含字母、数字和下划线');
  });
});

describe('passwords (at least three of digits, lower case, upper case, special characters)', () => {
  const TOO_SIMPLE = '密码须至少包含数字、小写字母、大写字母、特殊字符中的三种';

  it.each<[string, string | null, string]>([
    ['admin2026', TOO_SIMPLE, 'two classes: lower case and digits'],
    ['ADMIN@@@@', TOO_SIMPLE, 'two classes: upper case and special'],
    ['Administrator', TOO_SIMPLE, 'two classes: upper and lower case'],
    ['12345678', TOO_SIMPLE, 'one class'],
    ['admin@2026', null, 'three classes: lower, special, digits'],
    ['Admin2026', null, 'three classes: upper, lower, digits'],
    ['ADMIN@2026', null, 'three classes: upper, special, digits'],
    ['Admin@2026', null, 'all four classes'],
  ])('when the password is %s, then the problem is %s (%s)', (password, problem) => {
    expect(passwordProblem(password, UNIT_PASSWORD_LIMITS)).toBe(problem);
    expect(passwordProblem(password, STAFF_PASSWORD_LIMITS)).toBe(problem);
  });

  it.each([
    ['Ab1!abc', UNIT_PASSWORD_LIMITS, '密码长度应为 8–20 位'],
    ['Ab1!abcd', UNIT_PASSWORD_LIMITS, null],
    ['Ab1!'.repeat(5), UNIT_PASSWORD_LIMITS, null],
    ['Ab1!'.repeat(5) + 'x', UNIT_PASSWORD_LIMITS, '密码长度应为 8–20 位'],
    ['Ab1!'.repeat(16), STAFF_PASSWORD_LIMITS, null],
    ['Ab1!'.repeat(16) + 'x', STAFF_PASSWORD_LIMITS, '密码长度应为 8–64 位'],
    ['', STAFF_PASSWORD_LIMITS, '密码长度应为 8–64 位'],
  ])('when the password is %s and the limits are %o, then the problem is %s', (password, limits, problem) => {
    expect(passwordProblem(password, limits)).toBe(problem);
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(passwordProblem('Ab1' + '😀'.repeat(17), UNIT_PASSWORD_LIMITS)).toBeNull();
  });

  it('keeps the staff and unit limits as the brief and the guides give them', () => {
    expect(STAFF_PASSWORD_LIMITS).toEqual({ min: 8, max: 64 });
    expect(UNIT_PASSWORD_LIMITS).toEqual({ min: 8, max: 20 });
  });
});

describe('one-time passwords', () => {
  const satisfiesEveryRule = (pw: string) => {
    expect(pw).toHaveLength(12);
    expect(pw).toMatch(/\d/);
    expect(pw).toMatch(/[a-z]/);
    expect(pw).toMatch(/[A-Z]/);
    expect(pw).toMatch(/[^A-Za-z0-9]/);
    expect(pw).not.toMatch(/[O0oIl1]/);
    expect(passwordProblem(pw, UNIT_PASSWORD_LIMITS)).toBeNull();
    expect(passwordProblem(pw, STAFF_PASSWORD_LIMITS)).toBeNull();
  };

  it('with the system’s randomness, always satisfy both rules and avoid look-alike characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const pw = generateOneTimePassword();
      satisfiesEveryRule(pw);
      seen.add(pw);
    }
    expect(seen.size).toBe(500);
  });

  it.each([
    ['always the first choice', () => 0],
    ['always the last choice', (max: number) => max - 1],
    ['a seeded generator', seededRandomInt(7)],
  ])('with %s, still satisfy both rules', (_label, randomInt) =>
    satisfiesEveryRule(generateOneTimePassword(randomInt)),
  );

  it('with the same randomness, give the same password', () => {
    expect(generateOneTimePassword(seededRandomInt(99))).toBe(generateOneTimePassword(seededRandomInt(99)));
  });
});

describe('证件有效期 presets (5年 / 10年 / 20年 / 长期有效)', () => {
  it.each<[string, IdValidityPreset, string | null]>([
    ['2020-03-15', '5y', '2025-03-15'],
    ['2020-03-15', '10y', '2030-03-15'],
    ['2020-03-15', '20y', '2040-03-15'],
    ['2020-03-15', 'long_term', null],
    ['2020-02-29', '5y', '2025-02-28'],
    ['2020-02-29', '10y', '2030-02-28'],
    ['2020-02-29', '20y', '2040-02-29'],
    ['2019-12-31', '5y', '2024-12-31'],
  ])('when the document was issued on %s for %s, then it ends on %s', (from, preset, to) => {
    expect(idValidToFromPreset(from, preset)).toBe(to);
  });

  it('refuses to compute an end date from a date that does not exist', () => {
    expect(() => idValidToFromPreset('2023-02-29', '10y')).toThrow(RangeError);
    expect(() => idValidToFromPreset('2020/03/15', '10y')).toThrow(RangeError);
  });
});

describe('证件有效期 checked against today', () => {
  it.each<[string, string | null, string | null, string]>([
    ['2020-01-01', '2030-01-01', null, 'a current document'],
    ['2020-01-01', null, null, 'a 长期有效 document'],
    ['2016-11-22', '2026-11-22', null, 'a document on its last day'],
    ['2026-11-22', '2036-11-22', null, 'a document issued today'],
    ['2016-11-21', '2026-11-21', '证件已过期', 'a document that expired yesterday'],
    ['2020-01-01', '2025-01-01', '证件已过期', 'a long-expired document'],
    ['2026-11-23', null, '证件有效期开始日期不能晚于今天', 'a document issued tomorrow'],
    ['2020-02-30', null, '证件有效期开始日期无效', 'a start date that does not exist'],
    ['', null, '证件有效期开始日期无效', 'no start date'],
    ['2020-01-01', '2030-02-30', '证件有效期结束日期无效', 'an end date that does not exist'],
    ['2020-01-01', '2019-01-01', '证件有效期结束日期应晚于开始日期', 'an end before the start'],
    ['2020-01-01', '2020-01-01', '证件有效期结束日期应晚于开始日期', 'an end on the start date'],
  ])('when it runs from %s to %s, then the problem is %s (%s)', (from, to, problem) => {
    expect(idValidityProblem(from, to, today)).toBe(problem);
  });

  it('when it is early morning in Beijing, then “today” is already the Beijing date', () => {
    expect(idValidityProblem('2026-11-23', null, earlyMorningInBeijing)).toBeNull();
    expect(idValidityProblem('2016-11-22', '2026-11-22', earlyMorningInBeijing)).toBe('证件已过期');
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
  it.each([
    ['220102199001010075', '220***********0075'],
    ['11010519491231002X', '110***********002X'],
    ['E12345678', 'E12**5678'],
    ['H1234567', 'H12*4567'],
    ['H123456', '*****56'],
    ['H123', '**23'],
    ['12', '12'],
  ])('when the ID number is %s, then it shows as %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('hides 11 of the 18 characters of a resident ID', () => {
    expect(maskIdNumber('220102199001010075').match(/\*/g)).toHaveLength(11);
  });

  it.each([
    ['13512347850', '135****7850'],
    ['043188889999', '043*******99'],
    ['8888888', '888**88'],
    ['12345', '***45'],
  ])('when the phone is %s, then it shows as %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it('passes empty values through as they are', () => {
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber(undefined)).toBeUndefined();
    expect(maskIdNumber('')).toBe('');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeUndefined();
    expect(maskPhone('')).toBe('');
  });
});
