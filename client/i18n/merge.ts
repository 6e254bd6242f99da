type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep-merges catalogue parts (react-admin's own, common, one per capability) into one. */
export function mergeCatalogues<T extends Obj[]>(...parts: T): UnionToIntersection<T[number]> {
  const out: Obj = {};
  const merge = (target: Obj, src: Obj) => {
    for (const [k, v] of Object.entries(src)) {
      if (isObj(v) && isObj(target[k])) merge(target[k], v);
      else target[k] = isObj(v) ? merge({}, v) : v;
    }
    return target;
  };
  for (const p of parts) merge(out, p);
  return out as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** The shape every catalogue must have: the same keys as zh, with strings at the leaves. */
export type CatalogueOf<T> = { [K in keyof T]: T[K] extends string ? string : CatalogueOf<T[K]> };
