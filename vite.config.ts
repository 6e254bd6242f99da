import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the console build (vite) and the three test depths (vitest projects).
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5173 },
  test: {
    root: '.',
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    projects: [
      // groupOrder runs the depths one after another (unit, api, then browser), each with its own worker count.
      { extends: true, test: { name: 'unit', root: '.', include: ['tests/domain/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'api', root: '.', include: ['tests/api/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks', maxWorkers: 2, sequence: { groupOrder: 1 } },
      },
      // Security checks at API depth (authorization matrix, fuzz, lockout race, audit chain…), a project of their own.
      {
        extends: true,
        test: { name: 'security', root: '.', include: ['tests/security/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, pool: 'forks', maxWorkers: 2, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the console and a seeded template database once for all browser tests.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 300_000,
          pool: 'forks',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
