import { defineConfig } from 'vitest/config';

/**
 * Shared by every package. Workspace packages resolve to their TypeScript sources, not dist.
 *
 * Sized for a 2-core machine that may be busy with other work: turbo runs two packages at a time
 * (turbo.json `concurrency`), and each package runs at most two test files at a time. Timeouts are
 * generous ceilings for a loaded machine, not budgets: no test asserts how fast anything ran.
 * Long fuzzing runs a fixed, smaller seed set unless LARKGEN_TEST_FULL=1 (`pnpm test:full`).
 */
export default defineConfig({
  resolve: { conditions: ['@larkgen/source', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@larkgen/source', 'import', 'default'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    maxWorkers: 2,
    // Test files in one worker share their imported modules: importing the spec model, the
    // emulator or the CLI once per worker instead of once per file halves the suite's CPU. Tests
    // that change process-wide state (env, cwd, timers, mocks) restore it in their own hooks.
    isolate: false,
    // A unit test takes milliseconds; one that starts an emulator or runs the CLI a few seconds on
    // an idle machine. A minute covers either with the machine several times over-committed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Transformed sources stay on disk between runs (node_modules/.experimental-vitest-cache, keyed
    // by content): a warm run does not transform the workspace's TypeScript again. It caches
    // compiled modules, never test results.
    experimental: { fsModuleCache: true },
    // A missing snapshot fails the run instead of being written silently (`vitest -u` writes them).
    update: 'none',
  },
});
