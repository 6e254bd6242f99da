import { asc, eq, inArray } from 'drizzle-orm';
import { operators, sealGrants, seals, signInEvents, units } from '../schema';
import { SEAL_TYPES, SIGN_IN_METHODS, SIGN_IN_REASONS } from '../schema/seals';
import { defaultSealName } from '../../server/domain/seals';
import { maskIdNumber, regionCodeUnknown, residentIdCheckChar } from '../../server/domain/validators';
import { beijingDate } from '../../server/domain/workingDays';
import type { SeedContext } from './context';
import { createRng, isoDate, pastDate, personName, residentId } from './random';
import { hashIdWith } from '../../server/modules/sign-in-events/sign-in-events.service';

const DAY = 86_400_000;

/**
 * Seals for about a third of the living units (those of frozen units suspended, some voided), grants
 * active, expired and revoked, and a few hundred sign-in events over the last 30 days with every reason,
 * the first units (the ones the demo accounts see first) included.
 */
export function seedSeals(ctx: SeedContext) {
  const { db, rng, now } = ctx;
  const today = beijingDate(now);
  flagMergedCounties(ctx);
  const living = db
    .select()
    .from(units)
    .where(inArray(units.status, ['active', 'frozen']))
    .orderBy(asc(units.id))
    .all();
  const chosen = living.filter((_, i) => i < 10 || rng.chance(0.33));
  const ops = new Map<number, (typeof operators.$inferSelect)[]>();
  for (const o of db
    .select()
    .from(operators)
    .where(
      inArray(
        operators.unitId,
        chosen.map((u) => u.id),
      ),
    )
    .all())
    ops.set(o.unitId, [...(ops.get(o.unitId) ?? []), o]);
  let sealCount = 0;
  for (const u of chosen) {
    const types = SEAL_TYPES.filter((t) => t === 'official' || rng.chance(0.35));
    for (const type of types) {
      const created = pastDate(rng, now, 400, 30).toISOString();
      const voided = rng.chance(0.12);
      const status = voided ? 'voided' : u.status === 'frozen' ? 'suspended' : 'active';
      const s = db
        .insert(seals)
        .values({
          unitId: u.id,
          type,
          name: defaultSealName(u.name, type, u.legalRepName),
          status,
          appliedByName: u.legalRepName,
          appliedByRole: 'legal_rep',
          voidedAt: voided ? pastDate(rng, now, 29, 1).toISOString() : null,
          voidReason: voided ? '单位申请作废' : null,
          createdAt: created,
          updatedAt: created,
        })
        .returning({ id: seals.id })
        .get();
      sealCount++;
      const people = [
        ...(ops.get(u.id) ?? []).map((o) => ({ name: o.name, idNumber: o.idNumber })),
        { name: personName(rng), idNumber: residentId(rng, '220102') },
      ];
      for (const p of people.slice(0, rng.int(1, 3))) {
        const kind = voided ? 'revoked' : rng.pick(['active', 'active', 'expired', 'revoked'] as const);
        const validTo =
          kind === 'expired'
            ? isoDate(new Date(now.getTime() - rng.int(1, 60) * DAY))
            : isoDate(new Date(now.getTime() + rng.int(30, 500) * DAY));
        db.insert(sealGrants)
          .values({
            sealId: s.id,
            personName: p.name,
            idType: 'resident_id',
            idNumber: p.idNumber,
            regionCodeUnknown: regionCodeUnknown({ ids: [['resident_id', p.idNumber]] }),
            validFrom: created.slice(0, 10),
            validTo: validTo < created.slice(0, 10) ? created.slice(0, 10) : validTo,
            status: kind === 'revoked' ? 'revoked' : 'active',
            revokedReason: kind === 'revoked' ? (voided ? '印章已作废' : '单位删除被授权人') : null,
            revokedAt: kind === 'revoked' ? created : null,
            grantedByName: u.legalRepName,
            createdAt: created,
            updatedAt: created,
          })
          .run();
      }
    }
  }
  // The same keyed hash the server uses for the demo intake key, so the sign-in check finds these reports.
  const hash = (id: string) => hashIdWith('demo-intake-key', id);
  const events = 300 * ctx.scale;
  for (let i = 0; i < events; i++) {
    const u = i < 40 ? living[i % Math.min(10, living.length)] : rng.pick(living);
    const o = rng.pick(ops.get(u.id) ?? [{ name: u.legalRepName, idNumber: u.idNumber } as never]);
    const failed = i < SIGN_IN_REASONS.length * 3 || rng.chance(0.6);
    db.insert(signInEvents)
      .values({
        unitId: u.id,
        uscc: u.uscc,
        method: rng.pick(SIGN_IN_METHODS),
        name: o.name,
        idNumberMasked: maskIdNumber(o.idNumber),
        idHash: hash(o.idNumber),
        outcome: failed ? 'failed' : 'succeeded',
        reason: failed ? SIGN_IN_REASONS[i % SIGN_IN_REASONS.length] : null,
        at: new Date(now.getTime() - rng.int(0, 30 * 24 * 60) * 60_000).toISOString(),
        receivedAt: now.toISOString(),
      })
      .run();
  }
  ctx.log(`电子印章 ${sealCount} 枚，扫码登录记录 ${events} 条（${today}）`);
}

/**
 * A few operators whose ID numbers were issued under 公主岭市's code before it moved to 长春 (220381 →
 * 220184): valid, kept, and flagged, so the console's 区划代码不在现行目录 chip has something to show. Its own
 * random stream, so the rest of the demo data stays as it was.
 */
function flagMergedCounties(ctx: SeedContext) {
  const rng = createRng(2260);
  const picked = ctx.db
    .select({ id: operators.id })
    .from(operators)
    .where(eq(operators.status, 'active'))
    .orderBy(asc(operators.id))
    .all()
    .filter((_, i) => i % 150 === 3)
    .slice(0, 8);
  for (const { id } of picked) {
    const first17 = `220381${rng.int(1965, 1995)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${rng.digits(3)}`;
    const idNumber = first17 + residentIdCheckChar(first17);
    ctx.db
      .update(operators)
      .set({ idNumber, regionCodeUnknown: regionCodeUnknown({ ids: [['resident_id', idNumber]] }) })
      .where(eq(operators.id, id))
      .run();
  }
}
