/**
 * Emulator throughput against the floor: the built emulator and a trivial node:http JSON server
 * that answers the same JSON document (one answer of the emulator, taken before each workload and
 * serialized again for every request), each in a child process of its own, loaded by autocannon
 * from this one (50 connections, loopback only, bounded phases), in pairs (A B, B A, …); values
 * are medians of the phases, ratios medians of the pairs' ratios. Next to throughput, each phase
 * reads the server child's CPU time before and after (`process.cpuUsage` over IPC), so the CPU one
 * answered request costs is printed too: less noisy than req/s on a shared machine, since it does
 * not depend on how much of a core the server got. Builds the emulator when its dist is missing.
 */
import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { QUICK, summarize } from './measure.js';
import type { BenchRow } from './types.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// autocannon is a dev dependency of the emulator package; resolve it from there.
const requireFromEmulator = createRequire(here('../packages/emulator/package.json'));

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;

const CONNECTIONS = 50;
// Short phases, many pairs: on a shared machine the load swings within seconds, and two phases
// next to each other see about the same load.
const SECONDS = QUICK ? 1 : 3;
// Both servers get the same warm-up; on a loaded machine one second left the emulator's request
// path half-compiled, and its first phase measured V8's optimiser rather than the server.
const WARMUP_SECONDS = QUICK ? 2 : 3;
const PHASES = QUICK ? 5 : 9;
const MIN_THROUGHPUT_RATIO = 0.7;
const MAX_P99_RATIO = 2;
/** The server CPU per request that a throughput of MIN_THROUGHPUT_RATIO leaves room for, when the server's core is the limit. */
const MAX_CPU_RATIO = 1 / MIN_THROUGHPUT_RATIO;
const BASELINE = 'node:http server, same answer';

interface Server {
  readonly url: string;
  readonly token: string;
  /** Baseline only: answer `document` (as JSON) to requests for `route` (`METHOD /path`). */
  answer(route: string, document: unknown): Promise<void>;
  /** The child's CPU time so far (user + system, µs). */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

async function startServer(kind: 'emulator' | 'baseline'): Promise<Server> {
  const child = fork(here('./emulator.server.mjs'), [kind], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const info = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('emulator child did not start within 30 s')), 30_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as { url: string; token: string });
    });
    child.once('exit', (code) => reject(new Error(`emulator child exited with ${code}`)));
  });
  return {
    ...info,
    answer: (route, document) =>
      new Promise<void>((resolve) => {
        const onMessage = (m: unknown) => {
          if ((m as { answered?: string }).answered !== route) return;
          child.off('message', onMessage);
          resolve();
        };
        child.on('message', onMessage);
        child.send({ answer: { route, document } });
      }),
    cpu: () =>
      new Promise<number>((resolve) => {
        const onMessage = (m: unknown) => {
          const usage = (m as { cpu?: { user: number; system: number } }).cpu;
          if (!usage) return;
          child.off('message', onMessage);
          resolve(usage.user + usage.system);
        };
        child.on('message', onMessage);
        child.send('cpu');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
        setTimeout(() => child.kill(), 5_000).unref();
      }),
  };
}

interface Phase extends CannonResult {
  /** Server CPU time per answered request (µs). */
  readonly cpuPerRequest: number;
}

async function phase(cannon: Cannon, server: Server, opts: Record<string, unknown>): Promise<Phase> {
  const before = await server.cpu();
  const result = await cannon({ ...opts, connections: CONNECTIONS, duration: SECONDS });
  const used = (await server.cpu()) - before;
  return { ...result, cpuPerRequest: used / Math.max(result.requests.total, 1) };
}

interface Workload {
  readonly name: string;
  readonly request: (url: string, token: string) => Record<string, unknown>;
}

const workloads: Workload[] = [
  {
    name: 'message create',
    request: (url, token) => ({
      url: `${url}/open-apis/im/v1/messages?receive_id_type=chat_id`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'load test message' }) }),
    }),
  },
  {
    name: 'message list (20 per page)',
    request: (url, token) => ({
      url: `${url}/open-apis/im/v1/messages?container_id_type=chat&container_id=oc_general&sort_type=ByCreateTimeDesc&page_size=20`,
      method: 'GET',
      headers: { authorization: `Bearer ${token}` },
    }),
  },
];

