import type { Logger } from 'pino';
import type { Db } from '../db/client';
import type { Config } from './config';
import type { Clock } from './clock';

/** What every module's routes and services are built with; tests build their own. */
export interface AppContext {
  db: Db;
  config: Config;
  clock: Clock;
  logger: Logger;
}
