import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the build reads: the CLI's sources and build script, and the workspace sources it bundles. */
const INPUTS = ['src', 'scripts', 'bin', '../sdk/src', '../im-content/src', '../event-wire/src'].map((p) => path.join(root, p));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** The build's last step writes the code cache: a build is complete and current when it is newer than every input. */
function buildIsCurrent(): boolean {
  let built: number;
  try {
    built = fs.statSync(path.join(root, 'dist/main.cjs.cache')).mtimeMs;
  } catch {
    return false;
  }
  return INPUTS.every((dir) => !fs.existsSync(dir) || newestMtime(dir) <= built);
}

/**
 * The end-to-end tests run the built CLI: build it unless the build is current (under `pnpm test`
 * turbo has just built it). Rebuilding a current build would only swap dist/ under the other
 * suites that run the built CLI at the same time.
 */
export default function setup(): void {
  if (buildIsCurrent()) return;
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
}
