#!/usr/bin/env node
'use strict';
// lark-cli. Start-up is kept short: the runtime is one CommonJS file (dist/main.cjs) compiled
// from a V8 code cache (dist/main.cjs.cache, made at build time and remade when this Node
// rejects it); everything else is required only when a command needs it.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

try {
  // Node 22+: a compile cache for the lazily required files too.
  if (typeof Module.enableCompileCache === 'function') Module.enableCompileCache();
} catch {
  // not available: fine
}

const file = path.join(__dirname, '..', 'dist', 'main.cjs');
const cacheFile = `${file}.cache`;
const mode = process.env.LARKSUITE_CLI_CODE_CACHE; // "off" | "write"
let cachedData;
if (mode !== 'off' && mode !== 'write') {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
let source;
try {
  source = fs.readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`${JSON.stringify({ ok: false, error: { type: 'internal', message: 'lark-cli is not built: dist/main.cjs is missing.', hint: 'Run pnpm build (or pnpm --filter @larkgen/cli build).' } })}\n`);
  process.exit(5);
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
const mod = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));

function saveCache() {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // a read-only install: run without a cache
  }
}

const refresh = mode === 'write' || (mode !== 'off' && (cachedData === undefined || script.cachedDataRejected));
mod.exports.run().then(() => {
  if (refresh) saveCache();
});
