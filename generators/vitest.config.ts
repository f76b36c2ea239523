import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

export default mergeConfig(
  shared,
  defineConfig({
    // Tests here run whole generations and TypeScript compiles: seconds each on an idle machine,
    // minutes on a 2-core one at load 30.
    test: { testTimeout: 300_000 },
  }),
);
