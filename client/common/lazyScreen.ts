import { lazy, type ComponentType } from 'react';

/**
 * A screen kept out of the first bundle: its module loads when its route first renders
 * (react-admin's layout shows its loading indicator meanwhile). Named exports, so the files stay as they are.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyScreen<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
