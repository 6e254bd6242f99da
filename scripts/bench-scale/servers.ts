import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface Served {
  url: string;
  stop: () => void;
}

/** Forks one of the two servers under tsx and waits for the port it reports. */
function start(script: string, args: string[]): Promise<Served> {
  const child: ChildProcess = fork(path.join(HERE, script), args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) =>
      resolve({ url: `http://127.0.0.1:${m.port}`, stop: () => child.kill() }),
    );
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
}

export const startApp = (file: string, dataDir: string, clientDir?: string) =>
  start('app-server.ts', [file, dataDir, ...(clientDir ? [clientDir] : [])]);
export const startRaw = (file: string) => start('raw-server.ts', [file]);

/** The session cookie of a demo account (the raw server names its actor in `x-actor` instead). */
export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
