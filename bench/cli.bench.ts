/**
 * CLI cold start: `lark-cli --help`, `lark-cli schema im.messages.create` and dry runs of a method
 * and a shortcut, each interleaved with `node -e 0` and compared on the child's CPU time (wall
 * shown beside it). Builds the CLI bundle first when it is missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleave, runNode } from './measure.js';
import { ratioRow } from './rows.js';
import type { BenchRow } from './types.js';

const cliRoot = fileURLToPath(new URL('../packages/cli/', import.meta.url));
const bin = path.join(cliRoot, 'bin/lark-cli.cjs');
const MAX_RATIO = 1.2;

const commands: { figure: string; args: string[] }[] = [
  { figure: 'CLI cold start: lark-cli --help', args: ['--help'] },
  { figure: 'CLI cold start: lark-cli schema im.messages.create', args: ['schema', 'im.messages.create'] },
  {
    figure: 'CLI cold start: dry-run lark-cli im messages create',
    args: ['im', 'messages', 'create', '--params', '{"receive_id_type":"chat_id"}', '--data', '{"receive_id":"oc_general","msg_type":"text","content":"{\\"text\\":\\"hello\\"}"}', '--dry-run'],
  },
  { figure: 'CLI cold start: dry-run lark-cli im +messages-send', args: ['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'hello', '--dry-run'] },
];

export async function run(): Promise<BenchRow[]> {
  if (!fs.existsSync(path.join(cliRoot, 'dist/main.cjs'))) {
    execFileSync(process.execPath, [path.join(cliRoot, 'scripts/build.mjs')], { cwd: cliRoot, stdio: 'ignore' });
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-cli-bench-'));
  const env = { PATH: process.env.PATH, HOME: home, LARKSUITE_CLI_CONFIG_DIR: path.join(home, '.lark-cli'), LARKSUITE_CLI_APP_ID: 'cli_demo', LARKSUITE_CLI_APP_SECRET: 'demo-app-secret', NO_COLOR: '1' };
  const opts = { env, cwd: home, stdio: ['ignore', 'ignore', 'pipe'] as ('ignore' | 'pipe')[] };
  try {
    const cases: Record<string, () => ReturnType<typeof runNode>> = { 'node -e 0': () => runNode(['-e', '0'], opts) };
    for (const c of commands) cases[c.figure] = () => runNode([bin, ...c.args], opts);
    const stats = interleave(cases);
    return commands.map((c) => ratioRow({ figure: c.figure, candidate: stats[c.figure]!, baseline: { name: 'node -e 0', stats: stats['node -e 0']! }, metric: 'cpu', maxRatio: MAX_RATIO }));
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
