/**
 * Bundles each entry of the package into one ES module (the declarations come from tsc): one file
 * to load instead of ~50 is what keeps `import '@larkgen/sdk'` within a few milliseconds.
 * `node scripts/bundle.mjs [outdir]` (default dist); `bundle(outdir)` for the benchmark.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Descriptors are plain data; V8 reads a JSON string faster than it compiles the same object
 * literal, and they are most of the package. So in the bundle each generated descriptor becomes
 * `/* @__PURE__ *\/ JSON.parse('…')` (still dropped by a bundler when unused). The sources keep the
 * readable literals.
 */
const descriptorsAsJson = {
  name: 'descriptors-as-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/][^\\/]+[\\/]descriptors\.ts$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      const expected = text.split(': MethodDescriptor = {').length - 1;
      let done = 0;
      const contents = text.replace(/(: MethodDescriptor = )(\{[^\n]*\}|\{\n[\s\S]*?\n\});/g, (_, head, literal) => {
        done++;
        // The generator prints these literals from plain data (no code), so evaluating them is safe.
        const json = JSON.stringify(new Function(`return ${literal}`)());
        return `${head}/* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`;
      });
      if (done !== expected || expected === 0) throw new Error(`${args.path}: converted ${done} of ${expected} descriptors`);
      return { contents, loader: 'ts' };
    });
  },
};

export async function bundle(outdir = path.join(root, 'dist')) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    // Not minified: esbuild would drop the /* @__PURE__ */ marks that let an application's
    // bundler leave out the methods it does not call.
    legalComments: 'none',
    logLevel: 'warning',
  };
  await Promise.all([
    // The error hints, loaded on the first error, become a chunk of their own.
    build({ ...common, platform: 'neutral', entryPoints: { index: 'src/index.ts' }, outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]', plugins: [descriptorsAsJson] }),
    // The Node entry re-uses the main bundle (one copy of the error classes), not a second one.
    build({ ...common, platform: 'node', entryPoints: { node: 'src/node.ts' }, outdir, external: ['./index.js'] }),
    build({ ...common, platform: 'neutral', entryPoints: { 'generated/descriptors': 'src/generated/descriptors.ts' }, outdir, plugins: [descriptorsAsJson] }),
    // Cards: the validator, renderer and schemas come from @larkgen/im-content and are inlined here,
    // so the SDK still installs nothing; kept out of the main entry (the schemas are ~60 KB).
    build({ ...common, platform: 'neutral', entryPoints: { cards: 'src/cards.ts' }, outdir }),
  ]);
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
