import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The review pages' shortcut keys, by page; each name has its key and its label in the catalogue
 * (`shortcuts.<page>.<name>.key` / `.label`), so the overlay, the hints and the handlers read one table.
 */
export const SHORTCUTS = {
  title: ['next', 'previous', 'ok', 'wrong', 'pass', 'return', 'reject', 'common', 'opinion', 'submit', 'help'],
  appeal: ['next', 'previous', 'ok', 'wrong', 'approve', 'supplement', 'reject', 'help'],
} as const;

export type ShortcutPage = keyof typeof SHORTCUTS;
export type ShortcutName<P extends ShortcutPage> = (typeof SHORTCUTS)[P][number];

/** A text field keeps its keys: typing 无误 in Chinese (or any letter) never fires a shortcut. */
const TYPING_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'month', 'time']);
function typingIn(el: EventTarget | null): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && TYPING_INPUTS.has(el.type);
}

/** Keys pressed in a dialog or an open menu belong to it (its own Enter, Escape and type-ahead). */
const inPopup = (el: EventTarget | null) =>
  el instanceof Element && !!el.closest('[role="dialog"], [role="alertdialog"], [role="listbox"], [role="menu"]');

/** The key of one shortcut, as the catalogue gives it (a letter, or `?`). */
export function useShortcutKey<P extends ShortcutPage>(page: P, name: ShortcutName<P>) {
  return useTranslate()(`shortcuts.${page}.${name}.key`);
}

/**
 * Binds shortcut keys on the page while `enabled`: a plain key (no Ctrl, Alt or ⌘) outside text fields,
 * dialogs and open menus. Escape in a text field inside `leaveTo` moves focus out of the field to `leaveTo`,
 * so the keys work again without reaching for the mouse. Several components may bind keys of the same
 * page; each binds only the names it handles.
 */
export function useShortcuts<P extends ShortcutPage>(
  page: P,
  handlers: Partial<Record<ShortcutName<P>, () => void>>,
  opts: { enabled?: boolean; leaveTo?: RefObject<HTMLElement | null> } = {},
) {
  const translate = useTranslate();
  const enabled = opts.enabled ?? true;
  const latest = useRef({ handlers, leaveTo: opts.leaveTo, translate });
  useLayoutEffect(() => {
    latest.current = { handlers, leaveTo: opts.leaveTo, translate };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      const { handlers: current, leaveTo, translate: t } = latest.current;
      if (typingIn(e.target)) {
        const to = leaveTo?.current;
        if (e.key === 'Escape' && to?.contains(e.target)) {
          e.preventDefault();
          to.focus();
        }
        return;
      }
      if (inPopup(e.target)) return;
      const name = (Object.keys(current) as ShortcutName<P>[]).find(
        (n) => t(`shortcuts.${page}.${n}.key`).toLowerCase() === e.key.toLowerCase(),
      );
      const run = name && current[name];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, page]);
}
