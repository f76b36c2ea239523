/**
 * `pnpm bench`: runs every bench/*.bench.ts module, prints one table of figures next to their
 * baselines measured in the same run, and writes bench/results.json (ignored by git: the figures
 * belong to the machine). Timings are printed, never asserted.
 *
 *   pnpm bench                 every module
 *   pnpm bench cli sdk         only the modules whose names start with these
 *   pnpm bench --quick         fewer rounds and the smaller loads (under two minutes)
 *
 * First builds, once, what the modules run (turbo: a cache hit when nothing changed), so that no
 * module measures a stale build or the TypeScript fallback, and none builds on its own.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (args.includes('--quick')) process.env.BENCH_QUICK = '1';
// Imported only now, after --quick has set the environment it reads.
const { MIN_ROUNDS, QUICK, ROUNDS } = await import('./measure.js');
const only = args.filter((a) => !a.startsWith('--'));
const modules = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

/** The packages whose builds the modules run: the generator, the CLI (cli, mcp), the emulator with what it imports, the SDK (sdk). */
const BUILT = ['@larkgen/generators', '@larkgen/cli', '@larkgen/emulator', '@larkgen/sdk'];

const started = performance.now();
process.stderr.write(`bench: building ${BUILT.join(', ')} (cached when unchanged) …\n`);
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', ...BUILT.map((p) => `--filter=${p}`), '--output-logs=errors-only'], {
  cwd: path.resolve(here, '..'),
  encoding: 'utf8',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}${build.stderr}\nbench: the build failed; nothing was measured.\n`);
  process.exit(1);
}
if (QUICK) process.stderr.write(`bench: --quick: ${ROUNDS} rounds per interleaved comparison and smaller loads; a full run takes at least ${MIN_ROUNDS} samples per figure\n`);
const rows: (BenchRow & { module: string })[] = [];
const failures: string[] = [];
const moduleSeconds: Record<string, number> = {};
process.stderr.write(`bench: build step ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
for (const file of modules) {
  process.stderr.write(`bench: ${file} …\n`);
  const moduleStarted = performance.now();
  try {
    // Imported only now, after --quick has set the environment the modules read.
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
    for (const row of await mod.run()) rows.push({ ...row, module: file.replace('.bench.ts', '') });
  } catch (e) {
    failures.push(`${file}: ${(e as Error).message}`);
  }
  const took = (performance.now() - moduleStarted) / 1000;
  moduleSeconds[file.replace('.bench.ts', '')] = took;
  process.stderr.write(`bench: ${file} took ${took.toFixed(1)} s\n`);
}

const fmt = (n: number) => (!Number.isFinite(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = [
  ['figure', 'value (median)', 'min–max (runs)', 'also', 'baseline (same run)', 'ratio', 'goal', 'ok'],
  ...rows.map((r) => [
    r.figure,
    `${fmt(r.value)} ${r.unit}`,
    r.spread ? `${fmt(r.spread.min)}–${fmt(r.spread.max)} (${r.spread.n}${r.spread.n < MIN_ROUNDS ? ', quick' : ''})` : '—',
    r.also ? `${r.also.label} ${fmt(r.also.value)}${r.also.reference !== undefined ? ` vs ${fmt(r.also.reference)}` : ''}` : '—',
    r.reference ? `${r.reference.name}: ${fmt(r.reference.value)} ${r.unit}` : '—',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—',
    r.goal,
    r.ok ? 'yes' : 'NO',
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const [i, row] of table.entries()) {
  process.stdout.write(row.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd() + '\n');
  if (i === 0) process.stdout.write(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
}
const seconds = (performance.now() - started) / 1000;
const perModule = Object.entries(moduleSeconds).map(([m, s]) => `${m} ${s.toFixed(0)} s`).join(', ');
process.stdout.write(`\n${rows.filter((r) => r.ok).length} of ${rows.length} goals hold; ${failures.length} module(s) failed; total elapsed ${seconds.toFixed(0)} s (${perModule})${QUICK ? ` (--quick: fewer samples than the ${MIN_ROUNDS} a full run takes; indicative only)` : ''}\n`);
fs.writeFileSync(
  path.join(here, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, quick: QUICK, seconds, moduleSeconds, rows, failures }, null, 2) + '\n',
);
if (failures.length) {
  process.stderr.write(`\n${failures.length} bench module(s) failed:\n${failures.map((f) => '  ' + f).join('\n')}\n`);
  process.exit(1);
}
