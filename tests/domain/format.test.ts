import { describe, expect, it } from 'vitest';
import { formatSize, formatTime } from '../../client/common/format';

describe('how the console prints times and sizes', () => {
  it('when a time is stored in UTC, then it reads in Beijing time', () => {
    expect(formatTime('2026-11-02T01:30:00.000Z')).toBe('2026-11-02 09:30');
    expect(formatTime(null)).toBe('');
    expect(formatTime('not a time')).toBe('not a time');
  });

  it('when a file is tiny, large or huge, then its size has a unit that says something', () => {
    expect(formatSize(812)).toBe('812 B');
    expect(formatSize(36 * 1024 + 100)).toBe('36 KB');
    expect(formatSize(2.4 * 1024 * 1024)).toBe('2.4 MB');
  });
});
