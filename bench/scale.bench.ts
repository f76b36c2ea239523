/**
 * Platform scale: the whole Lark platform (every method `spec:import-mcp` converts from the tool
 * definitions of `@larksuiteoapi/lark-mcp`, about 1,260, written to a temp dir, never committed)
 * regenerated from scratch against the run over the real specs (about a hundred methods), interleaved, on the CPU
 * time of the child processes of `pnpm generate --force`; and the platform run's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleave, QUICK, ROUNDS, runNode } from './measure.js';
import { ratioRow } from './rows.js';
import type { BenchRow } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'generators/bin/generate.cjs');
const MAX_CPU_RATIO = 3;
const MAX_RSS_MB = 400;
// A platform round costs seconds of CPU: --quick keeps three rounds (the row shows n) and no
// warm-up round (the generate module, run before, has warmed the build's code cache).
const SCALE_ROUNDS = QUICK ? 3 : ROUNDS;
const SCALE_WARMUP = QUICK ? 0 : 1;

interface ImportSummary {
  readonly methods: number;
  readonly services: number;
}

function importPlatform(out: string): ImportSummary {
  // run.mjs installs the importer's own dependencies on first use (they are not in the workspace).
  const r = spawnSync(process.execPath, [path.join(root, 'tools/import-mcp/run.mjs'), '--out', out, '--no-lint', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`spec:import-mcp failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(0, 5).join(' | ')}`);
  return JSON.parse(fs.readFileSync(path.join(out, '.lark-mcp-import.json'), 'utf8')) as ImportSummary;
}

export async function run(): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-scale-'));
  try {
    const platformSpecs = path.join(tmp, 'specs');
    const imported = importPlatform(platformSpecs);
    const generate = (specs: string, out: string) => () => runNode([entry, '--force', '--quiet', '--specs', specs, '--root', out], { cwd: root });
    const cases = {
      'the real specs': generate(path.join(root, 'specs'), fs.mkdtempSync(path.join(tmp, 'real-'))),
      platform: generate(platformSpecs, fs.mkdtempSync(path.join(tmp, 'platform-'))),
    };
    const stats = interleave(cases, SCALE_ROUNDS, SCALE_WARMUP);
    const small = { name: 'the real specs', stats: stats['the real specs']! };
    const big = stats.platform!;
    return [
      ratioRow({
        figure: `forced regeneration of the whole platform (${imported.methods} methods, ${imported.services} services)`,
        candidate: big,
        baseline: small,
        metric: 'cpu',
        maxRatio: MAX_CPU_RATIO,
      }),
      {
        figure: `peak RSS of the whole-platform regeneration (${imported.methods} methods)`,
        value: big.rss.median,
        unit: 'MB',
        spread: big.rss,
        reference: { name: small.name, value: small.stats.rss.median },
        ratio: big.rss.median / small.stats.rss.median,
        goal: `<= ${MAX_RSS_MB} MB`,
        ok: big.rss.max <= MAX_RSS_MB,
      },
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
