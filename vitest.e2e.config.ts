import { defineConfig } from 'vitest/config';

/** Real Chromium with the built extension (.output/chrome-mv3); `npm test` builds it first. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
