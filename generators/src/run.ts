import { loadSpecs, formatProblem, type SpecModel } from '@larkgen/spec';
import { generators as defaultGenerators } from './generators.js';
import { commitStaged, contentHash, discardStaged, encoded, planChanges, stageChanges, type FileChange, type Staged } from './core/writer.js';
import type { Generator } from './core/files.js';
import { inputsDigest, writeStamp } from '../bin/stamp.cjs';

export interface GenerateOptions {
  readonly root: string;
  readonly specsDir: string;
  readonly check: boolean;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly generators?: readonly Generator<SpecModel>[];
  /** Reorders the spec files before loading (determinism tests). */
  readonly fileOrder?: (files: string[]) => string[];
}

/** Runs the whole pipeline; returns the exit code (0 ok, 1 drift in --check, 2 bad specs, 5 internal). */
export function runGenerate(o: GenerateOptions): number {
  const started = performance.now();
  const inputs = inputsDigest(o.root, o.specsDir);
  const loaded = loadSpecs(o.specsDir, o.fileOrder ? { fileOrder: o.fileOrder } : {});
  if (!loaded.ok) {
    for (const p of loaded.problems) o.err(formatProblem(p));
    o.err(`\n${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in the specs; nothing was generated.`);
    return 2;
  }
  // Generator by generator: each one's files are compared, staged on disk beside their targets and
  // dropped from memory before the next runs (a platform-scale model makes large outputs); the
  // staged files replace the real ones only once every generator has succeeded.
  const gens = o.generators ?? defaultGenerators;
  const changes: FileChange[] = [];
  const outputs: { path: string; hash: string }[] = [];
  const staged: Staged[] = [];
  const owned = gens.flatMap((g) => g.owns);
  try {
    for (const g of gens) {
      const files = g.generate(loaded.model);
      const mine = planChanges({ root: o.root, files, owned: g.owns });
      changes.push(...mine);
      for (const f of files) outputs.push({ path: f.path, hash: contentHash(encoded(f)) });
      if (!o.check) staged.push(...stageChanges(o.root, files, mine));
    }
  } catch (e) {
    discardStaged(staged);
    o.err(`generate: internal error in a generator: ${(e as Error).message}`);
    return 5;
  }
  changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  if (o.check) {
    if (changes.length === 0) {
      o.out(`generate --check: ${outputs.length} generated files are up to date.`);
      if (!o.generators) writeStamp(o.root, inputs, outputs, owned);
      return 0;
    }
    o.err(`generate --check: regenerating would change ${changes.length} file${changes.length === 1 ? '' : 's'}:`);
    for (const c of changes) o.err(`  ${c.kind.padEnd(6)} ${c.path}`);
    o.err('Run `pnpm generate` and commit the result.');
    return 1;
  }
  commitStaged(o.root, staged);
  // Only the full generator set describes the tree completely enough to vouch for it later.
  if (!o.generators) writeStamp(o.root, inputs, outputs, owned);
  const ms = Math.round(performance.now() - started);
  const m = loaded.model;
  o.out(`generated ${outputs.length} files from ${m.methods.length} methods (${changes.length} changed) in ${ms} ms`);
  for (const c of changes) o.out(`  ${c.kind.padEnd(6)} ${c.path}`);
  return 0;
}
