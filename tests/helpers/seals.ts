import { operators, units } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { createRng, residentId } from '../../db/seed/random';
import type { TestApp } from './testApp';
import { seedUnit } from './units';

const rng = createRng(18);
export const newId = () => residentId(rng, '220102');
export const FACE = '2026-11-02T08:59:00+08:00';

/** An active unit with its legal representative and one operator with 管理权限 valid into 2027. */
export function seedSealUnit(t: TestApp, over: { operatorValidTo?: string; manageRight?: boolean } = {}) {
  const legalRepId = newId();
  const unitId = seedUnit(t, { status: 'active', idNumber: legalRepId, legalRepName: '李法人' });
  const opId = newId();
  const at = t.clock.now().toISOString();
  const operatorId = t.db
    .insert(operators)
    .values({
      unitId,
      role: 'operator',
      name: '王经办',
      idType: 'resident_id',
      idNumber: opId,
      phone: '13812345678',
      validFrom: '2026-01-01',
      validTo: over.operatorValidTo ?? '2027-06-30',
      manageRight: over.manageRight ?? true,
      businessItemIds: [],
      status: 'active',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: operators.id })
    .get().id;
  const u = t.db.select().from(units).where(eq(units.id, unitId)).get()!;
  return {
    unitId,
    uscc: u.uscc,
    unitName: u.name,
    operatorId,
    legalRep: { idType: 'resident_id', idNumber: legalRepId, name: '李法人' },
    operator: { idType: 'resident_id', idNumber: opId, name: '王经办' },
  };
}

export const hall = (t: TestApp) => t.anonymous().withHeaders({ 'X-Intake-Key': 'demo-intake-key' });
