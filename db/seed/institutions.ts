import { sql } from 'drizzle-orm';
import { institutionAdminHistory, institutions, institutionSequences } from '../schema';
import {
  initialInstitutionPassword,
  institutionNumber,
  INSTITUTION_TYPES,
  sequenceKey,
  type InstitutionLevel,
} from '../../server/domain/institutions';
import { hashPassword } from '../../server/security/passwords';
import type { SeedContext } from './context';
import { countyIn, mobile, pastDate, personName, REGIONS, residentId } from './random';

const NAME_BY_TYPE: Record<(typeof INSTITUTION_TYPES)[number], string[]> = {
  hr_service: ['人力资源服务有限公司', '人才服务中心', '劳务派遣有限公司'],
  postdoc: ['博士后科研工作站', '博士后科研流动站'],
  continuing_education: ['专业技术人员继续教育基地'],
  internship_base: ['就业见习示范基地'],
  technical_school: ['技师学院', '高级技工学校'],
  private_training_school: ['职业培训学校'],
  high_skill_base: ['高技能人才培训基地'],
  master_studio: ['技能大师工作室'],
  sino_foreign_training: ['中外合作职业技能培训中心'],
  foreign_owned_training: ['职业培训有限公司（外商独资）'],
  skill_appraisal: ['职业技能鉴定所'],
  skill_level_certification: ['职业技能等级认定中心'],
  injury_rehab_medical: ['工伤康复医院'],
  other: ['人社服务站'],
};
const WORDS = [
  '北华',
  '长白山',
  '松花江',
  '净月',
  '东北',
  '汽车城',
  '一汽',
  '吉大',
  '华侨',
  '新区',
  '高新',
  '延边',
  '查干湖',
  '四平',
  '通化',
];

/** ~200 × scale institutions across types, levels and statuses; some opened ones have had earlier administrators. */
export async function seedInstitutions(ctx: SeedContext) {
  const { db, rng } = ctx;
  const prefix = 'Jl';
  const total = Math.round(200 * ctx.scale);
  const unitIds = db.all<{ id: number }>(sql`SELECT id FROM units ORDER BY id LIMIT 500`).map((r) => r.id);
  const sequences = new Map<string, number>();
  // One argon2 hash per distinct administrator is the slow part: past 250 of them (scale > 1) an
  // institution is seeded as one whose administrator has already chosen a password of their own
  // (a shared stand-in hash, mustChangePassword off), so no row claims the rule with a hash that breaks it.
  const hashes = new Map<string, string>();
  let chosenHash: string | undefined;
  const hashFor = async (idNumber: string): Promise<{ hash: string; followsRule: boolean }> => {
    const pw = initialInstitutionPassword(prefix, idNumber);
    if (hashes.has(pw)) return { hash: hashes.get(pw)!, followsRule: true };
    if (hashes.size < 250) {
      hashes.set(pw, await hashPassword(pw));
      return { hash: hashes.get(pw)!, followsRule: true };
    }
    chosenHash ??= await hashPassword('Demo@Chosen2026');
    return { hash: chosenHash, followsRule: false };
  };
  let histories = 0;
  for (let i = 0; i < total; i++) {
    const level: InstitutionLevel = rng.pick(['province', 'city', 'city', 'county', 'county']);
    const region = level === 'province' ? { name: '吉林省', code: '220000', short: '吉林省' } : rng.pick(REGIONS);
    const code =
      level === 'county' && region.code.endsWith('00') ? `${region.code.slice(0, 4)}0${rng.int(1, 4)}` : region.code;
    const key = sequenceKey(level, code);
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const type = rng.pick(INSTITUTION_TYPES);
    const createdAt = pastDate(rng, ctx.now, 720, 1);
    const status = rng.chance(0.25) ? 'registered' : rng.chance(0.85) ? 'open' : 'disabled';
    const opened = status !== 'registered';
    const openedAt = opened ? new Date(createdAt.getTime() + rng.int(1, 20) * 86_400_000) : null;
    const adminIdNumber = opened ? residentId(rng, countyIn(code)) : null;
    // Some opened institutions have changed administrator since: earlier ones run forward from the opening.
    const changes: Date[] = [];
    if (opened && rng.chance(0.2)) {
      let at = openedAt!;
      for (let h = rng.int(1, 2); h > 0; h--) {
        at = new Date(at.getTime() + rng.int(10, 120) * 86_400_000);
        if (at < ctx.now) changes.push(at);
      }
    }
    const adminSince = changes.at(-1) ?? openedAt;
    const password = adminIdNumber ? await hashFor(adminIdNumber) : null;
    const row = db
      .insert(institutions)
      .values({
        number: institutionNumber(level, code, seq),
        name: `${region.short.replace('吉林省', '吉林')}${rng.pick(WORDS)}${rng.pick(NAME_BY_TYPE[type])}`,
        type,
        level,
        region: region.name,
        regionCode: code,
        unitId: unitIds.length && rng.chance(0.5) ? rng.pick(unitIds) : null,
        address: `${region.name}${rng.pick(['人民大街', '解放路', '建设街', '重庆路', '吉林大路'])}${rng.int(1, 999)}号`,
        contactName: personName(rng),
        contactPhone: mobile(rng),
        status,
        statusReason: status === 'disabled' ? rng.pick(['年检不合格', '机构申请暂停', '资质到期未续']) : null,
        adminName: opened ? personName(rng) : null,
        adminIdType: opened ? 'resident_id' : null,
        adminIdNumber,
        adminPhone: opened ? mobile(rng) : null,
        adminSince: adminSince?.toISOString() ?? null,
        passwordHash: password?.hash ?? null,
        mustChangePassword: opened && rng.chance(0.3) && password!.followsRule,
        openedAt: openedAt?.toISOString() ?? null,
        createdAt: createdAt.toISOString(),
        updatedAt: (openedAt ?? createdAt).toISOString(),
      })
      .returning({ id: institutions.id })
      .get();
    let from = openedAt!;
    for (const to of changes) {
      db.insert(institutionAdminHistory)
        .values({
          institutionId: row.id,
          adminName: personName(rng),
          adminIdType: 'resident_id',
          adminIdNumber: residentId(rng, countyIn(code)),
          adminPhone: mobile(rng),
          fromAt: from.toISOString(),
          toAt: to.toISOString(),
          changedBy: ctx.staffIds.jigou01 ?? null,
          changedByName: '机构管理员王强',
        })
        .run();
      from = to;
      histories++;
    }
  }
  for (const [key, last] of sequences) db.insert(institutionSequences).values({ key, last }).run();
  ctx.log(`机构 ${total} 个（含原管理员记录 ${histories} 条）`);
}
