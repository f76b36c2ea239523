import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      globalSetup: ['./src/figures-setup.ts'],
      testTimeout: 300_000,
      hookTimeout: 120_000,
      // Suites share the figures file and heavy child processes; one at a time keeps timings sane.
      fileParallelism: false,
    },
  }),
);
