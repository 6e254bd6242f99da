import type { Page } from 'playwright-core';

/**
 * What makes the page wider than the window at 320 CSS px (WCAG 1.4.10): whether the document scrolls
 * sideways, and the innermost elements of `main` that reach past the window's right edge without a scroll
 * container of their own around them (a table's scroller is WCAG's exception). An element clipped by an
 * `overflow: hidden` box counts too: the page does not scroll, but part of it cannot be read.
 */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('main *')].filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) return false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return false;
      }
      return true;
    });
    // The innermost ones say what is too wide (their ancestors only contain it).
    const innermost = wide.filter((el) => !wide.some((w) => w !== el && el.contains(w)));
    return {
      pageScrolls: document.documentElement.scrollWidth > width,
      wide: innermost.slice(0, 5).map((el) => {
        const r = Math.round(el.getBoundingClientRect().right);
        return `${el.tagName.toLowerCase()}.${String(el.className)} (to ${r} px) ${el.textContent?.slice(0, 30)}`.slice(
          0,
          200,
        );
      }),
    };
  });

/** Every tab of each tab bar is on screen (wrapped onto more rows, not clipped). */
export const tabsOnScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main [role="tab"]')]
      .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((t) => t.textContent),
  );
