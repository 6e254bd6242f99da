import type { AppContext } from '../../context';
import type { Actor } from '../../domain/roles';
import { describeChanges, recordAudit } from '../../audit/record';
import type { DbOrTx } from '../../../db/client';
import { findSetting, upsertSetting } from './settings.repo';
import { SETTINGS, type SettingKey, type SettingValue } from '../../domain/settings';

/** The stored value, or the default when nobody has changed it. */
export function getSetting<K extends SettingKey>(db: DbOrTx, key: K): SettingValue<K> {
  const row = findSetting(db, key);
  return (row ? row.value : SETTINGS[key].default) as SettingValue<K>;
}

/** Stores a value already checked against the setting's rule; audited with before → after. */
export function setSetting(ctx: AppContext, actor: Actor, key: SettingKey, value: unknown) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction((tx) => {
    const before = getSetting(tx, key);
    upsertSetting(tx, key, value, at, actor.id);
    recordAudit(tx, {
      actor,
      action: 'settings.update',
      resource: 'settings',
      resourceId: key,
      summary: `${key}: ${describeChanges({ value: before }, { value })}`,
      at,
    });
  });
}
