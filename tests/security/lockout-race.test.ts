import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, staff } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';

/**
 * Counts the password checks the server runs and, when asked, holds them all until the test lets them go:
 * that is the attacker's best case, every guess of a burst arriving before the first check has finished.
 */
const checks = vi.hoisted(() => {
  let release: (() => void) | undefined;
  let held: Promise<void> | undefined;
  return {
    started: 0,
    onStart: () => {},
    hold() {
      held = new Promise<void>((r) => (release = r));
    },
    release() {
      release?.();
      held = undefined;
    },
    get held() {
      return held;
    },
  };
});

vi.mock('../../server/security/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/security/passwords')>();
  return {
    ...real,
    async verifyPassword(hash: string, password: string) {
      checks.started++;
      checks.onStart();
      if (checks.held) await checks.held;
      return real.verifyPassword(hash, password);
    },
  };
});

let t: TestApp;
beforeAll(async () => {
  // The per-address login limit (20 a minute) would answer 429 and hide what the account lock does.
  t = await startTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
});
afterAll(() => t.close());

const PASSWORD = 'Shenhe@2026';
const attempt = (username: string, password: string) => t.anonymous().post('/api/auth/login', { username, password });
const account = (username: string) => t.db.select().from(staff).where(eq(staff.username, username)).get()!;
const lockRows = (staffId: number) =>
  t.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.action, 'auth.locked'), eq(auditLogs.resourceId, String(staffId))))
    .all();

describe('login lockout under parallel guessing', () => {
  it('when 20 wrong passwords arrive at once, then at most five are checked and the account is locked (the right password then gets 423)', async () => {
    checks.started = 0;
    const codes = (await Promise.all(Array.from({ length: 20 }, () => attempt('shenhe_city', 'Wrong@2026')))).map(
      (r) => r.status,
    );

    expect(checks.started).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(4);
    expect(
      codes.every((c) => c === 401 || c === 423),
      codes.join(','),
    ).toBe(true);
    const row = account('shenhe_city');
    expect(row.failedLogins).toBeGreaterThanOrEqual(5);
    expect(Date.parse(row.lockedUntil!)).toBeGreaterThan(t.clock.now().getTime());
    expect((await attempt('shenhe_city', PASSWORD)).status).toBe(423);
    expect(lockRows(row.id)).toHaveLength(1);
  });

  it('when 19 wrong passwords and the right one all arrive before any check ends, then no 200, at most five checks, and the account is locked', async () => {
    const passwords = Array.from({ length: 20 }, (_, i) => (i === 7 ? PASSWORD : 'Wrong@2026'));
    checks.started = 0;
    checks.hold();
    let answered = 0;
    // Every request has either been answered without a check or is waiting in one: now let the checks finish.
    const releaseWhenAllDecided = () => {
      if (checks.started + answered >= passwords.length) checks.release();
    };
    checks.onStart = releaseWhenAllDecided;
    const codes = await Promise.all(
      passwords.map(async (pw) => {
        const res = await attempt('shenhe_dept', pw);
        answered++;
        releaseWhenAllDecided();
        return res.status;
      }),
    );
    checks.onStart = () => {};

    expect(codes, codes.join(',')).not.toContain(200);
    expect(checks.started).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(4);
    const row = account('shenhe_dept');
    expect(Date.parse(row.lockedUntil!)).toBeGreaterThan(t.clock.now().getTime());
    const again = await attempt('shenhe_dept', PASSWORD);
    expect(again.status).toBe(423);
    expect(again.body.message).toMatch(/锁定/);
    expect(lockRows(row.id)).toHaveLength(1);
  });

  it('when the lock has run out, then the right password signs in and the count starts again from zero', async () => {
    t.clock.advance(16 * 60_000);
    expect((await attempt('shenhe_dept', PASSWORD)).status).toBe(200);
    expect(account('shenhe_dept')).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });
});
