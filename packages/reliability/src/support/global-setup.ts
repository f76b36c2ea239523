/**
 * The suites test what users install: the built SDK, emulator, content helpers and CLI (their
 * dist/, see vitest.config.ts), not their TypeScript sources. Under `pnpm test` turbo has just
 * built them; a bare `vitest run` here builds whichever of them is missing or older than its
 * sources (its own, or those of a workspace package it bundles) first.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REPO = path.dirname(PACKAGES);

/** Each package the suites load built, with the file its build writes last. */
const BUILT: Record<string, string> = { sdk: 'dist/index.js', emulator: 'dist/index.js', 'im-content': 'dist/index.js', cli: 'dist/main.cjs.cache' };

function newestSource(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && !e.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** The workspace packages (folder names) `name` builds from: itself and its @larkgen dependencies, recursively. */
function sourcesOf(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name) || !fs.existsSync(path.join(PACKAGES, name, 'package.json'))) return seen;
  seen.add(name);
  const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGES, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (dep.startsWith('@larkgen/')) sourcesOf(dep.slice('@larkgen/'.length), seen);
  }
  return seen;
}

function isCurrent(name: string): boolean {
  let built: number;
  try {
    built = fs.statSync(path.join(PACKAGES, name, BUILT[name]!)).mtimeMs;
  } catch {
    return false;
  }
  return [...sourcesOf(name)].every((p) => newestSource(path.join(PACKAGES, p, 'src')) <= built);
}

export default function setup(): void {
  const stale = Object.keys(BUILT).filter((name) => !isCurrent(name));
  if (stale.length === 0) return;
  // turbo builds them in dependency order (and takes unchanged ones from its cache).
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', ...stale.map((name) => `--filter=@larkgen/${name}`)], { cwd: REPO, stdio: 'pipe' });
}
