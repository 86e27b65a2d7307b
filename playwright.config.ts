import { defineConfig } from '@playwright/test';

// The e2e tier: the demo build (.output/chrome-mv3-demo, the store build plus the demo room in its
// manifest) in headless Chromium. `npm run test:e2e` builds first. One worker: each test launches its own browser profile.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './test/e2e/global-setup.ts',
});
