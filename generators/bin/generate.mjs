#!/usr/bin/env node
// `pnpm generate` entry: answers at once when nothing changed since the last generation; otherwise
// runs the generator in a child Node: the built bundle (generators/dist/main.js, `pnpm build`) when
// no source file that went into it is newer, else the TypeScript source through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFresh } from './stamp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
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
const entry = builtGenerator() ? [path.join(here, '..', 'dist', 'main.js')] : ['--conditions=@larkgen/source', '--import', 'tsx', path.join(here, '..', 'src', 'main.ts')];
// Loaded only now: child_process brings in much of Node's networking, which a no-change answer never needs.
const { spawnSync } = await import('node:child_process');
const r = spawnSync(process.execPath, [...entry, ...forwarded], { stdio: 'inherit', cwd: repoRoot });
process.exit(r.status ?? 5);

/** True when dist/main.js exists and is newer than every workspace source file its build metafile lists. */
function builtGenerator() {
  const pkg = path.join(here, '..');
  try {
    const built = fs.statSync(path.join(pkg, 'dist', 'main.js')).mtimeMs;
    const meta = JSON.parse(fs.readFileSync(path.join(pkg, 'dist', 'metafile-esm.json'), 'utf8'));
    return Object.keys(meta.inputs)
      .filter((input) => !input.includes('node_modules/'))
      .every((input) => fs.statSync(path.resolve(pkg, input)).mtimeMs <= built);
  } catch {
    return false; // not built, or a listed source is gone: the source is the truth
  }
}
