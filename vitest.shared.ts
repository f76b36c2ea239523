import { defineConfig } from 'vitest/config';

/** Shared by every package: resolve workspace packages to their TypeScript sources, not dist. */
export default defineConfig({
  resolve: { conditions: ['@larkgen/source', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@larkgen/source', 'import', 'default'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // A missing snapshot fails the run instead of being written silently (`vitest -u` writes them).
    update: 'none',
  },
});
