/**
 * esbuild plugins that lay out the SDK's build (tsup.config.ts): each entry point is one file,
 * and what the main entry loads lazily (`import()`: a `LarkClient` method, the wording of a failed
 * answer, the download guard, the log records, the error hints) is one file of its own under `dist/lazy/`.
 *
 * Why one file: Node pays for every file a `import '@larkgen/sdk'` reaches, and an application's
 * bundler tree-shakes one module statement by statement, while a chunk graph of ours would be
 * inherited whole (a bundler keeps every chunk that a chunk it uses imports). So `index` holds the
 * runtime and every standalone function, `node` imports `index` instead of copying it, and a lazy
 * file imports the error classes (whose identity `instanceof` needs) from `index` and carries its
 * own copy of the rest (its descriptor, the method factory, paging, download or upload code).
 *
 * Why copies: a bundler splits code into chunks by module file, so whatever a lazy file takes
 * from `index` lands in the chunk an application loads up front. Taking only the error classes
 * (which the client itself throws) keeps paging, uploads and downloads out of a bundle that calls
 * none of them. `LarkDownload` answers `instanceof` for every copy (see core/download.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = `${path.sep}src${path.sep}`;
/** The file name (no extension) under `dist/lazy/` of a module the main entry imports lazily. */
export const lazyName = (file) => path.basename(file).replace(/\.ts$/, '');

/** Every module the main entry imports lazily, by its name under `dist/lazy/`. */
export function lazyEntries(root) {
  const entries = {
    failure: 'src/core/failure.ts',
    redirect: 'src/core/redirect.ts',
    'validate-words': 'src/core/validate-words.ts',
    idle: 'src/core/idle.ts',
    log: 'src/core/log.ts',
    'error-hints': 'src/generated/error-hints.ts',
  };
  const generated = path.join(root, 'src/generated');
  for (const service of fs.readdirSync(generated, { withFileTypes: true })) {
    const methods = path.join(generated, service.name, 'methods');
    if (!service.isDirectory() || !fs.existsSync(methods)) continue;
    for (const f of fs.readdirSync(methods).sort()) if (f.endsWith('.ts')) entries[lazyName(f)] = `src/generated/${service.name}/methods/${f}`;
  }
  return entries;
}

const extension = (b) => (b.initialOptions.format === 'cjs' ? '.cjs' : '.js');

/**
 * For the entry points: a dynamic import becomes an import of the module's own file under
 * `lazy/` (in the CommonJS build a `require` of it, keeping its default and named exports), and
 * `node`'s import of the main entry stays an import of `index`.
 */
export const entryLayout = {
  name: 'entry-layout',
  setup(b) {
    const ext = extension(b);
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.includes(SRC)) return undefined;
      const file = path.resolve(path.dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      if (args.kind === 'dynamic-import') {
        const target = `./lazy/${lazyName(file)}${ext}`;
        return ext === '.cjs' ? { path: target, namespace: 'lazy-require' } : { path: target, external: true };
      }
      if (file === path.join(path.dirname(args.importer), 'index.ts') && args.importer.endsWith(`${SRC}node.ts`)) return { path: `./index${ext}`, external: true };
      return undefined;
    });
    // CommonJS: `import()` of a CommonJS file would hand over `module.exports` as `default`; this
    // ES module stand-in becomes a `require` of the file that keeps its `default` and named exports.
    b.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => {
      const file = JSON.stringify(args.path);
      return { contents: `export * from ${file};\nexport { default } from ${file};\n`, loader: 'js' };
    });
    b.onResolve({ filter: /^\.\/lazy\//, namespace: 'lazy-require' }, (args) => ({ path: args.path, external: true }));
  },
};

/** Runtime modules a lazy file takes from `index` (by names `index` exports) rather than copying. */
const SHARED = [`${SRC}core${path.sep}errors.ts`];

/** For the lazy files (built into `dist/lazy/`): the error classes come from `../index`. */
export const lazyLayout = {
  name: 'lazy-layout',
  setup(b) {
    const ext = extension(b);
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = path.resolve(path.dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      if (args.kind === 'dynamic-import') return { errors: [{ text: `${args.importer}: a lazily loaded module may not load another lazily (${args.path})` }] };
      return SHARED.some((s) => file.endsWith(s)) ? { path: `../index${ext}`, external: true } : undefined;
    });
  },
};
