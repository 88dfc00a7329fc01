import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30000,
    hookTimeout: 60000,
    // builds the CLI once into a private folder for the end-to-end tests (test/e2e)
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
