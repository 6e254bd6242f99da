import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkRow,
  csvRecords,
  mapHeader,
  parseLegacyFile,
  sniff,
} from '../../server/modules/legacy-accounts/legacy-accounts.parser';
import { legacyDigest, verifyLegacyPassword } from '../../server/modules/legacy-accounts/legacy-accounts.hash';
import { LEGACY_DEMO_USCC } from '../../db/seed/legacyAccounts';

const SHA = crypto
  .createHash('sha256')
  .update('s1' + 'Jiu@123456')
  .digest('hex');
const MD5 = crypto
  .createHash('md5')
  .update('s1' + 'Jiu@123456')
  .digest('hex');
const EN = [
  'uscc',
  'name',
  'legacySystem',
  'legacyAccount',
  'passwordAlgo',
  'passwordSalt',
  'passwordHash',
  'legalRepName',
];
const header = mapHeader(EN);
const good = [LEGACY_DEMO_USCC, '长春市演示有限公司', '长春旧系统', 'cc01', 'sha256', 's1', SHA, '李历史'];
const withCell = (i: number, v: string) => good.map((c, j) => (j === i ? v : c));

describe('the legacy digests (hex(ALGO(salt + password)))', () => {
  it.each([
    ['sha256', SHA],
    ['md5', MD5],
  ] as const)('when %s is stored, then the right password verifies and a wrong one does not', (algo, stored) => {
    expect(legacyDigest(algo, 's1', 'Jiu@123456')).toBe(stored);
    expect(verifyLegacyPassword(algo, 's1', stored, 'Jiu@123456')).toBe(true);
    expect(verifyLegacyPassword(algo, 's1', stored, 'Jiu@1234567')).toBe(false);
    expect(verifyLegacyPassword(algo, 's2', stored, 'Jiu@123456')).toBe(false);
  });

  it('when the salt is empty, then the digest is of the password alone; a damaged stored digest never verifies', () => {
    expect(verifyLegacyPassword('md5', null, crypto.createHash('md5').update('pw').digest('hex'), 'pw')).toBe(true);
    expect(verifyLegacyPassword('sha256', 's1', SHA.slice(0, 40), 'Jiu@123456')).toBe(false);
  });
});

describe('the import header', () => {
  it('when the titles are English, Chinese, mixed case or BOM-prefixed, then each column is found by its title', () => {
    expect(mapHeader(EN).passwordHash).toBe(6);
    expect(
      mapHeader(['法定代表人', '统一社会信用代码', '单位名称', '原系统', '原账号', '密码算法', '盐值', '密码摘要']),
    ).toMatchObject({ legalRepName: 0, uscc: 1, passwordHash: 7 });
    expect(
      mapHeader([
        '\uFEFFUSCC',
        'Name',
        'LEGACYSYSTEM',
        'legacyaccount',
        'passwordAlgo',
        'passwordSalt',
        'passwordHash',
        'legalRepName',
      ]).uscc,
    ).toBe(0);
  });

  it('when a column is missing, then 400 names it in both languages', () => {
    expect(() => mapHeader(EN.filter((c) => c !== 'passwordAlgo'))).toThrow(/passwordAlgo（密码算法）/);
  });
});

describe('each row refusal', () => {
  it('when the row is right, then it is read with the hash lower-cased and an empty salt as null', () => {
    expect(checkRow(2, withCell(6, SHA.toUpperCase()), header)).toMatchObject({
      row: 2,
      uscc: LEGACY_DEMO_USCC,
      passwordHash: SHA,
      passwordSalt: 's1',
    });
    expect(checkRow(2, withCell(5, ''), header)).toMatchObject({ passwordSalt: null });
  });

  it.each([
    [
      'a wrong USCC check character',
      0,
      LEGACY_DEMO_USCC.slice(0, 17) + (LEGACY_DEMO_USCC[17] === '0' ? '1' : '0'),
      '统一社会信用代码',
    ],
    ['no name', 1, '', '单位名称不能为空'],
    ['no old system', 2, ' ', '原系统不能为空'],
    ['no old account', 3, '', '原账号不能为空'],
    ['an unknown algorithm', 4, 'sha1', 'sha256 或 md5'],
    ['a non-hex hash', 6, 'g'.repeat(64), '64 位十六进制'],
    ['an md5-length hash for sha256', 6, MD5, '64 位十六进制'],
    ['no legal representative', 7, '', '法定代表人不能为空'],
    ['a very long salt', 5, 'x'.repeat(101), '盐值超过'],
  ])('when the row has %s, then it is refused with the reason', (_what, i, value, reason) => {
    const r = checkRow(5, withCell(i, value), header);
    expect(r).toEqual({ row: 5, reason: expect.stringContaining(reason) });
  });
});

describe('reading the file', () => {
  it('when a CSV has quoted commas, doubled quotes and CRLF, then the records come out whole', () => {
    expect([...csvRecords('a,"b,c","d""e"\r\nf,,g\n')]).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f', '', 'g'],
    ]);
  });

  it('when the same USCC or old account appears twice, then the later row is refused naming the first', async () => {
    const again = withCell(3, 'cc02');
    const otherUscc = ['91220102MA0LEG0028', ...good.slice(1)];
    const csv = [EN.join(','), good.join(','), again.join(','), otherUscc.join(',')].join('\n');
    const { rows, skipped } = await parseLegacyFile(Buffer.from(csv));
    expect(rows).toHaveLength(1);
    expect(skipped[0]).toEqual({ row: 3, reason: '统一社会信用代码与第 2 行重复' });
    expect(skipped[1].row).toBe(4);
  });

  it('when the bytes are neither a zip nor UTF-8 text, then 400', () => {
    expect(sniff(Buffer.from('uscc,name\n'))).toBe('csv');
    expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('xlsx');
    expect(() => sniff(Buffer.from([0xff, 0xfe, 0x41]))).toThrow(/UTF-8/);
  });
});
