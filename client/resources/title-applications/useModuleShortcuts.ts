import { useState } from 'react';
import { useShortcuts } from '../../common/useShortcuts';
import type { ModuleView, TitleModule } from './choices';
import type { Marks } from './useReviewDraft';

/** The id of a module's header (the accordion summary), where the module walk puts focus. */
export const moduleSummaryId = (m: TitleModule) => `module-${m}-summary`;
/** The review form, where focus goes when the last module is marked. */
export const REVIEW_FORM_ID = 'review-form';

/**
 * The module walk by keys: J / K to the next / previous module (opened, its header focused), Y / N to
 * mark the module being looked at 无误 / 有误 and go on to the next one not marked yet — after the last,
 * to the review form. The module being looked at is the one holding focus, else the last one walked to,
 * else the first not marked.
 */
export function useModuleShortcuts(opts: {
  modules: ModuleView[];
  marks: Marks;
  /** Marks a module; returns the module opened after it (the next not marked), if any. */
  mark: (m: TitleModule, v: 'ok' | 'wrong') => TitleModule | undefined;
  expand: (m: TitleModule) => void;
  enabled: boolean;
}) {
  const { modules, marks, mark, expand, enabled } = opts;
  const [current, setCurrent] = useState<TitleModule | null>(null);
  const at = () => {
    const focused = document.activeElement?.closest('[data-module]')?.getAttribute('data-module');
    return modules.findIndex((x) => x.module === (focused ?? current));
  };
  const go = (m: TitleModule | undefined) => {
    if (!m) return;
    expand(m);
    setCurrent(m);
    document.getElementById(moduleSummaryId(m))?.focus();
  };
  const markAndGo = (v: 'ok' | 'wrong') => {
    const m = modules[at()]?.module ?? modules.find((x) => !marks[x.module])?.module;
    if (!m) return;
    const following = mark(m, v);
    if (following) go(following);
    else document.getElementById(REVIEW_FORM_ID)?.focus();
  };
  useShortcuts(
    'title',
    {
      next: () => go(modules[at() + 1]?.module),
      previous: () => go(modules[Math.max(at() - 1, 0)]?.module),
      ok: () => markAndGo('ok'),
      wrong: () => markAndGo('wrong'),
    },
    { enabled },
  );
}
