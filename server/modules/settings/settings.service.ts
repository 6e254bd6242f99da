import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import type { Actor } from '../../domain/roles';
import { describeChanges, recordAudit } from '../../audit/record';
import { settings } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { SETTINGS, type SettingKey, type SettingValue } from '../../domain/settings';

/** The stored value, or the default when nobody has changed it. */
export function getSetting<K extends SettingKey>(db: DbOrTx, key: K): SettingValue<K> {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return (row ? row.value : SETTINGS[key].default) as SettingValue<K>;
}

/** Stores a value already checked against the setting's rule; audited with before → after. */
export function setSetting(ctx: AppContext, actor: Actor, key: SettingKey, value: unknown) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction((tx) => {
    const before = getSetting(tx, key);
    tx.insert(settings)
      .values({ key, value, updatedAt: at, updatedBy: actor.id })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, updatedBy: actor.id } })
      .run();
    recordAudit(tx, { actor, action: 'settings.update', resource: 'settings', resourceId: null, summary: `${key}: ${describeChanges({ value: before }, { value })}`, at });
  });
}
