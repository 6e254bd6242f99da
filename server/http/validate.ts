import { z, ZodError, type ZodType } from 'zod';

// Field-level messages default to Chinese; schemas override them where a clerk needs more precision.
z.config(z.locales.zhCN());

/** A zod error as react-admin's `errors` map: the first message for each top-level field. */
export function zodToFieldErrors(err: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    if (!out[key]) out[key] = issue.message;
  }
  return out;
}

/** Parses input with a schema; a failure becomes a 400 with field errors (see errorHandler). */
export function parse<T extends ZodType>(schema: T, input: unknown): z.infer<T> {
  // Every body and query is an object: a missing, null or non-object one is read as {} so the 400 names
  // each field it lacks (and cross-field rules never see a string where they expect an object).
  return schema.parse(isObject(input) ? input : {});
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Cross-field rules run even when a plain field already failed, so the form shows every problem at
 * once; the rule must then cope with values of the wrong type.
 */
export const ALWAYS = { when: () => true } as const;

/** `version` as every PUT and action carries it. */
export const versionField = z.coerce.number({ error: '缺少版本号，请刷新后重试' }).int().positive();
