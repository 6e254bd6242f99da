import path from 'node:path';
import { createApp } from './app';
import { boot, printWelcome, ROOT } from './boot';
import { createSmsDispatcher } from './sms/dispatcher';
import { providerFromConfig } from './sms/providers';
import { startPruning } from './modules/sign-in-events/sign-in-events.service';

const { config, db } = await boot();
const { app, ctx } = createApp({ db, config, clientDir: path.join(ROOT, 'dist/client') });
const sms = createSmsDispatcher(ctx, providerFromConfig(config));
sms.start(config.sms.intervalMs);
const stopPruning = startPruning(ctx);

const server = app.listen(config.port, config.host, () => {
  printWelcome(config, `http://localhost:${config.port}`);
});

function shutdown() {
  sms.stop();
  stopPruning();
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
