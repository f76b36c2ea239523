import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(shared, defineConfig({
  test: {
    // CLI tests start child processes one after another: on an over-committed 2-core machine a
    // single test can take minutes. Ceilings, not budgets.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['./test/global-setup.ts'],
    // Keeps the transformed sources on disk between runs (node_modules/.experimental-vitest-cache):
    // a warm run does not transform the CLI, the SDK and the generated tables again.
    experimental: { fsModuleCache: true },
  },
}));
