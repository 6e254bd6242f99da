import { lookupRegion, regionChildren } from '../../server/domain/regions';
import { residentIdCheckChar, usccCheckChar } from '../../server/domain/validators';

/** mulberry32: a tiny seeded generator, so `npm run seed` gives the same data every time. */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  return { next, int, pick, chance, digits };
}
export type Rng = ReturnType<typeof createRng>;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉斌宇浩凯健俊帆帅旭宁婷雪琳晶颖倩欣悦晨阳思雨佳怡子涵博文泽瑞嘉昊天一鸣志远海峰建国立新春梅丹丹'.split(
    '',
  );

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
}

/** 吉林省 cities with their administrative-division codes (the first six digits of IDs and USCCs). */
export const REGIONS = [
  { name: '吉林省长春市', code: '220100', short: '长春' },
  { name: '吉林省长春市朝阳区', code: '220104', short: '长春' },
  { name: '吉林省长春市南关区', code: '220102', short: '长春' },
  { name: '吉林省吉林市', code: '220200', short: '吉林' },
  { name: '吉林省吉林市船营区', code: '220204', short: '吉林' },
  { name: '吉林省四平市', code: '220300', short: '四平' },
  { name: '吉林省通化市', code: '220500', short: '通化' },
  { name: '吉林省延边朝鲜族自治州延吉市', code: '222401', short: '延吉' },
  { name: '吉林省松原市', code: '220700', short: '松原' },
  { name: '吉林省白城市', code: '220800', short: '白城' },
] as const;

/** Generated numbers carry a division the GB/T 2260 list holds, so demo and test records pass and are not flagged. */
function listedRegion(code: string) {
  if (code !== '100000' && !lookupRegion(code).known) throw new RangeError(`not a listed GB/T 2260 division: ${code}`);
}

/** A listed county within the division `code` (its first), for the people of a record placed there. */
export function countyIn(code: string): string {
  const city = code.endsWith('0000') ? regionChildren(code)[0]?.code : `${code.slice(0, 4)}00`;
  return regionChildren(city)[0]?.code ?? code;
}

/** A valid 18-digit resident ID number born between the given years. */
export function residentId(rng: Rng, region: string, fromYear = 1960, toYear = 2000): string {
  listedRegion(region);
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const first17 = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${rng.digits(3)}`;
  return first17 + residentIdCheckChar(first17);
}

const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid USCC: 9 (工商) + type + region + 9-char organisation code + check char. */
export function uscc(rng: Rng, region: string, registrar: '9' | '1' | '5' = '9'): string {
  listedRegion(region);
  const type = registrar === '9' ? rng.pick(['1', '2', '3']) : '1';
  const org = Array.from({ length: 9 }, () => rng.pick(USCC_BODY.split(''))).join('');
  const first17 = `${registrar}${type}${region}${org}`;
  return first17 + usccCheckChar(first17);
}

export function mobile(rng: Rng): string {
  return (
    rng.pick([
      '130',
      '131',
      '132',
      '135',
      '136',
      '137',
      '138',
      '139',
      '150',
      '151',
      '155',
      '158',
      '159',
      '177',
      '180',
      '186',
      '187',
      '189',
    ]) + rng.digits(8)
  );
}

const COMPANY_WORDS = [
  '华信',
  '长青',
  '鼎盛',
  '恒远',
  '北方',
  '松江',
  '瑞丰',
  '博远',
  '金桥',
  '众诚',
  '天宇',
  '宏达',
  '新程',
  '雪域',
  '白山',
  '汇通',
  '卓越',
  '嘉禾',
  '润泽',
  '同创',
];
const COMPANY_TRADES = [
  '科技',
  '商贸',
  '建设工程',
  '物流',
  '医药',
  '农业发展',
  '信息技术',
  '人力资源服务',
  '餐饮管理',
  '汽车零部件',
  '文化传媒',
  '环保科技',
  '机械制造',
  '食品',
];
const COMPANY_FORMS = ['有限公司', '有限责任公司', '股份有限公司'];

export function companyName(rng: Rng, city: string): string {
  return `${city}市${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}${rng.pick(COMPANY_FORMS)}`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A day between `daysBack` and `daysBackMin` days before `now`. */
export function pastDate(rng: Rng, now: Date, daysBack: number, daysBackMin = 0): Date {
  return new Date(now.getTime() - rng.int(daysBackMin * 86400, daysBack * 86400) * 1000);
}
