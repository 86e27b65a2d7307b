import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import solid from 'vite-plugin-solid';

// Unit and contract tiers. The e2e tier (Playwright, built extension) lives in test/e2e.
export default defineConfig({
  plugins: [WxtVitest(), solid()],
  test: {
    globals: true,
    environment: 'node',
    include: ['**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', 'test/e2e/**'],
  },
});
