#!/usr/bin/env node
// `pnpm generate` entry: answers at once when nothing changed since the last generation; otherwise
// runs the TypeScript generator (generators/src/main.ts) in a child Node with tsx.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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
const r = spawnSync(process.execPath, ['--conditions=@larkgen/source', '--import', 'tsx', path.join(here, '..', 'src', 'main.ts'), ...args.filter((a) => a !== '--force')], { stdio: 'inherit', cwd: repoRoot });
process.exit(r.status ?? 5);
