#!/usr/bin/env node
/** `pnpm spec:lint [specs-dir]`: load and check every spec; exit 2 with every problem listed. */
import path from 'node:path';
import { loadSpecs } from './load.js';
import { formatProblem } from './problems.js';
import { specsDirFrom } from './lookup.js';

const arg = process.argv[2];
const dir = arg ? path.resolve(arg) : specsDirFrom(process.cwd());
if (!dir) {
  process.stderr.write('spec:lint: no specs/ folder found here or above; pass its path: spec:lint path/to/specs\n');
  process.exit(2);
}
try {
  const result = loadSpecs(dir);
  if (!result.ok) {
    for (const p of result.problems) process.stderr.write(formatProblem(p) + '\n');
    process.stderr.write(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found; nothing was generated.\n`);
    process.exit(2);
  }
  const m = result.model;
  const shortcuts = m.services.reduce((n, s) => n + s.shortcuts.length, 0);
  process.stdout.write(`specs OK: ${m.services.length} services, ${m.methods.length} methods, ${shortcuts} shortcuts, ${m.events.length} events, ${Object.keys(m.scopes).length} scopes, ${Object.keys(m.schemas).length} shared schemas\n`);
} catch (e) {
  process.stderr.write(`spec:lint: internal error: ${(e as Error).message}\n`);
  process.exit(5);
}
