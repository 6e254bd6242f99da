import { describe, expect, it } from 'vitest';
import { lookupRegion, regionChildren, regionFullName } from '../../server/domain/regions';
import {
  ID_REGION_PROBLEM,
  idRegionUnknown,
  regionCodeUnknown,
  residentIdCheckChar,
  residentIdProblem,
  USCC_REGION_PROBLEM,
  usccCheckChar,
  usccProblem,
  usccRegionUnknown,
  validateIdNumber,
} from '../../server/domain/validators';

const today = new Date('2026-11-22T00:00:00Z');
const id = (region: string) => `${region}19900101001` + residentIdCheckChar(`${region}19900101001`);
const uscc = (region: string) => `91${region}MA0000000` + usccCheckChar(`91${region}MA0000000`);

describe('GB/T 2260 lookup', () => {
  it('when the code is a listed county, then province, city and county are named and it is known', () => {
    expect(lookupRegion('220102')).toEqual({
      province: { code: '220000', name: '吉林省' },
      city: { code: '220100', name: '长春市' },
      county: { code: '220102', name: '南关区' },
      known: true,
    });
    expect(regionFullName('220102')).toBe('吉林省长春市南关区');
    expect(regionFullName('110101')).toBe('北京市东城区');
  });

  it('when the code is a province or a city, then it is known at that level', () => {
    expect(lookupRegion('220000')).toMatchObject({
      province: { name: '吉林省' },
      city: null,
      county: null,
      known: true,
    });
    expect(lookupRegion('220100')).toMatchObject({ city: { name: '长春市' }, county: null, known: true });
  });

  it('when a county was merged away (公主岭市 220381 → 220184), then the province and city stand and the county is unknown', () => {
    expect(lookupRegion('220381')).toEqual({
      province: { code: '220000', name: '吉林省' },
      city: { code: '220300', name: '四平市' },
      county: null,
      known: false,
    });
    expect(lookupRegion('220184').county?.name).toBe('公主岭市');
  });

  it('when the province does not exist, then nothing is found', () => {
    expect(lookupRegion('990101')).toEqual({ province: null, city: null, county: null, known: false });
    expect(lookupRegion('280101').province).toBeNull();
    expect(lookupRegion('22010')).toMatchObject({ province: null });
  });

  it('lists the provinces without a parent, and the children of a province and a city in code order', () => {
    const provinces = regionChildren();
    expect(provinces.map((p) => p.code)).toContain('220000');
    expect(provinces.map((p) => p.code)).toContain('810000');
    expect(provinces.every((p) => p.code.endsWith('0000'))).toBe(true);
    expect(regionChildren('220000').map((c) => c.name)).toContain('延边朝鲜族自治州');
    const counties = regionChildren('220100').map((c) => c.code);
    expect(counties).toContain('220102');
    expect([...counties].sort()).toEqual(counties);
    expect(regionChildren('990000')).toEqual([]);
  });
});

describe('region codes in ID numbers and USCCs', () => {
  it('when the province does not exist, then the ID number and the USCC are refused with the region message', () => {
    expect(residentIdProblem(id('990101'), { today })).toBe(ID_REGION_PROBLEM);
    expect(validateIdNumber('resident_id', id('280101'), { today })).toBe('证件号码前六位不是有效的行政区划代码');
    expect(usccProblem(uscc('990101'))).toBe(USCC_REGION_PROBLEM);
  });

  it('when the county was merged away, then the number is accepted and flagged', () => {
    expect(residentIdProblem(id('220381'), { today })).toBeNull();
    expect(idRegionUnknown('resident_id', id('220381'))).toBe(true);
    expect(usccProblem(uscc('220381'))).toBeNull();
    expect(usccRegionUnknown(uscc('220381'))).toBe(true);
    expect(regionCodeUnknown({ uscc: uscc('220102'), ids: [['resident_id', id('220381')]] })).toBe(true);
  });

  it('when the code is listed, or 100000 of a central authority, then nothing is flagged', () => {
    expect(idRegionUnknown('resident_id', id('220102'))).toBe(false);
    expect(usccProblem(uscc('100000'))).toBeNull();
    expect(usccRegionUnknown(uscc('100000'))).toBe(false);
    expect(regionCodeUnknown({ uscc: uscc('220100'), ids: [['resident_id', id('220104')]] })).toBe(false);
  });

  it('when the document is not a resident ID, then its number carries no region and is never flagged', () => {
    expect(idRegionUnknown('passport', 'E12345678')).toBe(false);
    expect(validateIdNumber('passport', 'E99012345')).toBeNull();
  });
});
