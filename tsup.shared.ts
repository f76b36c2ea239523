import path from 'node:path';
import type { Options } from 'tsup';

/**
 * How every library package is built (`tsup` in the package, config in its `tsup.config.ts`):
 * an ES module build (`.js`, `.d.ts`) and a CommonJS build (`.cjs`, `.d.cts`) of each entry, so
 * that `import`, `require` and TypeScript under every `moduleResolution` get code and types of
 * the right kind. Entries share code through chunks (one copy of each class, so `instanceof`
 * holds across entry points). Run from the package folder; `root` makes the paths absolute so
 * that a benchmark can build the same way from elsewhere.
 *
 * A new entry point: add it to `entry` here and to `exports` in package.json (the release check
 * runs publint and arethetypeswrong over it).
 */
export function libraryBuild(root: string, entry: Record<string, string>, extra: Options = {}): Options {
  return {
    entry: Object.fromEntries(Object.entries(entry).map(([name, file]) => [name, path.join(root, file)])),
    outDir: path.join(root, 'dist'),
    tsconfig: path.join(root, 'tsconfig.build.json'),
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    // `import.meta.url` in the CommonJS build.
    shims: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: true,
    // Not minified: a minifier drops the /* @__PURE__ */ marks that let an application's bundler
    // leave out what it does not call.
    minify: false,
    treeshake: false,
    silent: true,
    ...extra,
  };
}
