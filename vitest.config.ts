import { defineConfig } from 'vitest/config';

/** Unit, database and contract tests. Node environment by default; renderer tests opt into jsdom per file. */
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
