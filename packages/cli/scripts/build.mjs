// Builds the CLI for a fast start (see bin/lark-cli.cjs):
// - dist/main.cjs: the whole hand-written runtime and the command index, one CommonJS file
//   (CommonJS loads faster than a graph of ES modules on Node 20).
// - dist/lazy/…: what is loaded only on demand, one small file each: every generated method,
//   doc, shortcut, completion script and the scope table (data), the SDK bridge (with the SDK
//   bundled in) and the jq bridge. main.cjs requires them by relative path when needed.
// - dist/main.cjs.cache: a V8 code cache for main.cjs, made by running the CLI once.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
// Built beside dist/ and swapped in at the end, so a CLI run (or another test run) never sees a
// half-built dist/.
const finalDir = path.join(root, 'dist');
const outdir = path.join(root, `.dist-building-${process.pid}`);
const lazyDir = path.join(outdir, 'lazy');
const started = Date.now();
fs.rmSync(outdir, { recursive: true, force: true });

/** Source files loaded on demand, each built into its own file under dist/lazy. */
const generated = path.join(src, 'generated');
const lazyEntries = [
  ...['methods', 'docs', 'shortcuts', 'completions'].flatMap((d) => fs.readdirSync(path.join(generated, d)).filter((f) => f.endsWith('.ts')).map((f) => path.join(generated, d, f))),
  path.join(generated, 'scopes.ts'),
  path.join(src, 'core/client.ts'),
  path.join(src, 'core/jq.ts'),
  path.join(src, 'mcp/command.ts'),
  // `lark-cli event`, with its data and the long connection (ws and protobuf bundled in).
  path.join(src, 'commands/event.ts'),
];
const lazySet = new Set(lazyEntries);
const lazyOut = (abs) => path.join(lazyDir, path.relative(src, abs)).replace(/\.ts$/, '.cjs');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  conditions: ['@larkgen/source'],
  // import() becomes require(): no ES module loader at start-up.
  supported: { 'dynamic-import': false },
  minify: process.env.LARK_CLI_BUILD_MINIFY !== '0',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

/** Keeps lazily loaded modules out of main.cjs: they are required from dist/lazy by relative path. */
const externalizeLazy = {
  name: 'externalize-lazy',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import' && args.kind !== 'require-call') return undefined;
      const abs = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      if (!lazySet.has(abs)) return undefined;
      let rel = path.relative(outdir, lazyOut(abs)).split(path.sep).join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return { path: rel, external: true };
    });
  },
};

const main = await build({ ...common, entryPoints: [path.join(src, 'main.ts')], outfile: path.join(outdir, 'main.cjs'), plugins: [externalizeLazy], external: ['jq-wasm'] });
// The MCP SDK stays a runtime dependency (it brings its own zod and ajv): required from node_modules by `lark-cli mcp` only.
// ws loads optional native speed-ups when present; the CLI does without them.
const lazy = await build({ ...common, entryPoints: lazyEntries, outdir: lazyDir, outbase: src, outExtension: { '.js': '.cjs' }, external: ['jq-wasm', '@modelcontextprotocol/sdk', 'bufferutil', 'utf-8-validate'] });

for (const [name, r] of [['main.cjs', main], ['lazy', lazy]]) {
  for (const out of Object.keys(r.metafile.outputs)) {
    if (/node_modules[\\/](yaml|ajv|ts-morph|handlebars)[\\/]|@larkgen[\\/]spec/.test(Object.keys(r.metafile.outputs[out].inputs).join('\n'))) {
      throw new Error(`${name}: ${out} bundles a build-time dependency (spec loader, yaml, ajv or generator code)`);
    }
  }
}

const retired = path.join(root, `.dist-old-${process.pid}`);
if (fs.existsSync(finalDir)) fs.renameSync(finalDir, retired);
fs.renameSync(outdir, finalDir);
fs.rmSync(retired, { recursive: true, force: true });

// The V8 code cache of main.cjs, made by a representative run (a dry-run touches most of the hot path).
execFileSync(process.execPath, [path.join(root, 'bin/lark-cli.cjs'), 'im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_x', '--msg-type', 'text', '--content', '{}', '--dry-run'], {
  env: { PATH: process.env.PATH, HOME: finalDir, LARKSUITE_CLI_CONFIG_DIR: path.join(finalDir, '.none'), LARKSUITE_CLI_CODE_CACHE: 'write' },
  stdio: 'ignore',
});
const files = [...Object.keys(main.metafile.outputs), ...Object.keys(lazy.metafile.outputs)];
const bytes = [...Object.values(main.metafile.outputs), ...Object.values(lazy.metafile.outputs)].reduce((a, o) => a + o.bytes, 0);
const mainBytes = Object.values(main.metafile.outputs)[0].bytes;
const cache = fs.existsSync(path.join(finalDir, 'main.cjs.cache')) ? 'with code cache' : 'no code cache';
console.log(`built ${files.length} files (${Math.round(bytes / 1024)} kB; main.cjs ${Math.round(mainBytes / 1024)} kB, ${cache}) in ${Date.now() - started} ms`);
