/**
 * Institutions (机构) [004 §04 机构管理]: types, levels, the institution number and the
 * initial-password rule. Pure: no database, no HTTP.
 */

export const INSTITUTION_TYPES = [
  'hr_service', // 人力资源服务机构
  'postdoc', // 博士后工作站/流动站
  'continuing_education', // 专业技术人员继续教育基地
  'internship_base', // 就业见习示范基地
  'technical_school', // 技工院校
  'private_training_school', // 民办职业培训学校
  'high_skill_base', // 高技能人才培训基地
  'master_studio', // 技能大师工作室
  'sino_foreign_training', // 中外合作职业技能培训机构
  'foreign_owned_training', // 外商独资经营性职业培训机构
  'skill_appraisal', // 职业技能考核鉴定机构
  'skill_level_certification', // 职业技能等级认定机构
  'injury_rehab_medical', // 工伤康复协议医疗机构
  'other', // 其他
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const INSTITUTION_LEVELS = ['province', 'city', 'county'] as const;
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];

const LEVEL_LETTER: Record<InstitutionLevel, string> = { province: 'S', city: 'C', county: 'X' };

/**
 * 机构编号: `JG` + level letter (S 省 / C 市 / X 县) + the 6-digit division code + a 5-digit
 * sequence per (level, division), e.g. `JGC22010000012`. Read aloud over the phone it says where
 * the institution sits; the sequence is never reused, so a number never names two institutions.
 */
export function institutionNumber(level: InstitutionLevel, regionCode: string, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`invalid region code ${regionCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999)
    throw new Error(`sequence out of range ${sequence}`);
  return `JG${LEVEL_LETTER[level]}${regionCode}${String(sequence).padStart(5, '0')}`;
}

export const sequenceKey = (level: InstitutionLevel, regionCode: string) => `${LEVEL_LETTER[level]}${regionCode}`;

/**
 * The initial password: a prefix (a setting, default `Jl`) + the last six characters of the
 * administrator's ID number, an X kept upper case — Jiangsu's `Js292010` [004]. Reset returns to it.
 */
export function initialInstitutionPassword(prefix: string, adminIdNumber: string): string {
  const id = adminIdNumber.trim().toUpperCase();
  if (id.length < 6) throw new Error('ID number too short for the password rule');
  return `${prefix}${id.slice(-6)}`;
}

/** How the rule is told to the administrator by SMS: the rule, never the password. */
export const PASSWORD_RULE_TEXT = (prefix: string) => `“${prefix}”+管理员证件号码后六位（字母 X 大写）`;

/**
 * 所在地区 must fit the level: a 省级 institution sits at a province (`xx0000`), a 市级 at a city
 * (`xxxx00`, not the province), a 县级 at a county (the last two digits not 00). The code's own
 * existence (GB/T 2260) is checked elsewhere; this is only the level.
 */
export function regionLevelProblem(level: InstitutionLevel, regionCode: string): string | null {
  if (!/^\d{6}$/.test(regionCode)) return null;
  const isProvince = regionCode.endsWith('0000');
  const isCity = !isProvince && regionCode.endsWith('00');
  const isCounty = !regionCode.endsWith('00');
  if (level === 'province' && !isProvince) return '省级机构的所在地区应为省（自治区、直辖市）';
  if (level === 'city' && !isCity) return '市级机构的所在地区应为地级市（州、盟），请选择到市';
  if (level === 'county' && !isCounty) return '县级机构的所在地区应为县（市、区），请选择到县区';
  return null;
}
