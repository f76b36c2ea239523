/**
 * Generation against `node -e 0`, interleaved, on CPU time (every Node process the run starts,
 * summed): a forced full regeneration of the real specs, and the no-change answer of the
 * `pnpm generate` script itself (content hashes match, nothing written).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleave, QUICK, ROUNDS, runNode } from './measure.js';
import { ratioRow } from './rows.js';
import type { BenchRow } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'generators/bin/generate.cjs');
// A forced regeneration costs seconds of CPU per round: --quick keeps three rounds (the row shows n).
const GENERATE_ROUNDS = QUICK ? 3 : ROUNDS;

export async function run(): Promise<BenchRow[]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-bench-'));
  const base = [entry, '--root', out, '--specs', path.join(root, 'specs'), '--quiet'];
  const opts = { cwd: root };
  try {
    // Leaves a generated tree and its stamp for the no-change case, and is the warm-up round:
    // file cache and the built generator's code cache, as on any developer's machine.
    runNode([...base, '--force'], opts);
    const stats = interleave(
      {
        'node -e 0': () => runNode(['-e', '0'], opts),
        full: () => runNode([...base, '--force'], opts),
        unchanged: () => runNode(base, opts),
      },
      GENERATE_ROUNDS,
      0,
    );
    const baseline = { name: 'node -e 0', stats: stats['node -e 0']! };
    return [
      ratioRow({ figure: 'forced full regeneration of the real specs', candidate: stats.full!, baseline, metric: 'cpu', maxRatio: 8 }),
      ratioRow({ figure: 'no-change regeneration (the pnpm generate script)', candidate: stats.unchanged!, baseline, metric: 'cpu', maxRatio: 1.5 }),
    ];
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
