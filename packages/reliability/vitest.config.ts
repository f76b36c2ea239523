import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

/**
 * Unlike the other packages, this suite loads the workspace packages built (their dist/, what
 * users install), not their TypeScript sources: the sources would be transformed by vite on every
 * run, the built files are loaded by Node as they are. src/support/global-setup.ts builds them
 * when they are missing or older than their sources.
 */
const BUILT = ['import', 'default'];

const config = mergeConfig(
  shared,
  defineConfig({
    test: {
      globalSetup: ['./src/support/global-setup.ts'],
      // The figures table is built from the test results themselves (failures and skips included).
      reporters: ['default', './src/figures-reporter.ts'],
      testTimeout: 300_000,
      hookTimeout: 120_000,
      // Suites share heavy child processes; one at a time keeps the machine usable.
      fileParallelism: false,
      // Built workspace packages are loaded by Node itself, like any installed dependency.
      server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
    },
  }),
);
// mergeConfig would add to the shared (source-first) condition lists; these replace them.
config.resolve.conditions = BUILT;
config.ssr.resolve.conditions = BUILT;
export default config;
