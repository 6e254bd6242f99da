import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { conflict, invalid, notFound } from '../../domain/errors';
import { SETTINGS, type SettingKey } from '../../domain/settings';
import { actorOf, authorize } from '../../http/authorize';
import { parseListRequest } from '../../http/listQuery';
import { zodToFieldErrors } from '../../http/validate';
import { getSetting, setSetting } from './settings.service';

const keys = Object.keys(SETTINGS) as SettingKey[];
// Own keys only: `toString` or `__proto__` are on every object but are no setting.
const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);
const present = (ctx: AppContext, key: SettingKey) => ({
  id: key,
  label: SETTINGS[key].label,
  description: SETTINGS[key].description,
  value: getSetting(ctx.db, key),
  default: SETTINGS[key].default,
  // The system reads every setting: none may be deleted (the console shows no 删除).
  deletable: false,
});

/** `settings` as a small react-admin resource whose ids are the setting keys. */
export function settingRoutes(ctx: AppContext) {
  const r = Router();
  /** The keys in their fixed order, a page at a time (`range`, as every list). */
  r.get('/', authorize('settings.read'), (req, res) => {
    const [start, end] = parseListRequest(req.query).range;
    const page = keys.slice(start, end + 1);
    res.set('Content-Range', `settings ${start}-${page.length ? start + page.length - 1 : start}/${keys.length}`);
    res.json(page.map((k) => present(ctx, k)));
  });
  r.get('/:key', authorize('settings.read'), (req, res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    res.json(present(ctx, key));
  });
  r.put('/:key', authorize('settings.write'), (req, res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    const parsed = (SETTINGS[key].schema as z.ZodType).safeParse((req.body as { value?: unknown } | undefined)?.value);
    if (!parsed.success)
      throw invalid(`「${SETTINGS[key].label}」的值无效`, { value: zodToFieldErrors(parsed.error)._ ?? '值无效' });
    setSetting(ctx, actorOf(req), key, parsed.data);
    res.json(present(ctx, key));
  });
  r.delete('/:key', authorize('settings.write'), (req, _res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    throw conflict(
      `「${SETTINGS[key].label}」是系统运行所需的设置，不能删除；如需恢复默认值，请将其改为 ${String(SETTINGS[key].default)}`,
    );
  });
  return r;
}
