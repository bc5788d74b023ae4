import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each worker runs its own browser with the extension; two cores here.
  workers: 2,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', testMatch: 'chromium/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
