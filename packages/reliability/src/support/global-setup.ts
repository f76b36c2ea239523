/**
 * The suites test what users install: the built SDK, emulator, content helpers and CLI (their
 * dist/, see vitest.config.ts), not their TypeScript sources. Under `pnpm test` turbo has just
 * built them; a bare `vitest run` here builds whichever of them is missing or older than its
 * sources (its own, or those of a workspace package it bundles) first.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuilds } from '@larkgen/test-support/build-freshness';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The packages the suites load built. */
const BUILT = ['sdk', 'emulator', 'im-content', 'cli'];

export default function setup(): void {
  const stale = staleBuilds(BUILT);
  if (stale.length === 0) return;
  // turbo builds them in dependency order (and takes unchanged ones from its cache).
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', ...stale.map((name) => `--filter=@larkgen/${name}`)], { cwd: REPO, stdio: 'pipe' });
}
