import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { raZh } from '../../client/i18n/ra.zh';
import { leafKeys, placeholders, valueAt } from '../helpers/catalogue';

/**
 * Placeholders the Chinese single form leaves out on purpose. English has %{recordRepresentation} only
 * in the singular form, and BulkUpdateWithConfirmButton never passes it; with locale `zh` polyglot always
 * uses the first (only) form, so keeping it would print the raw placeholder in every bulk-update dialog.
 */
const DROPPED: Record<string, string[]> = {
  'ra.message.bulk_update_title': ['recordRepresentation'],
  'ra.message.bulk_update_content': ['recordRepresentation'],
};

const enKeys = leafKeys(englishMessages);
const zhKeys = leafKeys(raZh);
const en = (k: string) => valueAt(englishMessages, k) as string;
const zh = (k: string) => valueAt(raZh, k);

describe('the helpers', () => {
  it('walks nested leaves and reads placeholders across plural forms', () => {
    expect(leafKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['a.b', 'a.c.d', 'e']);
    expect(placeholders('1 item |||| %{smart_count} items of %{name}, %{smart_count}')).toEqual([
      'name',
      'smart_count',
    ]);
    expect(placeholders('no placeholders')).toEqual([]);
  });
});

describe("react-admin's own messages in Chinese (ra.zh.ts)", () => {
  it('reads a real key tree from ra-language-english', () => {
    expect(enKeys.length).toBeGreaterThan(100);
    expect(enKeys).toContain('ra.navigation.page_range_info');
  });

  it.each(enKeys)('%s is a non-empty string', (key) => {
    const value = zh(key);
    expect(typeof value, key).toBe('string');
    expect((value as string).length, key).toBeGreaterThan(0);
    // Blank only where English is deliberately blank (ra.boolean.null is ' ').
    if (en(key).trim() !== '') expect((value as string).trim(), key).not.toBe('');
  });

  it('has no keys that English does not have (typos, wrong nesting)', () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it.each(enKeys)('%s keeps the English placeholders', (key) => {
    const value = zh(key);
    if (typeof value !== 'string') return; // reported by the test above
    const expected = placeholders(en(key)).filter((p) => !DROPPED[key]?.includes(p));
    const actual = placeholders(value);
    expect(actual, key).toEqual(expect.arrayContaining(expected));
    // No invented placeholders: polyglot prints a %{name} it was not given verbatim.
    expect(
      actual.filter((p) => !placeholders(en(key)).includes(p)),
      key,
    ).toEqual([]);
    for (const p of DROPPED[key] ?? []) expect(actual, key).not.toContain(p);
  });

  it('uses a single plural form everywhere (polyglot always picks the first form for zh)', () => {
    expect(zhKeys.filter((k) => String(zh(k)).includes('||||'))).toEqual([]);
  });

  it('only excuses placeholders that English really has', () => {
    for (const [key, dropped] of Object.entries(DROPPED)) {
      expect(placeholders(en(key)), key).toEqual(expect.arrayContaining(dropped));
    }
  });
});
