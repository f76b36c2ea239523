/**
 * Emulator load bench: message create and message list throughput and latency under concurrent
 * load on loopback. The emulator runs in a child process; autocannon drives it from this one.
 * Bounded: two short phases per figure, only 127.0.0.1.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// autocannon is a dev dependency of the emulator package; resolve it from there.
const requireFromEmulator = createRequire(here('../packages/emulator/package.json'));

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;

const CONNECTIONS = 16;
const SECONDS = 5;
const WARMUP_SECONDS = 1;
const GOAL_RPS = 3000;
const GOAL_P99_MS = 20;

async function startServer(): Promise<{ url: string; token: string; stop: () => Promise<void> }> {
  const execArgv = [...process.execArgv];
  if (!execArgv.some((a) => a.startsWith('--conditions'))) execArgv.push('--conditions=@larkgen/source');
  const child = fork(here('./emulator.server.ts'), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
        setTimeout(() => child.kill(), 5_000).unref();
      }),
  };
}

async function load(cannon: Cannon, opts: Record<string, unknown>): Promise<CannonResult> {
  await cannon({ ...opts, duration: WARMUP_SECONDS });
  return cannon({ ...opts, duration: SECONDS });
}

function rows(name: string, r: CannonResult): BenchRow[] {
  const clean = r.non2xx === 0 && r.errors === 0 && r.timeouts === 0;
  const rps = Math.round(r.requests.average);
  return [
    { figure: `emulator ${name} throughput (req/s, ${CONNECTIONS} connections)`, value: rps, unit: 'req/s', goal: `>= ${GOAL_RPS}, no errors`, ok: clean && rps >= GOAL_RPS },
    { figure: `emulator ${name} latency p50`, value: r.latency.p50, unit: 'ms', goal: `<= ${GOAL_P99_MS} ms`, ok: r.latency.p50 <= GOAL_P99_MS },
    { figure: `emulator ${name} latency p99`, value: r.latency.p99, unit: 'ms', goal: `<= ${GOAL_P99_MS} ms`, ok: clean && r.latency.p99 <= GOAL_P99_MS },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const cannon = requireFromEmulator('autocannon') as Cannon;
  const server = await startServer();
  try {
    const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json; charset=utf-8' };
    const create = await load(cannon, {
      url: `${server.url}/open-apis/im/v1/messages?receive_id_type=chat_id`,
      method: 'POST',
      headers,
      body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'load test message' }) }),
      connections: CONNECTIONS,
    });
    const list = await load(cannon, {
      url: `${server.url}/open-apis/im/v1/messages?container_id_type=chat&container_id=oc_general&sort_type=ByCreateTimeDesc&page_size=20`,
      method: 'GET',
      headers,
      connections: CONNECTIONS,
    });
    return [...rows('message create', create), ...rows('message list (20 per page)', list)];
  } finally {
    await server.stop();
  }
}
