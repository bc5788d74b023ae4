import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  define: { 'import.meta.env.BROWSER': JSON.stringify('chrome') },
  test: {
    // Unit tests mirror src/ here; a test under src/ fails tests/unit/architecture/imports.test.ts.
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // fakeBrowser's missing commands.onCommand, for every test that starts the background.
    setupFiles: ['tests/unit/setup/fake-commands.ts', 'tests/unit/setup/fake-connect.ts'],
    // Property tests and the CLI tests (which start tsx) take seconds on a busy 2-core machine; a slow
    // machine must not turn into a red build.
    testTimeout: 60_000,
  },
});
