import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each worker runs its own browser with the extension; two cores here.
  workers: 2,
  fullyParallel: false,
  // No retries: a test that passes only on its second try is a flaky test, and CI must say so.
  retries: 0,
  // Generous: a test that fails fails fast on its assertion; only a slow, busy machine ever reaches this.
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', testMatch: 'chromium/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
