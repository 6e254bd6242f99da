import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { SETTINGS, type SettingKey, type SettingValue } from '../../domain/settings';

/** The stored value, or the default when nobody has changed it. */
export function getSetting<K extends SettingKey>(db: DbOrTx, key: K): SettingValue<K> {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return (row ? row.value : SETTINGS[key].default) as SettingValue<K>;
}
