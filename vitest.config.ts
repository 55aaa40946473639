import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // OCR and worker pools are heavy: keep test files from competing for the two cores.
    fileParallelism: false,
    // Command-line runs started by tests keep no store in the checkout unless a test gives --db.
    env: { WENSHEN_DB: ':memory:' },
  },
});
