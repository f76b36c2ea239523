/**
 * Whether a workspace package's build is current: newer than every source it is built from. The
 * suites that run built code (the CLI's end-to-end tests, the emulator's command tests, the
 * reliability suites) ask this one question before deciding to rebuild or to run the sources, so
 * they all agree on what "built from" and "newer" mean.
 *
 * A build is made from its package's `src`, `scripts` and `bin` folders and those of every workspace
 * package it depends on, dev dependencies included: the CLI and the SDK bundle workspace packages
 * they list as dev dependencies, and turbo hashes a build the same way. Tests and test helpers are
 * not part of a build. A package's runtime dependencies are loaded from their own builds, so those
 * must be current too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace's `packages/` folder. */
export const PACKAGES_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The folders of a package whose files a build reads. */
const SOURCE_DIRS = ['src', 'scripts', 'bin'];

/**
 * The file each build writes last, relative to its package; a build that stopped half-way has
 * not written it. The CLI's last step writes the code cache; tsup writes the ESM entry last.
 */
const LAST_OUTPUT: Readonly<Record<string, string>> = { cli: 'dist/main.cjs.cache' };
const DEFAULT_LAST_OUTPUT = 'dist/index.js';

const isBuildInput = (entry: fs.Dirent): boolean =>
  entry.isFile() && !/\.test\.[cm]?[jt]s$/.test(entry.name) && !entry.parentPath.split(path.sep).includes('test-support');

/** The newest modification time of a build input under `dir` (0 when there is none). */
export function newestInput(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (isBuildInput(entry)) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readManifest(name: string, packagesDir: string): Manifest | undefined {
  const file = path.join(packagesDir, name, 'package.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** This package: the suites use it, no build contains it. */
const SELF = 'test-support';

const workspaceNames = (deps: Record<string, string> | undefined): string[] =>
  Object.keys(deps ?? {}).flatMap((dep) => (dep.startsWith('@larkgen/') && dep !== `@larkgen/${SELF}` ? [dep.slice('@larkgen/'.length)] : []));

/** The workspace packages (folder names) `name` is built from: itself and its @larkgen dependencies, recursively. */
export function builtFrom(name: string, packagesDir = PACKAGES_DIR, seen = new Set<string>()): Set<string> {
  const pkg = seen.has(name) ? undefined : readManifest(name, packagesDir);
  if (!pkg) return seen;
  seen.add(name);
  for (const dep of [...workspaceNames(pkg.dependencies), ...workspaceNames(pkg.devDependencies)]) builtFrom(dep, packagesDir, seen);
  return seen;
}

/** When `name` was last built completely, or -1 when it has no complete build. */
export function builtAt(name: string, packagesDir = PACKAGES_DIR): number {
  try {
    return fs.statSync(path.join(packagesDir, name, LAST_OUTPUT[name] ?? DEFAULT_LAST_OUTPUT)).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * True when `name` has a complete build newer than every input of every package it is built from,
 * and the workspace packages it loads at run time (its `dependencies`) are current as well.
 */
export function isBuildCurrent(name: string, packagesDir = PACKAGES_DIR): boolean {
  const built = builtAt(name, packagesDir);
  if (built < 0) return false;
  const inputsOlder = [...builtFrom(name, packagesDir)].every((pkg) => SOURCE_DIRS.every((dir) => newestInput(path.join(packagesDir, pkg, dir)) <= built));
  return inputsOlder && workspaceNames(readManifest(name, packagesDir)?.dependencies).every((dep) => isBuildCurrent(dep, packagesDir));
}

/** The packages among `names` whose build is missing, incomplete or older than a source. */
export function staleBuilds(names: readonly string[], packagesDir = PACKAGES_DIR): string[] {
  return names.filter((name) => !isBuildCurrent(name, packagesDir));
}
