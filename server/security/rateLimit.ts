import type { Clock } from '../clock';

/**
 * Fixed-window counter per key, in memory: enough for one process, and it runs before any
 * password hashing so a flood of guesses costs the server nothing.
 */
export function createRateLimiter(opts: { windowMs: number; max: number; clock: Clock }) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts a hit; false when the key is over its limit for the current window. */
    hit(key: string): boolean {
      const now = opts.clock.now().getTime();
      const w = windows.get(key);
      if (!w || now - w.start >= opts.windowMs) {
        if (windows.size > 10_000) windows.clear();
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      w.count++;
      return w.count <= opts.max;
    },
    /** Whether the key has used up the current window, without counting a hit. */
    spent(key: string): boolean {
      const w = windows.get(key);
      return !!w && opts.clock.now().getTime() - w.start < opts.windowMs && w.count >= opts.max;
    },
  };
}
