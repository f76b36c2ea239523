/**
 * An esbuild plugin for the SDK's build (tsup.config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DESCRIPTORS_FILE, descriptorsToJson } from './descriptors-as-json.mjs';

const NAMESPACE = 'lazy-method';
/** A generated module of a resource, a method's descriptor or a method (`generated/<service>/[descriptors/|methods/]<name>.ts`). */
const RESOURCE_FILE = /[\\/]generated[\\/][^\\/]+[\\/](descriptors[\\/]|methods[\\/])?[^\\/]+\.ts$/;

/**
 * `LarkClient` imports each method's module with `import()` on the method's first call, so that an
 * application's bundler splits the methods into chunks and loads only the ones called. The
 * descriptors those modules import are also reached statically, through the standalone functions
 * that `index` exports; in one build a module shared that way becomes a chunk file of its own, and
 * Node would then load ~80 small files on every import of the package. So this plugin gives the
 * client's dynamic imports a copy of each method module and of its descriptor: the package's main
 * chunk keeps every standalone function in one file, and each method also ships as one lazily
 * imported file whose runtime imports (`core/*`) stay shared. Sources are untouched: the copies are
 * made from the same generated files at build time.
 */
export const lazyMethodChunks = {
  name: 'lazy-method-chunks',
  setup(b) {
    const toCopy = (file) => ({ path: file, namespace: NAMESPACE });
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const fromClient = args.kind === 'dynamic-import' && /[\\/]generated[\\/]client\.ts$/.test(args.importer) && args.path !== './error-hints.js';
      if (!fromClient && args.namespace !== NAMESPACE) return undefined;
      const file = path.resolve(path.dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
      // Inside a copy, only generated resource files are copied; the runtime and schemas resolve as usual.
      if (fromClient || RESOURCE_FILE.test(file)) return toCopy(file);
      return b.resolve(args.path, { kind: args.kind, resolveDir: path.dirname(args.importer) });
    });
    b.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      contents: DESCRIPTORS_FILE.test(args.path) ? descriptorsToJson(args.path) : fs.readFileSync(args.path, 'utf8'),
      loader: 'ts',
      resolveDir: path.dirname(args.path),
    }));
  },
};
