import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Writes x.br and x.gz beside each text asset over 1 kB, so the server sends them without compressing per request. */
function precompress(): Plugin {
  return {
    name: 'hrss-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg)$/.test(file)) continue;
        const full = path.join(options.dir!, file);
        const data = fs.readFileSync(full);
        if (data.length <= 1024) continue;
        fs.writeFileSync(
          `${full}.br`,
          zlib.brotliCompressSync(data, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
      }
    },
  };
}

// One config for the console build (vite) and the three test depths (vitest projects).
export default defineConfig({
  root: 'client',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries every screen needs, in a few long-lived chunks: a console release changes only the app's own chunks.
        // Higher priority captures first, so react-admin's group does not swallow MUI and React as its dependencies.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
              priority: 30,
              tags: ['$initial'],
            },
            {
              name: 'vendor-mui',
              test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/,
              priority: 20,
              tags: ['$initial'],
            },
            { name: 'vendor-admin', test: /node_modules[\\/]/, priority: 10, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  test: {
    root: '.',
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    // A worker that closes Chromium and its server on a busy machine can take longer than vitest's 10 s.
    teardownTimeout: 60_000,
    projects: [
      // groupOrder runs the depths one after another (unit, api, then browser), each with its own worker count.
      {
        extends: true,
        test: { name: 'unit', root: '.', include: ['tests/domain/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Timeouts are upper bounds for a machine whose both cores are busy with other work, not speed targets.
        test: {
          name: 'api',
          root: '.',
          include: ['tests/api/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          // Each file starts its own app on its own temporary database, so the files of a worker can share
          // one module graph: importing the server once per worker, not per file, halves this depth's time.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      // Security checks at API depth (authorization matrix, fuzz, lockout race, audit chain…), a project of their own.
      {
        extends: true,
        test: {
          name: 'security',
          root: '.',
          include: ['tests/security/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
          // Each file starts its own app on its own temporary database, so the files of a worker can share
          // one module graph: importing the server once per worker, not per file, halves this depth's time.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the console and a seeded template database once for all browser tests.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 240_000,
          hookTimeout: 600_000,
          // expect.poll gives up after 1 s by default: a loaded machine renders a list slower than that.
          // Polls wait on a condition, so a long budget costs nothing when the page is quick.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          pool: 'forks',
          // Two browser files at a time: each is its own server and Chromium, and every wait is on a
          // condition, so sharing the two cores costs time per file, not correctness (the suite's budget is 8 min).
          maxWorkers: 2,
          // As in the API depth: each file has its own app, database and Chromium, so a worker's files can
          // share one import of the server instead of loading it per file.
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
