import { describe, expect, it } from 'vitest';
import { zh } from '../../client/i18n/zh';
import { en } from '../../client/i18n/en';
import { leafKeys, placeholders, valueAt } from '../helpers/catalogue';

describe('the console catalogues', () => {
  const zhKeys = leafKeys(zh);
  const enKeys = new Set(leafKeys(en));

  it('English has every key of the Chinese master catalogue', () => {
    expect(zhKeys.filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('keeps the same %{placeholders} in both languages', () => {
    const mismatched = zhKeys.filter((k) => {
      const a = placeholders(String(valueAt(zh, k)))
        .sort()
        .join();
      const b = placeholders(String(valueAt(en, k)))
        .sort()
        .join();
      return a !== b;
    });
    expect(mismatched.filter((k) => !k.startsWith('ra.'))).toEqual([]);
  });

  it('writes Chinese plurals in one form (polyglot picks the first for zh)', () => {
    expect(zhKeys.filter((k) => String(valueAt(zh, k)).includes('||||'))).toEqual([]);
  });
});
