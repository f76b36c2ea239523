#!/usr/bin/env node
// `pnpm generate` entry: answers at once when nothing changed since the last generation; otherwise
// runs the generator: the built bundle (generators/dist/cli.cjs, `pnpm build`) in this process
// when no source file or template that went into it is newer; else the TypeScript source through
// tsx in a child Node.
'use strict';
// CommonJS, not ESM: a no-change answer is nearly all Node start-up, and a CommonJS entry starts
// with less work.
const fs = require('node:fs');
const path = require('node:path');
const { isFresh } = require('./stamp.cjs');

const here = __dirname;
const repoRoot = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const value = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = path.resolve(value('--root') ?? repoRoot);
const specs = path.resolve(value('--specs') ?? path.join(root, 'specs'));
const quiet = args.includes('--quiet');
const plain = args.every((a, i) => ['--check', '--quiet', '--root', '--specs'].includes(a) || ['--root', '--specs'].includes(args[i - 1]));

if (plain && !args.includes('--force') && isFresh(root, specs)) {
  if (!quiet) process.stdout.write(args.includes('--check') ? 'generate --check: nothing changed since the last generation; outputs are up to date.\n' : 'generate: nothing changed since the last generation (content hashes match); no file written.\n');
  process.exit(0);
}
const forwarded = args.filter((a) => a !== '--force');
const dist = path.join(here, '..', 'dist');
if (builtGenerator()) {
  // A plain require: through the V8 code cache the whole-platform run took 80 MB more memory.
  const { generateCli } = require(path.join(dist, 'cli.cjs'));
  process.exit(generateCli(forwarded));
}
// Loaded only now: child_process brings in much of Node's networking, which a no-change answer never needs.
const { spawnSync } = require('node:child_process');
const source = ['--conditions=@larkgen/source', '--import', 'tsx', path.join(here, '..', 'src', 'main.ts')];
const r = spawnSync(process.execPath, [...source, ...forwarded], { stdio: 'inherit', cwd: repoRoot });
process.exit(r.status ?? 5);

/**
 * True when dist/cli.cjs and the ts-morph bundle beside it exist and cli.cjs is newer than every
 * workspace file (source or template) its build metafile lists.
 */
function builtGenerator() {
  const pkg = path.join(here, '..');
  try {
    const built = fs.statSync(path.join(dist, 'cli.cjs')).mtimeMs;
    if (!fs.existsSync(path.join(dist, 'ts-morph.cjs'))) return false;
    const meta = JSON.parse(fs.readFileSync(path.join(dist, 'metafile-cjs.json'), 'utf8'));
    return Object.keys(meta.inputs)
      .filter((input) => !input.includes('node_modules/'))
      .every((input) => fs.statSync(path.resolve(pkg, input)).mtimeMs <= built);
  } catch {
    return false; // not built, or a listed source is gone: the source is the truth
  }
}
