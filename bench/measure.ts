/**
 * How every bench measures a child process: wall time from the parent, CPU time and peak RSS from
 * the child itself (a preloaded exit hook reports `process.cpuUsage()` and `resourceUsage().maxRSS`),
 * candidates run interleaved with their baseline (A B A B …) so machine noise falls on both alike,
 * and each figure reported as the median with its min–max.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const QUICK = !!process.env.BENCH_QUICK;
/** The fewest interleaved samples a full run takes for a figure, as the bench's contract says. */
export const MIN_ROUNDS = 7;
/**
 * Rounds for every interleaved comparison: 11 in a full run (never fewer than MIN_ROUNDS); 5 with
 * --quick, which is a quick look, not a measurement, and the table says so beside each figure.
 */
export const ROUNDS = QUICK ? Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5) || 5) : Math.max(MIN_ROUNDS, Number(process.env.BENCH_ROUNDS ?? 11) || MIN_ROUNDS);

/**
 * Unrecorded rounds before an interleaved comparison: one in a full run (file cache, code cache);
 * none with --quick, whose median of ROUNDS already sets a cold first sample aside.
 */
export const WARMUP = QUICK ? 0 : 1;

/**
 * Preloaded into a child: prints its CPU time (µs) and peak RSS (kB) when it exits, however it exits.
 * A CommonJS file given to `--require`, not a `data:` URL given to `--import`: an `--import` makes
 * Node load a CommonJS main through its ES module loader, a few milliseconds every measured command
 * would pay and its users never do.
 */
const USAGE_HOOK = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-bench-hook-')), 'usage-hook.cjs');
fs.writeFileSync(
  USAGE_HOOK,
  'process.on("exit",()=>{try{const c=process.cpuUsage(),r=process.resourceUsage();process.stderr.write("\\n@@usage="+(c.user+c.system)+","+r.maxRSS+"\\n")}catch{}});\n',
);
process.on('exit', () => fs.rmSync(path.dirname(USAGE_HOOK), { recursive: true, force: true }));

export interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export interface Stats {
  readonly wall: Summary;
  readonly cpu: Summary;
  readonly rss: Summary;
}

/**
 * Runs `node …args` once; throws with the child's stderr when it fails. The hook goes in through
 * NODE_OPTIONS so that Node processes the child starts report too: CPU is their sum, RSS the largest.
 */
export function runNode(args: readonly string[], options: SpawnSyncOptions = {}): Sample & { stdout: string } {
  const env = { ...(options.env ?? process.env) };
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require=${JSON.stringify(USAGE_HOOK)}`.trim();
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = String(r.stderr ?? '');
  const reports = [...stderr.matchAll(/@@usage=(\d+),(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  if (r.status !== 0 || reports.length === 0) {
    const why = stderr.replace(/\n?@@usage=[\d,]+\n?/g, '').trim().split('\n').slice(0, 4).join(' | ');
    throw new Error(`node ${args.join(' ').slice(0, 160)} failed (exit ${r.status}): ${why || r.error?.message || 'no usage report'}`);
  }
  return {
    wallMs,
    cpuMs: reports.reduce((sum, [us]) => sum + us, 0) / 1000,
    rssMb: Math.max(...reports.map(([, kb]) => kb)) / 1024,
    stdout: String(r.stdout ?? ''),
  };
}

export function summarize(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

/**
 * Runs every case once per round, in the same order each round, after `warmup` unrecorded rounds;
 * returns the statistics of each case by name.
 */
export function interleave(cases: Readonly<Record<string, () => Sample>>, rounds = ROUNDS, warmup = WARMUP): Record<string, Stats> {
  const names = Object.keys(cases);
  const samples = Object.fromEntries(names.map((n) => [n, [] as Sample[]]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const n of names) {
      const s = cases[n]!();
      if (r >= warmup) samples[n]!.push(s);
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const xs = samples[n]!;
      return [n, { wall: summarize(xs.map((x) => x.wallMs)), cpu: summarize(xs.map((x) => x.cpuMs)), rss: summarize(xs.map((x) => x.rssMb)) }];
    }),
  );
}
