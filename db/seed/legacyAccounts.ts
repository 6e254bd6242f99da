import { eq } from 'drizzle-orm';
import { legacyAccounts, units } from '../schema';
import { usccCheckChar } from '../../server/domain/validators';
import { legacyDigest } from '../../server/modules/legacy-accounts/legacy-accounts.hash';
import type { LegacyPasswordAlgo } from '../schema/legacyAccounts';
import type { SeedContext } from './context';
import { companyName, personName, uscc, type Rng } from './random';

/** The old city halls the demo migrates from; 吉林市's stored MD5 digests (flagged weak). */
export const LEGACY_SYSTEMS = [
  { name: '长春市人社网上服务大厅（旧）', city: '长春', region: '220100', algo: 'sha256' },
  { name: '吉林市人社网上办事系统（旧）', city: '吉林', region: '220200', algo: 'md5' },
  { name: '四平市人社公共服务平台（旧）', city: '四平', region: '220300', algo: 'sha256' },
] as const satisfies readonly { name: string; city: string; region: string; algo: LegacyPasswordAlgo }[];

/** Every seeded legacy account's old password, so a tester can upgrade one through the intake. */
export const LEGACY_DEMO_PASSWORD = 'Jiu@123456';
/** The README's demo account: 长春 system, waiting to be upgraded. */
export const LEGACY_DEMO_USCC = (() => {
  const first17 = '91220102MA0LEG001';
  return first17 + usccCheckChar(first17);
})();

export interface LegacyFileRow {
  uscc: string;
  name: string;
  legacySystem: string;
  legacyAccount: string;
  passwordAlgo: LegacyPasswordAlgo;
  passwordSalt: string;
  passwordHash: string;
  legalRepName: string;
}

export const LEGACY_HEADER = [
  'uscc',
  'name',
  'legacySystem',
  'legacyAccount',
  'passwordAlgo',
  'passwordSalt',
  'passwordHash',
  'legalRepName',
] as const;

/** One row of an old system's export, its digest computed from `password`. */
export function legacyFileRow(
  rng: Rng,
  n: number,
  over: Partial<LegacyFileRow> & { password?: string } = {},
): LegacyFileRow {
  const sys = LEGACY_SYSTEMS[n % LEGACY_SYSTEMS.length];
  const algo = over.passwordAlgo ?? sys.algo;
  const salt = over.passwordSalt ?? rng.digits(8);
  const { password = LEGACY_DEMO_PASSWORD, ...rest } = over;
  return {
    uscc: uscc(rng, sys.region),
    name: companyName(rng, sys.city),
    legacySystem: sys.name,
    legacyAccount: `old${String(n).padStart(6, '0')}`,
    passwordAlgo: algo,
    passwordSalt: salt,
    passwordHash: legacyDigest(algo, salt, password),
    legalRepName: personName(rng),
    ...rest,
  };
}

/** The rows as an old system exports them (CSV, a header row first). */
export const legacyCsv = (rows: LegacyFileRow[], header: readonly string[] = LEGACY_HEADER) =>
  [header.join(','), ...rows.map((r) => LEGACY_HEADER.map((k) => r[k]).join(','))].join('\r\n') + '\r\n';

/**
 * A few hundred accounts across the three old systems: those whose unit already came over through an
 * upgrade (the units seeded on channel legacy_upgrade) marked upgraded with their digest erased, the
 * rest waiting, one of them locked after five wrong passwords.
 */
export function seedLegacyAccounts(ctx: SeedContext) {
  const at = ctx.now.toISOString();
  const taken = new Set(
    ctx.db
      .select({ uscc: units.uscc })
      .from(units)
      .all()
      .map((u) => u.uscc),
  );
  const upgradedUnits = ctx.db.select().from(units).where(eq(units.channel, 'legacy_upgrade')).all();
  const rows: (typeof legacyAccounts.$inferInsert)[] = [];
  let n = 0;
  for (const u of upgradedUnits) {
    const sys = LEGACY_SYSTEMS[n % LEGACY_SYSTEMS.length];
    rows.push({
      uscc: u.uscc,
      name: u.name,
      legacySystem: sys.name,
      legacyAccount: `old${String(++n).padStart(6, '0')}`,
      passwordAlgo: sys.algo,
      passwordSalt: null,
      passwordHash: null,
      legalRepName: u.legalRepName,
      upgradedAt: u.activatedAt ?? u.createdAt,
      unitId: u.id,
      createdAt: u.createdAt,
      updatedAt: u.activatedAt ?? u.createdAt,
      version: 2,
    });
  }
  const demo = legacyFileRow(ctx.rng, 0, {
    uscc: LEGACY_DEMO_USCC,
    name: '长春市历史升级演示有限公司',
    legalRepName: '李历史',
    legacyAccount: 'ccdemo01',
  });
  const waiting = [demo];
  while (waiting.length < 300 * ctx.scale) {
    const r = legacyFileRow(ctx.rng, ++n);
    if (taken.has(r.uscc) || waiting.some((w) => w.uscc === r.uscc)) continue;
    waiting.push(r);
  }
  waiting.forEach((r, i) =>
    rows.push({ ...r, createdAt: at, updatedAt: at, ...(i === 1 ? { failed: 5, lockedAt: at } : {}) }),
  );
  for (let i = 0; i < rows.length; i += 500)
    ctx.db
      .insert(legacyAccounts)
      .values(rows.slice(i, i + 500))
      .run();
  ctx.log(
    `历史用户 ${rows.length} 个（已升级 ${upgradedUnits.length}，锁定 1）；演示账号 ${LEGACY_DEMO_USCC} / ${LEGACY_DEMO_PASSWORD}`,
  );
}
