import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { conflict, forbidden, invalid, notFound } from '../../domain/errors';
import { isSecuritySetting, SETTINGS, type SettingKey } from '../../domain/settings';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { actorOf, authorize } from '../../http/authorize';
import { parseListRequest } from '../../http/listQuery';
import { zodToFieldErrors } from '../../http/validate';
import { getSetting, setSetting } from './settings.service';

const keys = Object.keys(SETTINGS) as SettingKey[];
// Own keys only: `toString` or `__proto__` are on every object but are no setting.
const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);
const writePermission = (key: SettingKey) => (isSecuritySetting(key) ? 'settings.writeSecurity' : 'settings.write');
const present = (ctx: AppContext, key: SettingKey, actor: Actor) => ({
  id: key,
  label: SETTINGS[key].label,
  description: SETTINGS[key].description,
  value: getSetting(ctx.db, key),
  default: SETTINGS[key].default,
  // The system reads every setting: none may be deleted (the console shows no 删除).
  deletable: false,
  security: isSecuritySetting(key),
  allowedActions: can(actor, writePermission(key)) ? ['edit'] : [],
});

/** `settings` as a small react-admin resource whose ids are the setting keys. */
export function settingRoutes(ctx: AppContext) {
  const r = Router();
  /** The keys in their fixed order, a page at a time (`range`, as every list). */
  r.get('/', authorize('settings.read'), (req, res) => {
    const [start, end] = parseListRequest(req.query).range;
    const page = keys.slice(start, end + 1);
    res.set('Content-Range', `settings ${start}-${page.length ? start + page.length - 1 : start}/${keys.length}`);
    res.json(page.map((k) => present(ctx, k, actorOf(req))));
  });
  r.get('/:key', authorize('settings.read'), (req, res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    res.json(present(ctx, key, actorOf(req)));
  });
  r.put('/:key', authorize('settings.update'), (req, res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    if (!can(actorOf(req), writePermission(key)))
      throw forbidden(isSecuritySetting(key) ? '安全设置由安全管理员修改' : '该设置由系统管理员修改');
    const parsed = (SETTINGS[key].schema as z.ZodType).safeParse((req.body as { value?: unknown } | undefined)?.value);
    if (!parsed.success)
      throw invalid(`「${SETTINGS[key].label}」的值无效`, { value: zodToFieldErrors(parsed.error)._ ?? '值无效' });
    setSetting(ctx, actorOf(req), key, parsed.data);
    res.json(present(ctx, key, actorOf(req)));
  });
  r.delete('/:key', authorize('settings.update'), (req, _res) => {
    const key = String(req.params.key);
    if (!isSettingKey(key)) throw notFound('设置项不存在');
    throw conflict(
      `「${SETTINGS[key].label}」是系统运行所需的设置，不能删除；如需恢复默认值，请将其改为 ${String(SETTINGS[key].default)}`,
    );
  });
  return r;
}
