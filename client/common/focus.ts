/**
 * Where keyboard focus goes when the page itself moves it (WCAG 2.4.3): to the page's heading after
 * sign-in and after the skip link, back to a dialog's opener after it closes — and, when a refresh
 * removed that opener (冻结 becomes 解冻), to the heading instead of falling to <body>.
 */

const heading = () => document.querySelector<HTMLElement>('main h1');

/** Focuses the page's heading (the h1 in main) or, while it has no text yet, main itself. */
export function focusMainHeading(): boolean {
  const h = heading();
  const target = h?.textContent?.trim() ? h : document.querySelector<HTMLElement>('main');
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return true;
}

const nothingFocused = () => !document.activeElement || document.activeElement === document.body;

let headingPending = false;

/** Asks the next page to focus its heading once it shows (after signing in). */
export function focusHeadingOnNextPage() {
  headingPending = true;
}

/**
 * Called by the layout as it mounts: when sign-in asked for it, waits until the page's title is in its
 * h1 and focuses it — unless the person has moved focus somewhere themselves meanwhile.
 */
export function takeHeadingFocusRequest(): () => void {
  if (!headingPending) return () => undefined;
  const ready = () => !!heading()?.textContent?.trim();
  // The request is kept until it is met: a layout that mounts and unmounts again on its way to the
  // first page (a busy machine shows that) must leave it for the layout that stays.
  const done = () => {
    headingPending = false;
    stop();
  };
  if (ready()) {
    focusMainHeading();
    headingPending = false;
    return () => undefined;
  }
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn);
  };
  // The person moved focus themselves: the request is met by them.
  const onFocusIn = () => done();
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    if (nothingFocused()) focusMainHeading();
    done();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  document.addEventListener('focusin', onFocusIn);
  return stop;
}

/** Whether a control can still hold focus: in the page, and neither display:none nor visibility:hidden. */
const usable = (el: HTMLElement) => el.isConnected && el.checkVisibility({ visibilityProperty: true });

/**
 * Gives focus back to the control that opened a dialog. While focus rests there, watches for the
 * refresh that follows an action removing or hiding it (冻结 becomes 解冻; the bulk toolbar folds
 * away), and then moves focus to the page's heading.
 */
export function returnFocus(opener: HTMLElement | null) {
  if (!opener || opener === document.body) return;
  if (!usable(opener)) {
    focusMainHeading();
    return;
  }
  opener.focus();
  const stop = () => {
    observer.disconnect();
    opener.removeEventListener('focusout', onFocusOut);
  };
  const rescue = () => {
    stop();
    if (nothingFocused() || document.activeElement === opener) focusMainHeading();
  };
  // Leaving the opener for another control ends the watch; losing it because it went away does not.
  const onFocusOut = () => queueMicrotask(() => (usable(opener) ? stop() : rescue()));
  const observer = new MutationObserver(() => {
    if (!usable(opener)) rescue();
  });
  opener.addEventListener('focusout', onFocusOut);
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
}
