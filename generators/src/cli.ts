/**
 * `pnpm generate [--check] [--specs DIR] [--root DIR] [--quiet]`
 * Loads the specs, runs every generator and writes only what changed. With --check, writes
 * nothing and exits 1 listing the files regenerating would change. Bad specs: exit 2, nothing written.
 * bin/generate.cjs calls `generateCli` in its own process from the build, or runs src/main.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runGenerate } from './run.js';

const USAGE = 'usage: pnpm generate [--check] [--specs DIR] [--root DIR] [--quiet]';

/** Parses the arguments and runs the generation; returns the exit code. */
export function generateCli(argv: readonly string[]): number {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
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
    process.stderr.write(`generate: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n  --check   write nothing; exit 1 and list the files that regenerating would change\n`);
    return 0;
  }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const root = path.resolve(args.root ?? repoRoot);
  const quiet = args.quiet;
  const specsDir = path.resolve(args.specs ?? path.join(root, 'specs'));
  if (!fs.statSync(specsDir, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write(`generate: the specs folder ${specsDir} does not exist; pass --specs DIR (default: specs/ under --root)\n`);
    return 2;
  }
  return runGenerate({
    root,
    specsDir,
    check: args.check,
    out: (s) => { if (!quiet) process.stdout.write(s + '\n'); },
    err: (s) => process.stderr.write(s + '\n'),
  });
}
