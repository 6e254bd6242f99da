/**
 * The real app in its own process (`tsx app-server.ts <db file> <data dir> [built console dir]`), so the load
 * generator never shares its event loop; it sends `{ port }` to its parent.
 */
import { openDb } from '../../db/client';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';

const [file, dataDir, clientDir] = process.argv.slice(2);
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_PATH: file });
const db = openDb(file);
const { app } = createApp({ db, config, clientDir });
const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as { port: number }).port }));
process.on('disconnect', () => process.exit(0));
