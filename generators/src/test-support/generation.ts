/**
 * One whole generation of the repository's specs, shared by the test files that need a generated
 * tree: it costs seconds of CPU, and a test that changes a tree changes a copy of it.
 *
 * The tree is a temporary repository: `specs/` (a copy of the repository's) and everything
 * `runGenerate` wrote from it, the generation stamp included. It is made once per test worker, on
 * first use (test files of a worker share their modules: `isolate: false` in vitest.shared.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGenerate } from '../run.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface Generation {
  /** The temporary repository: `specs/`, the generated files and the stamp. */
  readonly root: string;
  /** Every file under `root` but the stamp cache, by path relative to `root` with `/` separators. */
  readonly files: ReadonlyMap<string, string>;
}

let shared: Generation | undefined;

/** The shared generation; treat it as read-only (change a `generationCopy()` instead). */
export function sharedGeneration(): Generation {
  if (shared) return shared;
  const root = tempRoot('larkgen-generation-');
  fs.cpSync(path.join(repoRoot, 'specs'), path.join(root, 'specs'), { recursive: true });
  const err: string[] = [];
  const code = runGenerate({ root, specsDir: path.join(root, 'specs'), check: false, out: () => {}, err: (s) => err.push(s) });
  if (code !== 0) throw new Error(`the shared generation failed with exit ${code}:\n${err.join('\n')}`);
  shared = { root, files: snapshot(root) };
  return shared;
}

/** A copy of the shared generation (specs, outputs and stamp), free to change. */
export function generationCopy(): string {
  const root = tempRoot('larkgen-generation-copy-');
  fs.cpSync(sharedGeneration().root, root, { recursive: true });
  return root;
}

export function tempRoot(prefix = 'larkgen-gen-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file under `root` with its text, skipping `node_modules` (where the generation stamp is cached). */
export function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.name === 'node_modules') continue;
      if (e.isDirectory()) walk(p);
      else files.set(path.relative(root, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return files;
}
