#!/usr/bin/env node
'use strict';
// lark-cli. Start-up is kept short: dist/main.cjs holds only the dispatcher, and every command
// loads the files it needs when it runs (see scripts/build.mjs). Each file is compiled from its
// V8 code cache (file.cjs.cache, made at build time by running typical commands, and remade when
// this Node rejects it), so the code a command runs is not parsed and compiled again.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const mode = process.env.LARKSUITE_CLI_CODE_CACHE; // "off" | "write"
const compiled = [];

/**
 * Loads one built file as CommonJS, from its code cache when there is a usable one. A built file
 * compiled as a script of its own evaluates to its module function (see scripts/build.mjs), so
 * its text is compiled as read. Its require() is this file's: the built files require only
 * Node's modules, the CLI's dependencies (found from here as from dist/) and each other by
 * absolute path.
 */
function load(file) {
  let cachedData;
  if (mode !== 'off' && mode !== 'write') {
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file, cachedData });
  if (mode === 'write' || (mode !== 'off' && (cachedData === undefined || script.cachedDataRejected))) compiled.push({ file, script });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  return mod.exports;
}

process.on('exit', () => {
  for (const { file, script } of compiled) {
    try {
      const tmp = `${file}.cache.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, `${file}.cache`);
    } catch {
      // a read-only install: run without a cache
    }
  }
});

const file = path.join(__dirname, '..', 'dist', 'main.cjs');
if (!fs.existsSync(file)) {
  process.stderr.write(`${JSON.stringify({ ok: false, error: { type: 'internal', message: 'lark-cli is not built: dist/main.cjs is missing.', hint: 'Run pnpm build (or pnpm --filter @larkgen/cli build).' } })}\n`);
  process.exit(5);
}
// The other built files are loaded the same way (dist/main.cjs's chunk loader asks for it).
globalThis[Symbol.for('larkgen.cli.load')] = load;
load(file).run();
