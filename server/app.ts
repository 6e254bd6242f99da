import path from 'node:path';
import fs from 'node:fs';
import express from 'express';
import helmet from 'helmet';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import type { Db } from '../db/client';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import type { AppContext } from './context';
import { errorHandler, notFoundHandler } from './http/errorHandler';
import { sameOriginGuard } from './http/origin';
import { requireAuth, sessionMiddleware } from './http/session';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health/health.routes';
import { intakeModules, staffModules } from './modules';
import { intakeKeyGuard } from './security/intakeKey';
import { clientAssets } from './http/clientAssets';

export interface CreateAppOptions {
  db: Db;
  config: Config;
  clock?: Clock;
  /** Serve the built console from this folder (production start); omitted in API tests and dev. */
  clientDir?: string;
}

/** Builds the whole Express app; index.ts only listens, tests start it on an ephemeral port. */
export function createApp(opts: CreateAppOptions) {
  const logger = pino({
    level: opts.config.logLevel,
    // Personal data and credentials never reach the log.
    redact: [
      'req.headers.cookie',
      'req.headers["x-intake-key"]',
      'res.headers["set-cookie"]',
      '*.password',
      '*.idNumber',
      '*.phone',
    ],
  });
  const ctx: AppContext = { db: opts.db, config: opts.config, clock: opts.clock ?? systemClock, logger };
  const app = express();
  app.set('trust proxy', opts.config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      // Served over plain HTTP on the bureau's intranet: HSTS and upgrade-insecure-requests would lock people out.
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        directives: {
          upgradeInsecureRequests: null,
          imgSrc: ["'self'", 'data:', 'blob:'],
          frameSrc: ["'self'"],
          objectSrc: ["'self'"],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
      // One short line per request: who needs headers can turn LOG_LEVEL to debug and read them in the app.
      serializers: {
        req: (req: pino.SerializedRequest) => ({ method: req.method, url: req.url?.split('?')[0] }),
        res: (res: pino.SerializedResponse) => ({ status: res.statusCode }),
      },
    }),
  );

  const api = express.Router();
  // Lists, records, /pii and exports all carry personal data: no browser or proxy may keep them (files may relax it).
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: '1mb' }));
  api.use(sameOriginGuard(opts.config.allowedOrigins));
  api.use('/health', healthRoutes(ctx));

  const intake = express.Router();
  intake.use(intakeKeyGuard(ctx));
  for (const [p, build] of intakeModules) intake.use(`/${p}`, build(ctx));
  api.use('/intake', intake);

  api.use(sessionMiddleware(ctx));
  api.use('/auth', authRoutes(ctx));
  api.use(requireAuth);
  for (const [p, build] of staffModules) api.use(`/${p}`, build(ctx));
  api.use(notFoundHandler);

  app.use('/api', api);
  if (opts.clientDir && fs.existsSync(path.join(opts.clientDir, 'index.html'))) {
    app.use(clientAssets(opts.clientDir));
  }
  app.use(errorHandler);
  return { app, ctx };
}
