import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { invalid, notFound } from '../../domain/errors';
import { SETTINGS, type SettingKey } from '../../domain/settings';
import { actorOf, authorize } from '../../http/authorize';
import { zodToFieldErrors } from '../../http/validate';
import { getSetting, setSetting } from './settings.service';

const keys = Object.keys(SETTINGS) as SettingKey[];
// Own keys only: `toString` or `__proto__` are on every object but are no setting.
const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);
const present = (ctx: AppContext, key: SettingKey) => ({ id: key, label: SETTINGS[key].label, value: getSetting(ctx.db, key), default: SETTINGS[key].default });

/** `settings` as a small react-admin resource whose ids are the setting keys. */
export function settingRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('settings.read'), (_req, res) => {
    res.set('Content-Range', `settings 0-${keys.length - 1}/${keys.length}`);
    res.json(keys.map((k) => present(ctx, k)));
  });
  r.get('/:key', authorize('settings.read'), (req, res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    res.json(present(ctx, key));
  });
  r.put('/:key', authorize('settings.write'), (req, res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    const parsed = (SETTINGS[key].schema as z.ZodType).safeParse(req.body?.value);
    if (!parsed.success) throw invalid(`「${SETTINGS[key].label}」的值无效`, { value: zodToFieldErrors(parsed.error)._ ?? '值无效' });
    setSetting(ctx, actorOf(req), key, parsed.data);
    res.json(present(ctx, key));
  });
  return r;
}
