// Builds the CLI for a fast start (see bin/lark-cli.cjs). esbuild splits the code at every
// dynamic import(): dist/main.cjs holds only the dispatcher; each command, generated method,
// doc, shortcut, completion script, the SDK bridge, jq and MCP live in their own files, and code
// shared between them in dist/chunks/. A command loads only the files it reaches.
//
// esbuild splits only ES modules, and Node 20 loads a graph of ES modules slower than the same
// graph in CommonJS, so the split ES output is then turned into CommonJS file by file: a static
// import becomes require(), a dynamic import() a require() run on demand.
import { build, transform } from 'esbuild';
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
const started = Date.now();
const minify = process.env.LARK_CLI_BUILD_MINIFY !== '0';
fs.rmSync(outdir, { recursive: true, force: true });

const result = await build({
  entryPoints: [path.join(src, 'main.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['@larkgen/source'],
  outdir,
  outbase: src,
  // Lazily imported files keep their place in src/ (generated/methods/im.messages.create.cjs …).
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  // The MCP SDK stays a runtime dependency (it brings its own zod and ajv), required from
  // node_modules by `lark-cli mcp` only; so does jq-wasm. ws loads optional native speed-ups when
  // present; the CLI does without them.
  external: ['jq-wasm', '@modelcontextprotocol/sdk', 'bufferutil', 'utf-8-validate'],
  minify,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  write: false,
  plugins: [narrowedIndexes()],
});

/**
 * esbuild splits by file: a module imported through a package's index makes every file that
 * index re-exports part of the importer's chunk, used or not. Through the SDK's root index that
 * is the whole SDK (every method and descriptor), through its core index still the HTTP client,
 * its validator and retries; through im-content's index, the renderers, name and thread helpers
 * of the list commands come along with the send path's content builder, and through the spec's
 * field index the value checker with the dispatcher's "did you mean". So each CLI module that
 * imports values from one of these indexes gets an index of its own re-exporting just the names
 * it imports, each from the file that defines it (followed through the index's re-exports). The
 * CLI's modules (src/) use only a few of the SDK's runtime helpers and get them from its core index;
 * only the SDK bridge (core/client.ts), loaded when a request is sent, takes the SDK's root. A
 * name the index does not export, or a default or namespace import, fails the build.
 */
function narrowedIndexes() {
  const bridge = path.join(src, 'core/client.ts');
  /** Import path → the index file to narrow, from the file the import resolves to. */
  const indexOf = {
    '@larkgen/sdk': (entry) => path.join(path.dirname(entry), 'core/index.ts'),
    '@larkgen/im-content': (entry) => entry,
    '@larkgen/im-content/node': (entry) => entry,
    '@larkgen/im-content/cards': (entry) => entry,
    '@larkgen/spec/fields': (entry) => entry,
  };
  return {
    name: 'narrowed-indexes',
    setup(b) {
      b.onResolve({ filter: /^@larkgen\/(sdk|im-content(\/node|\/cards)?|spec\/fields)$/ }, async (args) => {
        // A dynamic import() takes what it gets at run time: the whole index.
        if (args.pluginData === 'package-entry' || args.kind !== 'import-statement' || !args.importer.startsWith(src + path.sep)) return undefined;
        if (args.path === '@larkgen/sdk' && args.importer === bridge) return undefined;
        const entry = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'package-entry' });
        if (entry.errors.length) return { errors: entry.errors };
        const index = indexOf[args.path](entry.path);
        // Named by importer and index file (not the import path: see the build-time dependency check below).
        return { path: `${args.importer}?${path.relative(root, index)}`, namespace: 'narrowed-index', pluginData: { importer: args.importer, spec: args.path, index } };
      });
      b.onLoad({ filter: /.*/, namespace: 'narrowed-index' }, ({ pluginData: { importer, spec, index } }) => {
        const who = path.relative(root, importer);
        const source = fs.readFileSync(importer, 'utf8');
        const quoted = spec.replace(/[/]/g, '\\/');
        if (new RegExp(`import\\s+(?!type\\b)[^{;]*\\bfrom\\s*'${quoted}'`).test(source)) {
          return { errors: [{ text: `${who} imports ${spec} as a whole (default or namespace import); import the names it uses instead` }] };
        }
        const statementOf = reExportsOf(index);
        const names = valueImportsOf(source, quoted);
        const missing = names.filter((n) => !statementOf.has(n));
        if (missing.length) return { errors: [{ text: `${who} imports ${missing.join(', ')} from ${spec}, which ${path.relative(path.dirname(root), index)} does not export` }] };
        return { contents: names.map((n) => statementOf.get(n)).join('\n'), loader: 'ts', resolveDir: path.dirname(index) };
      });
    },
  };
}

