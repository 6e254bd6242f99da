import path from 'node:path';
import type { Db } from '../client';
import { loadConfig } from '../../server/config';
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

/**
 * Where the running app will look for seeded uploads: the configured folder when seeding the app's
 * own database, otherwise `uploads/` beside the database file (the test template, a benchmark copy).
 */
export function seedUploadDir(db: Db): string {
  const file = path.resolve(db.$client.name);
  const config = loadConfig();
  return file === config.databasePath ? config.uploadDir : path.join(path.dirname(file), 'uploads');
}
