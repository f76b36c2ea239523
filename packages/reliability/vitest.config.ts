import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      // The figures table is built from the test results themselves (failures and skips included).
      reporters: ['default', './src/figures-reporter.ts'],
      testTimeout: 300_000,
      hookTimeout: 120_000,
      // Suites share heavy child processes; one at a time keeps the machine usable.
      fileParallelism: false,
    },
  }),
);