export async function run(): Promise<BenchRow[]> {
  const emuRoot = here('../packages/emulator/');
  if (!fs.existsSync(here('../packages/emulator/dist/index.js'))) execFileSync('pnpm', ['run', 'build'], { cwd: emuRoot, stdio: 'ignore' });
  const cannon = requireFromEmulator('autocannon') as Cannon;
  const emulator = await startServer('emulator');
  const baseline = await startServer('baseline');
  const rows: BenchRow[] = [];
  try {
    for (const w of workloads) {
      const ours: Phase[] = [];
      const floor: Phase[] = [];
      // The baseline answers the very document the emulator answers here: the same bytes to
      // serialize and write, so the ratio is what the emulator adds on top of that floor.
      const sample = w.request(emulator.url, emulator.token) as { url: string; method: string; headers: Record<string, string>; body?: string };
      const answered = await fetch(sample.url, { method: sample.method, headers: sample.headers, body: sample.body });
      if (!answered.ok) throw new Error(`emulator ${w.name}: the sample request answered HTTP ${answered.status}`);
      await baseline.answer(`${sample.method} ${new URL(sample.url).pathname}`, await answered.json());
      await cannon({ ...w.request(emulator.url, emulator.token), connections: CONNECTIONS, duration: WARMUP_SECONDS });
      await cannon({ ...w.request(baseline.url, baseline.token), connections: CONNECTIONS, duration: WARMUP_SECONDS });
      // Pairs in A B, B A order, so a load trend does not favour either side.
      for (let i = 0; i < PHASES; i++) {
        if (i % 2 === 0) {
          ours.push(await phase(cannon, emulator, w.request(emulator.url, emulator.token)));
          floor.push(await phase(cannon, baseline, w.request(baseline.url, baseline.token)));
        } else {
          floor.push(await phase(cannon, baseline, w.request(baseline.url, baseline.token)));
          ours.push(await phase(cannon, emulator, w.request(emulator.url, emulator.token)));
        }
      }
      const failed = ours.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
      const rps = summarize(ours.map((r) => r.requests.average));
      const baseRps = summarize(floor.map((r) => r.requests.average));
      const p99 = summarize(ours.map((r) => r.latency.p99));
      const baseP99 = summarize(floor.map((r) => r.latency.p99));
      // Each ratio is the median of the pairs' own ratios: a pair shares its moment's load.
      const rpsRatio = summarize(ours.map((r, i) => r.requests.average / floor[i]!.requests.average)).median;
      const p99Ratio = summarize(ours.map((r, i) => r.latency.p99 / Math.max(floor[i]!.latency.p99, 1))).median;
      const cpu = summarize(ours.map((r) => r.cpuPerRequest));
      const baseCpu = summarize(floor.map((r) => r.cpuPerRequest));
      const cpuRatio = summarize(ours.map((r, i) => r.cpuPerRequest / Math.max(floor[i]!.cpuPerRequest, 1e-9))).median;
      rows.push({
        figure: `emulator ${w.name}: throughput, ${CONNECTIONS} connections${failed ? ` (${failed} failed requests)` : ''}`,
        value: rps.median, unit: 'req/s', spread: rps,
        reference: { name: BASELINE, value: baseRps.median }, ratio: rpsRatio,
        goal: `>= ${MIN_THROUGHPUT_RATIO}× baseline, no failures`, ok: failed === 0 && rpsRatio >= MIN_THROUGHPUT_RATIO,
        also: { label: 'server CPU µs/request', value: cpu.median, reference: baseCpu.median },
      });
      rows.push({
        figure: `emulator ${w.name}: server CPU per request`,
        value: cpu.median, unit: 'µs', spread: cpu,
        reference: { name: BASELINE, value: baseCpu.median }, ratio: cpuRatio,
        goal: `<= ${MAX_CPU_RATIO.toFixed(2)}× baseline (what ${MIN_THROUGHPUT_RATIO}× throughput allows)`, ok: cpuRatio <= MAX_CPU_RATIO,
      });
      rows.push({
        figure: `emulator ${w.name}: latency p99`,
        value: p99.median, unit: 'ms', spread: p99,
        reference: { name: BASELINE, value: baseP99.median }, ratio: p99Ratio,
        goal: `<= ${MAX_P99_RATIO}× baseline`, ok: p99Ratio <= MAX_P99_RATIO,
      });
    }
    return rows;
  } finally {
    await emulator.stop();
    await baseline.stop();
  }
}
