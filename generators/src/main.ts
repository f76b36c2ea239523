/**
 * `pnpm generate [--check] [--specs DIR] [--root DIR] [--quiet]`
 * Loads the specs, runs every generator and writes only what changed. With --check, writes
 * nothing and exits 1 listing the files regenerating would change. Bad specs: exit 2, nothing written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runGenerate } from './run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let args;
try {
  args = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      specs: { type: 'string' },
      root: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (e) {
  process.stderr.write(`generate: ${(e as Error).message}\nusage: pnpm generate [--check] [--specs DIR] [--root DIR] [--quiet]\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write('usage: pnpm generate [--check] [--specs DIR] [--root DIR] [--quiet]\n  --check   write nothing; exit 1 and list the files that regenerating would change\n');
  process.exit(0);
}
const root = path.resolve(args.root ?? repoRoot);
const code = runGenerate({
  root,
  specsDir: path.resolve(args.specs ?? path.join(root, 'specs')),
  check: args.check,
  out: (s) => { if (!args.quiet) process.stdout.write(s + '\n'); },
  err: (s) => process.stderr.write(s + '\n'),
});
process.exit(code);
