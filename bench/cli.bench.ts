/**
 * CLI cold start: `lark-cli --help`, `lark-cli schema im.messages.create` and a dry-run
 * `lark-cli im messages create …`, each as a ratio to `node -e 0` measured in the same run.
 * Runs are interleaved (one of each per round) so that machine noise hits all alike; the median
 * of each is reported. Builds the CLI bundle first when it is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.js';

const cliRoot = fileURLToPath(new URL('../packages/cli/', import.meta.url));
const bin = path.join(cliRoot, 'bin/lark-cli.cjs');
const ROUNDS = 25;
const GOAL = 1.6;

const commands: { figure: string; args: string[] }[] = [
  { figure: 'CLI cold start: lark-cli --help', args: ['--help'] },
  { figure: 'CLI cold start: lark-cli schema im.messages.create', args: ['schema', 'im.messages.create'] },
  {
    figure: 'CLI cold start: dry-run lark-cli im messages create',
    args: ['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', '{"text":"hello"}', '--dry-run'],
  },
  {
    figure: 'CLI cold start: dry-run lark-cli im +messages-send',
    args: ['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'hello', '--dry-run'],
  },
];

function timeOnce(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(0, 300)}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function run(): Promise<BenchRow[]> {
  if (!fs.existsSync(path.join(cliRoot, 'dist/main.cjs'))) {
    execFileSync(process.execPath, [path.join(cliRoot, 'scripts/build.mjs')], { cwd: cliRoot, stdio: 'ignore' });
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-cli-bench-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, LARKSUITE_CLI_CONFIG_DIR: path.join(home, '.lark-cli'), NO_COLOR: '1' };
  try {
    // Warm-up: file-system cache, and Node's compile cache where it exists.
    for (let i = 0; i < 3; i++) {
      timeOnce(['-e', '0'], env, home);
      for (const c of commands) timeOnce([bin, ...c.args], env, home);
    }
    const base: number[] = [];
    const times = commands.map(() => [] as number[]);
    for (let r = 0; r < ROUNDS; r++) {
      base.push(timeOnce(['-e', '0'], env, home));
      commands.forEach((c, i) => times[i]!.push(timeOnce([bin, ...c.args], env, home)));
    }
    const ref = median(base);
    return commands.map((c, i) => {
      const value = median(times[i]!);
      const ratio = value / ref;
      return {
        figure: c.figure,
        value,
        unit: 'ms',
        reference: { name: 'node -e 0', value: ref },
        ratio,
        goal: `<= ${GOAL}x node -e 0`,
        ok: ratio <= GOAL,
      };
    });
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
