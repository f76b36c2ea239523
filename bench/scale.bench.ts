/**
 * Platform-scale generation: the whole Lark platform, converted from the tool definitions of
 * `@larksuiteoapi/lark-mcp` by `spec:import-mcp` into temp dirs (never committed), at 250, 1,000 and
 * 2,500 methods (padded with renamed copies of services beyond the ~1,260 real ones), regenerated
 * from scratch as a child process each time. The reference, measured in the same run on the same
 * methods, is openapi-typescript turning the OpenAPI document our generator wrote into types.
 *
 * Wall times are medians of BENCH_SCALE_RUNS runs (default 3); peak RSS is the largest
 * `process.resourceUsage().maxRSS` a child reported (a preloaded exit hook prints it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [250, 1000, 2500] as const;
const RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3) || 3);

/** Preloaded into a child: prints its peak RSS (kB) on exit, whatever the exit path. */
const RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent('process.on("exit",()=>{try{process.stderr.write("\\n@@maxrss_kb="+process.resourceUsage().maxRSS+"\\n")}catch{}})');

interface Run {
  readonly ok: boolean;
  readonly ms: number;
  readonly rssMb: number;
  readonly stderr: string;
}

function runChild(args: string[]): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  const m = /@@maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').replace(/\n?@@maxrss_kb=\d+\n?/, '').trim();
  return { ok: r.status === 0, ms, rssMb: m ? Number(m[1]) / 1024 : NaN, stderr: stderr || (r.error?.message ?? '') };
}

function importPlatform(out: string, methods: number): { methods: number; baseMethods: number; baseServices: number; services: number } {
  const args = [
    // run.mjs installs the importer's own dependencies on first use (they are not in the workspace).
    path.join(root, 'tools/import-mcp/run.mjs'),
    '--out', out, '--pad-to', String(methods), '--limit', String(methods), '--no-lint', '--quiet',
  ];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`spec:import-mcp failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(0, 5).join(' | ')}`);
  return JSON.parse(fs.readFileSync(path.join(out, '.lark-mcp-import.json'), 'utf8')) as ReturnType<typeof importPlatform>;
}

function generate(specs: string, outRoot: string): Run {
  return runChild(['--import', 'tsx', '--conditions=@larkgen/source', path.join(root, 'generators/src/main.ts'), '--specs', specs, '--root', outRoot, '--quiet']);
}

function openapiTypescriptCli(): string {
  const req = createRequire(path.join(root, 'packages/openapi/package.json'));
  return path.join(path.dirname(req.resolve('openapi-typescript/package.json')), 'bin/cli.js');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const firstLine = (s: string) => s.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? '';

interface SizeResult {
  readonly n: number;
  readonly gen: number;
  readonly genRss: number;
  readonly ref: number;
  readonly refRss: number;
  readonly imported: { methods: number; baseMethods: number; baseServices: number; services: number };
}

/** Measures one size: our full regeneration and openapi-typescript on the same methods. */
function measureSize(n: number, tmp: string, otCli: string): SizeResult {
  const specs = path.join(tmp, `specs-${n}`);
  const imported = importPlatform(specs, n);
  const gens: Run[] = [];
  const refs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const outRoot = fs.mkdtempSync(path.join(tmp, `gen-${n}-`));
    const g = generate(specs, outRoot);
    if (!g.ok) throw new Error(`generation of ${n} imported methods failed: ${firstLine(g.stderr)}`);
    gens.push(g);
    const doc = path.join(outRoot, 'packages/openapi/openapi.json');
    if (!fs.existsSync(doc)) throw new Error(`the generator wrote no ${path.relative(outRoot, doc)} for ${n} methods`);
    const r = runChild([otCli, doc, '-o', path.join(outRoot, 'openapi-typescript.d.ts')]);
    if (!r.ok) throw new Error(`openapi-typescript failed on ${n} methods: ${firstLine(r.stderr)}`);
    refs.push(r);
    fs.rmSync(outRoot, { recursive: true, force: true });
  }
  fs.rmSync(specs, { recursive: true, force: true });
  return {
    n, imported,
    gen: median(gens.map((g) => g.ms)), genRss: Math.max(...gens.map((g) => g.rssMb)),
    ref: median(refs.map((r) => r.ms)), refRss: Math.max(...refs.map((r) => r.rssMb)),
  };
}

export async function run(): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-scale-'));
  try {
    const otCli = openapiTypescriptCli();
    const results = SIZES.map((n) => measureSize(n, tmp, otCli));
    const at = (n: number) => results.find((r) => r.n === n)!;
    const small = at(250);
    const big = at(2500);
    const rows: BenchRow[] = results.map((r) => {
      const note = [
        `${r.imported.baseMethods} imported + ${r.imported.methods - r.imported.baseMethods} padded`,

      ].join('; ');
      return {
        figure: `regeneration at platform scale, ${r.n} methods (${note}; wall, child process)`,
        value: r.gen,
        unit: 'ms',
        reference: { name: 'openapi-typescript', value: r.ref },
        ratio: r.gen / r.ref,
        goal: r.n === 2500 ? '<= 8000 ms' : 'reference only',
        ok: r.n === 2500 ? r.gen <= 8000 : true,
      };
    });
    const growth = big.gen / small.gen;
    rows.push({
      figure: `platform-scale growth t(2500)/t(250) = ${Math.round(big.gen)} / ${Math.round(small.gen)} ms (openapi-typescript: ${(big.ref / small.ref).toFixed(2)}×)`,
      value: growth,
      unit: '×',
      goal: '<= 12×',
      ok: growth <= 12,
    });
    rows.push({
      figure: 'peak RSS of regeneration at 2500 methods (child maxRSS)',
      value: big.genRss,
      unit: 'MB',
      reference: { name: 'openapi-typescript', value: big.refRss },
      ratio: big.genRss / big.refRss,
      goal: '<= 400 MB',
      ok: big.genRss <= 400,
    });
    return rows;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
