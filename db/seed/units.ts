import { eq } from 'drizzle-orm';
import { businessItems, operators, unitChanges, units } from '../schema';
import { idValidToFromPreset } from '../../server/domain/validators';
import type { SeedContext } from './context';
import { companyName, isoDate, mobile, pastDate, personName, REGIONS, residentId, uscc } from './random';

/** 可经办业务范围 as the Jiangsu hall lists them [004 §04 经办人管理]. */
export const BUSINESS_ITEMS = [
  '职称申报单位公示',
  '和谐劳动关系创建评价',
  '事业单位离休人员补贴核定情况查询',
  '事业单位离休人员基本离休费调整核定情况查询',
  '事业单位工作人员认定情况查询',
  '事业单位工作人员年龄变更核定情况查询',
  '事业单位工作人员遗属补助核定情况查询',
  '事业单位工作人员工资重新测算情况查询',
  '授权人力资源服务（人才中介服务）组织从事人事代理业务',
  '劳动合同拟定',
  '劳务派遣单位年度经营情况报告核验',
  '职称证书在线查询',
];

const STATUS_WEIGHTS = [
  ['pending_activation', 15],
  ['active', 70],
  ['frozen', 8],
  ['cancelled', 7],
] as const;
const CHANNEL_WEIGHTS = [
  ['online', 50],
  ['offline', 20],
  ['appeal', 10],
  ['legacy_upgrade', 12],
  ['third_party', 8],
] as const;

function weighted<T extends string>(r: number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[0][0];
}

/** ~2,000 × scale units across statuses and channels, ~6,000 operators (some expired, some units at quota). */
export function seedUnits(ctx: SeedContext) {
  const { db, rng } = ctx;
  const at = ctx.now.toISOString();
  const itemIds = BUSINESS_ITEMS.map(
    (name) =>
      db.insert(businessItems).values({ name, createdAt: at, updatedAt: at }).returning({ id: businessItems.id }).get()
        .id,
  );
  const total = Math.round(2000 * ctx.scale);
  const today = isoDate(ctx.now);
  let operatorTotal = 0;
  const usedUscc = new Set<string>();
  for (let i = 0; i < total; i++) {
    const region = rng.pick(REGIONS);
    let code = uscc(rng, region.code);
    while (usedUscc.has(code)) code = uscc(rng, region.code);
    usedUscc.add(code);
    const status = weighted(rng.next(), STATUS_WEIGHTS);
    const channel =
      status === 'pending_activation' && rng.chance(0.4) ? 'appeal' : weighted(rng.next(), CHANNEL_WEIGHTS);
    const created = pastDate(rng, ctx.now, 900, 1);
    const validFrom = pastDate(rng, ctx.now, 3000, 30);
    const validTo = idValidToFromPreset(isoDate(validFrom), rng.pick(['10y', '20y', 'long_term'] as const));
    const name = companyName(rng, region.short);
    const unit = db
      .insert(units)
      .values({
        uscc: code,
        name,
        legalPersonType: rng.chance(0.85)
          ? 'enterprise'
          : rng.pick(['public_institution', 'social_org', 'individual_business', 'government', 'other']),
        legalRepName: personName(rng),
        idType: 'resident_id',
        idNumber: residentId(rng, region.code),
        idValidFrom: isoDate(validFrom),
        idValidTo: validTo && validTo < today ? null : validTo,
        phone: mobile(rng),
        account: `u${code.slice(2, 8).toLowerCase()}${String(i).padStart(5, '0')}`,
        status,
        channel,
        region: region.name,
        registeredAddress: `${region.name}${rng.pick(['人民大街', '解放大路', '自由大路', '建设街', '珠江路'])}${rng.int(1, 2000)}号`,
        registeredCapital: `${rng.pick([50, 100, 200, 500, 1000, 3000])}万元人民币`,
        registrationDate: isoDate(pastDate(rng, ctx.now, 7000, 400)),
        businessScope: rng.pick([
          '技术开发、技术咨询、技术服务',
          '批发零售；货物进出口',
          '建筑工程施工；劳务分包',
          '道路普通货物运输；仓储服务',
          '人力资源服务；劳务派遣',
        ]),
        codeType: '统一社会信用代码',
        industry: rng.pick([
          '制造业',
          '批发和零售业',
          '建筑业',
          '信息传输、软件和信息技术服务业',
          '租赁和商务服务业',
          '交通运输、仓储和邮政业',
        ]),
        enterpriseStatus: status === 'cancelled' ? '注销' : '存续',
        activatedAt: status === 'pending_activation' ? null : created.toISOString(),
        statusReason:
          status === 'frozen'
            ? rng.pick(['涉嫌冒用身份注册', '单位申请暂停使用'])
            : status === 'cancelled'
              ? '单位已注销登记'
              : null,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
      })
      .returning({ id: units.id })
      .get();

    if (status !== 'active' && status !== 'frozen') continue;
    // Three operators on average; a tenth of the units are full (quota = what they use).
    const nOperators = rng.chance(0.1) ? 10 : rng.int(0, 6);
    const hasAdmin = rng.chance(0.6);
    const people: ['admin' | 'operator', number][] = [
      ...(hasAdmin ? [['admin', 0] as ['admin', number]] : []),
      ...Array.from({ length: nOperators }, (_, k) => ['operator', k] as ['operator', number]),
    ];
    for (const [role] of people) {
      const from = pastDate(rng, ctx.now, 700, 10);
      const expired = rng.chance(0.08);
      db.insert(operators)
        .values({
          unitId: unit.id,
          role,
          name: personName(rng),
          idType: 'resident_id',
          idNumber: residentId(rng, region.code, 1970, 2002),
          phone: mobile(rng),
          validFrom: isoDate(from),
          validTo: expired
            ? isoDate(pastDate(rng, ctx.now, 60, 1))
            : isoDate(new Date(ctx.now.getTime() + rng.int(60, 1000) * 86_400_000)),
          manageRight: role === 'admin' || rng.chance(0.2),
          businessItemIds: role === 'admin' ? itemIds : itemIds.filter(() => rng.chance(0.3)),
          status: rng.chance(0.05) ? 'disabled' : 'active',
          createdAt: from.toISOString(),
          updatedAt: from.toISOString(),
        })
        .run();
      operatorTotal++;
    }
    const operatorCount = people.filter(([r]) => r === 'operator').length;
    db.update(units)
      .set({ adminCount: hasAdmin ? 1 : 0, operatorCount, operatorQuota: Math.max(10, operatorCount) })
      .where(eq(units.id, unit.id))
      .run();
    if (rng.chance(0.1)) {
      const old = companyName(rng, region.short);
      db.insert(unitChanges)
        .values({
          unitId: unit.id,
          field: 'name',
          oldValue: old,
          newValue: name,
          source: 'edit',
          changedByName: '机构管理员王强',
          at: created.toISOString(),
        })
        .run();
    }
  }
  ctx.log(`单位 ${total} 个，管理员/经办人 ${operatorTotal} 名，业务事项 ${itemIds.length} 项`);
}
