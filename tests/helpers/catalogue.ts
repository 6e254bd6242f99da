/** Walkers shared by the catalogue tests (react-admin's own messages, and the app's). */

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Dotted paths of every leaf (non-object value) of a nested message catalogue, in document order. */
export function leafKeys(obj: unknown, prefix = ''): string[] {
  if (!isObj(obj)) return [];
  return Object.entries(obj).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isObj(v) ? leafKeys(v, path) : [path];
  });
}

/** The value at a dotted path, or undefined when any step is missing. */
export function valueAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), obj);
}

/** The distinct polyglot `%{name}` placeholder names in a message (across all its plural forms), sorted. */
export function placeholders(s: string): string[] {
  return [...new Set(Array.from(s.matchAll(/%\{([^}]+)\}/g), (m) => m[1]))].sort();
}
