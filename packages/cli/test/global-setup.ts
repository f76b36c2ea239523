import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildCurrent } from '@larkgen/test-support/build-freshness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The end-to-end tests run the built CLI: build it unless the build is current (under `pnpm test`
 * turbo has just built it). Rebuilding a current build would only swap dist/ under the other
 * suites that run the built CLI at the same time.
 */
export default function setup(): void {
  if (isBuildCurrent('cli')) return;
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
}
