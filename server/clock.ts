/** Every "now" on the server comes from here, so tests can move time (idle sessions, lockouts, deadlines). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests control. `running` makes it tick with real time from its start (browser tests). */
export class ManualClock implements Clock {
  private readonly realStart = Date.now();
  constructor(
    private current = new Date('2026-11-02T09:00:00+08:00'),
    private readonly running = false,
  ) {}
  now() {
    return new Date(this.current.getTime() + (this.running ? Date.now() - this.realStart : 0));
  }
  set(at: Date | string) {
    this.current = new Date(at);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}
