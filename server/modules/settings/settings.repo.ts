import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';

export const findSetting = (db: DbOrTx, key: string) => db.select().from(settings).where(eq(settings.key, key)).get();

export function upsertSetting(db: DbOrTx, key: string, value: unknown, at: string, actorId: number) {
  db.insert(settings)
    .values({ key, value, updatedAt: at, updatedBy: actorId })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, updatedBy: actorId } })
    .run();
}