/** The values (not types) a module imports or re-exports from the import path (regex-quoted). */
function valueImportsOf(source, quotedSpec) {
  const names = new Set();
  for (const m of source.matchAll(new RegExp(`(?:import|export)\\s+(type\\s+)?\\{([^}]*)\\}\\s*from\\s*'${quotedSpec}'`, 'g'))) {
    if (m[1]) continue;
    for (const item of m[2].split(',').map((x) => x.trim()).filter(Boolean)) {
      if (!item.startsWith('type ')) names.add(item.split(/\s+as\s+/)[0]);
    }
  }
  return [...names];
}

/**
 * name → the statement re-exporting it straight from the file that defines it, for each value an
 * index re-exports: `export { … } from`, `export * as … from`, and `export * from` another index,
 * followed. Paths are written relative to the first index's folder.
 */
function reExportsOf(index, base = path.dirname(index), statementOf = new Map()) {
  const dir = path.dirname(index);
  const from = (spec) => {
    const rel = path.relative(base, path.resolve(dir, spec)).split(path.sep).join('/');
    return JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`);
  };
  for (const [, typeOnly, list, namespace, spec] of fs.readFileSync(index, 'utf8').matchAll(/export\s+(type\s+)?(?:\{([^}]*)\}|\*\s+as\s+(\w+)|\*)\s*from\s*'([^']+)'/g)) {
    if (typeOnly) continue;
    if (list !== undefined) {
      for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
        if (item.startsWith('type ')) continue;
        const [name, alias = name] = item.split(/\s+as\s+/);
        statementOf.set(alias, `export { ${item} } from ${from(spec)};`);
      }
    } else if (namespace !== undefined) {
      statementOf.set(namespace, `export * as ${namespace} from ${from(spec)};`);
    } else {
      reExportsOf(path.resolve(dir, spec).replace(/\.js$/, '.ts'), base, statementOf);
    }
  }
  return statementOf;
}

/**
 * The loader each packed file starts with, one per dist/ folder (kept on globalThis): chunks are
 * registered by the files that carry them and instantiated once, on first require; a chunk no
 * loaded file carries is required from its own file. A chunk names another by its path from the
 * dist/ folder ("./chunks/….cjs", rewritten at build time), so no path is worked out at run time.
 * Emitted as source into every packed file.
 */
function chunkLoader(root, nodeRequire) {
  const factories = {};
  const modules = {};
  const requireFrom = (spec) => (spec[0] === '.' ? loader.load(spec.slice(2)) : nodeRequire(spec));
  const loader = {
    define(more) {
      for (const id in more) factories[id] ??= more[id];
    },
    load(id) {
      if (modules[id]) return modules[id].exports;
      const factory = factories[id];
      if (!factory) {
        // bin/lark-cli.cjs compiles the file from its code cache; plain require() otherwise.
        (globalThis[Symbol.for('larkgen.cli.load')] ?? nodeRequire)(root + id);
        return modules[id].exports;
      }
      const module = (modules[id] = { exports: {} });
      factory.call(module.exports, module, module.exports, requireFrom);
      return module.exports;
    },
  };
  return loader;
}

/**
 * A default import of a Node built-in (`import fs from "node:fs"`) is the module itself. esbuild's
 * CommonJS output would copy it, every name a getter, into an ES module view each time a chunk
 * importing it runs (a hundred-odd names for node:fs); it is required as it is instead. Only the
 * import statements the chunk starts with are read.
 */
function builtinsRequired(esm) {
  const imports = /^(?:\s*import\s*(?:[\w$*{}\s,]+from\s*)?"[^"]+";?)*/.exec(esm)[0];
  return imports.replace(/import\s*([\w$]+)\s*from\s*"(node:[\w/]+)";?/g, 'const $1=require("$2");') + esm.slice(imports.length);
}

/**
 * esbuild's CommonJS output exports a copy of the module's export object, every name a getter
 * forwarding to the original's getter. The chunks only read names from one another, so a chunk
 * exports the object itself, marked as an ES module as the copy was: no copy to build when it
 * loads, and one getter fewer per name read. Output of another shape (unminified, another
 * esbuild) is left as it is.
 */
function exportsInPlace(code) {
  const helper = /(?:^|[,;\s])([\w$]+)=([\w$]+)=>[\w$]+\(([\w$]+)\(\{\},"__esModule",\{value:!0\}\),\2\)/.exec(code);
  if (!helper) return code;
  const [, toCommonJS, , defineProperty] = helper;
  const quote = (name) => name.replace(/\$/g, '\\$');
  return code.replace(new RegExp(`module\\.exports=${quote(toCommonJS)}\\(([\\w$]+)\\)`), (_, exported) => `module.exports=${defineProperty}(${exported},"__esModule",{value:!0})`);
}

/** An output's path inside dist/, with forward slashes ("chunks/tree-….cjs"). */
function idOf(file) {
  return path.relative(outdir, path.resolve(root, file)).split(path.sep).join('/');
}

// What went into which chunk, for start-up work (`LARK_CLI_BUILD_METAFILE=meta.json`; esbuild's format).
if (process.env.LARK_CLI_BUILD_METAFILE) fs.writeFileSync(process.env.LARK_CLI_BUILD_METAFILE, JSON.stringify(result.metafile));

for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  if (/node_modules[\\/](yaml|ajv|ts-morph|handlebars)[\\/]|@larkgen[\\/]spec/.test(Object.keys(meta.inputs).join('\n'))) {
    throw new Error(`${path.relative(outdir, out)} bundles a build-time dependency (spec loader, yaml, ajv or generator code)`);
  }
}

// ES module → CommonJS, file by file; import() → require() on demand, so no ES module loader is
// started.
const code = new Map();
for (const file of result.outputFiles) {
  if (!file.path.endsWith('.cjs')) continue;
  const cjs = await transform(builtinsRequired(file.text), { format: 'cjs', platform: 'node', target: 'node20', supported: { 'dynamic-import': false }, minify, legalComments: 'none', logLevel: 'warning' });
  const id = idOf(file.path);
  const cjsCode = exportsInPlace(cjs.code);
  // A chunk's require("./x.cjs") / require("../x.cjs") becomes require("./<path from dist/>").
  const rooted = cjsCode.replace(/\brequire\("(\.\.?\/[^"]+)"\)/g, (_, spec) => `require(${JSON.stringify(`./${path.posix.join(path.posix.dirname(id), spec)}`)})`);
  const unresolved = /\brequire\("\.\/\.\.\//.exec(rooted);
  if (unresolved) throw new Error(`${id}: a relative require left outside the dist folder (${unresolved[0]})`);
  code.set(id, rooted);
}

// Node reads, resolves and compiles every file on its own, and esbuild splits finely (a shared
// chunk for every combination of importers), so each file a command loads is packed with the
// chunks it imports into one file, loaded by one require(). A chunk is instantiated once, from
// whichever file brought it first (a registry shared through globalThis), so shared state stays
// shared; a file leaves out the chunks of the files always loaded before it (its dominators in
// the graph of dynamic imports, main.cjs first).
const staticDeps = new Map();
const dynamicDeps = new Map();
for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  if (!out.endsWith('.cjs')) continue;
  const internal = meta.imports.filter((i) => !i.external);
  staticDeps.set(idOf(out), internal.filter((i) => i.kind === 'import-statement').map((i) => idOf(i.path)));
  dynamicDeps.set(idOf(out), internal.filter((i) => i.kind === 'dynamic-import').map((i) => idOf(i.path)));
}
const closure = (id, seen = new Set()) => {
  if (!seen.has(id)) {
    seen.add(id);
    for (const d of staticDeps.get(id)) closure(d, seen);
  }
  return seen;
};
const entries = ['main.cjs'];
const preds = new Map([['main.cjs', new Set()]]);
for (let i = 0; i < entries.length; i++) {
  for (const c of closure(entries[i])) {
    for (const d of dynamicDeps.get(c)) {
      if (!preds.has(d)) {
        preds.set(d, new Set());
        entries.push(d);
      }
      if (d !== entries[i]) preds.get(d).add(entries[i]);
    }
  }
}
const dominators = new Map(entries.map((e) => [e, new Set(e === 'main.cjs' ? [e] : entries)]));
for (let changed = true; changed; ) {
  changed = false;
  for (const e of entries.slice(1)) {
    const ps = [...preds.get(e)].map((p) => dominators.get(p));
    const next = new Set([e, ...[...(ps[0] ?? [])].filter((x) => ps.every((d) => d.has(x)))]);
    if (next.size !== dominators.get(e).size) {
      dominators.set(e, next);
      changed = true;
    }
  }
}
const packOf = new Map(
  entries.map((entry) => {
    const loadedBefore = new Set([...dominators.get(entry)].filter((d) => d !== entry).flatMap((d) => [...closure(d)]));
    return [entry, [...closure(entry)].filter((c) => !loadedBefore.has(c))];
  }),
);
// A large chunk that several files would carry gets a file of its own, required the first time
// it is needed: it is neither shipped twice nor compiled again by a command that already has it.
const packCount = new Map();
for (const members of packOf.values()) for (const c of members) packCount.set(c, (packCount.get(c) ?? 0) + 1);
const ownFile = [...packCount].filter(([c, n]) => n > 1 && code.get(c).length >= 8192 && !preds.has(c)).map(([c]) => c);
for (const c of ownFile) packOf.set(c, [c]);
for (const [entry, members] of packOf) if (!ownFile.includes(entry)) packOf.set(entry, members.filter((c) => c === entry || !ownFile.includes(c)));

// Every packed file carries the loader, so it is minified like the chunks.
const loaderFunction = minify
  ? (await transform(`LOADER=${chunkLoader}`, { minify, target: 'node20', logLevel: 'warning' })).code.trim().replace(/^LOADER=/, '').replace(/;$/, '')
  : String(chunkLoader);
if (!/^function\b/.test(loaderFunction)) throw new Error(`the minified chunk loader is no function expression: ${loaderFunction.slice(0, 60)}…`);
const makeLoader = `(${loaderFunction})(root,require)`;
let bytes = 0;
for (const [entry, members] of packOf) {
  const up = '../'.repeat(entry.split('/').length - 1) || './';
  // Parenthesised, so V8 compiles each factory once, eagerly, instead of pre-parsing it first.
  const factories = members.sort().map((m) => `${JSON.stringify(m)}:(function(module,exports,require){${code.get(m)}\n})`).join(',\n');
  // The file is plain CommonJS for require(); compiled as a script of its own (bin/lark-cli.cjs,
  // with its code cache) it evaluates to its module function instead, so the loader compiles the
  // file's text as read, without wrapping (and so copying) it first.
  const text =
    `(w=>this===globalThis?w:w.call(this,exports,require,module,__filename,__dirname))(function(exports,require,module,__filename,__dirname){` +
    `"use strict";const root=require("node:path").join(__dirname,${JSON.stringify(up)},"/");` +
    `const loader=globalThis[Symbol.for("larkgen.cli.chunks "+root)]??=${makeLoader};\n` +
    `loader.define({${factories}});\nmodule.exports=loader.load(${JSON.stringify(entry)});\n})\n`;
  fs.mkdirSync(path.dirname(path.join(outdir, entry)), { recursive: true });
  fs.writeFileSync(path.join(outdir, entry), text);
  bytes += text.length;
}

const retired = path.join(root, `.dist-old-${process.pid}`);
if (fs.existsSync(finalDir)) fs.renameSync(finalDir, retired);
fs.renameSync(outdir, finalDir);
fs.rmSync(retired, { recursive: true, force: true });

// V8 code caches of the files typical commands load, with the functions those runs compiled.
const cacheEnv = { PATH: process.env.PATH, HOME: finalDir, LARKSUITE_CLI_CONFIG_DIR: path.join(finalDir, '.none'), LARKSUITE_CLI_APP_ID: 'cli_build', LARKSUITE_CLI_CODE_CACHE: 'write', NO_COLOR: '1' };
for (const args of [
  ['--help'],
  ['schema', 'im.messages.create'],
  ['im', '+messages-send', '--chat-id', 'oc_x', '--text', 'x', '--dry-run'],
  ['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_x', '--msg-type', 'text', '--content', '{}', '--dry-run'],
]) {
  execFileSync(process.execPath, [path.join(root, 'bin/lark-cli.cjs'), ...args], { env: cacheEnv, stdio: 'ignore' });
}

const mainBytes = fs.statSync(path.join(finalDir, 'main.cjs')).size;
console.log(`built ${packOf.size} files from ${code.size} chunks (${Math.round(bytes / 1024)} kB; main.cjs ${Math.round(mainBytes / 1024)} kB) in ${Date.now() - started} ms`);
