import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { staff } from '../schema';
import type { SeedContext } from './context';
import { seedFoundation } from './foundation';
import { seedInstitutions } from './institutions';
import { seedUnits } from './units';
import { seedAppeals } from './appeals';
import { seedTitles } from './titles';
import { seedTitleAttachments } from './titleAttachments';
import { seedTitleReports } from './titleReports';
import { seedTitleWithdrawUrge } from './titleWithdrawUrge';
import { seedSeals } from './seals';
import { seedLegacyAccounts } from './legacyAccounts';
import { seedDelegations } from './delegations';
import { createRng } from './random';

/**
 * Each capability appends its seeder; they run in this order inside one transaction per area.
 * Later areas may read what earlier ones created (appeals name existing units, titles use the org tree).
 */
const AREAS: [key: string, name: string, seed: (ctx: SeedContext) => void | Promise<void>][] = [
  ['foundation', '基础数据', seedFoundation],
  ['units', '单位与经办人', seedUnits],
  ['institutions', '机构', seedInstitutions],
  ['appeals', '账号申诉', seedAppeals],
  ['titles', '职称申报', seedTitles],
  // Same key: the attachments belong to the titles area and come with it.
  ['titles', '职称附件材料', seedTitleAttachments],
  ['titles', '推荐报告', seedTitleReports],
  ['titles', '撤回与催办', seedTitleWithdrawUrge],
  ['seals', '电子印章与扫码登录', seedSeals],
  ['legacy', '历史用户', seedLegacyAccounts],
  ['delegations', '委托', seedDelegations],
];

export interface SeedOptions {
  scale?: number;
  seed?: number;
  /** The "today" of the demo data. */
  now?: Date;
  log?: (msg: string) => void;
  /** Only these areas (by key) besides the foundation; all when omitted. */
  areas?: string[];
}

export function isEmpty(db: Db): boolean {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(staff)
      .get()!.n === 0
  );
}

/** Fills an empty database with the deterministic demo data. */
export async function seedDemo(db: Db, opts: SeedOptions = {}) {
  const ctx: SeedContext = {
    db,
    rng: createRng(opts.seed ?? 20260101),
    scale: opts.scale ?? 1,
    now: opts.now ?? new Date(),
    staffIds: {},
    orgIds: {},
    log: opts.log ?? (() => {}),
  };
  for (const [key, name, seed] of AREAS) {
    if (opts.areas && key !== 'foundation' && !opts.areas.includes(key)) continue;
    const started = Date.now();
    // Areas are seeded in one transaction each: much faster, and never half a demo.
    db.$client.exec('BEGIN IMMEDIATE');
    try {
      await seed(ctx);
      db.$client.exec('COMMIT');
    } catch (err) {
      db.$client.exec('ROLLBACK');
      throw err;
    }
    ctx.log(`演示数据「${name}」完成（${Date.now() - started} ms）`);
  }
  return ctx;
}
