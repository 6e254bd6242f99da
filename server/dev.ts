import path from 'node:path';
import express from 'express';
import { createServer as createViteServer } from 'vite';
import { createApp } from './app';
import { boot, printWelcome, ROOT } from './boot';
import { createSmsDispatcher } from './sms/dispatcher';
import { providerFromConfig } from './sms/providers';

// `npm run dev`: one process, the API plus vite's dev server (hot reload) for the console.
const { config, db } = await boot();
const { app: api, ctx } = createApp({ db, config });
const vite = await createViteServer({
  configFile: path.join(ROOT, 'vite.config.ts'),
  server: { middlewareMode: true },
  appType: 'spa',
});
const app = express();
app.use((req, res, next) => (req.url.startsWith('/api') ? api(req, res, next) : vite.middlewares(req, res, next)));
createSmsDispatcher(ctx, providerFromConfig(config)).start(config.sms.intervalMs);
app.listen(config.port, config.host, () => printWelcome(config, `http://localhost:${config.port}`));
