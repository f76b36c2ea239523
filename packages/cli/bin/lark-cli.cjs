#!/usr/bin/env node
'use strict';
// lark-cli. Start-up is kept short: dist/main.cjs holds only the dispatcher, and every command
// requires the files it needs when it runs (see scripts/build.mjs).
let main;
try {
  main = require('../dist/main.cjs');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/main.cjs')) {
    process.stderr.write(`${JSON.stringify({ ok: false, error: { type: 'internal', message: 'lark-cli is not built: dist/main.cjs is missing.', hint: 'Run pnpm build (or pnpm --filter @larkgen/cli build).' } })}\n`);
    process.exit(5);
  }
  throw e;
}
main.run();
