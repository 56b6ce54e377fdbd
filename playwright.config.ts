import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the browser-served mode in Debian's Chromium (never a downloaded browser). */
export default defineConfig({
  testDir: 'renderer/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
