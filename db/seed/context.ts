import type { Db } from '../client';
import type { Rng } from './random';

/** Handed to every area's seeder, in order: foundation first, then units, appeals, institutions, titles. */
export interface SeedContext {
  db: Db;
  rng: Rng;
  /** 1 = the demo; larger numbers multiply the bulk data for benchmarks. */
  scale: number;
  now: Date;
  /** Ids of the demo staff by username, and of the org tree by a stable key. */
  staffIds: Record<string, number>;
  orgIds: Record<string, number>;
  log: (msg: string) => void;
}
