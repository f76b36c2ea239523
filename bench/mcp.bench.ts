/**
 * `lark-cli mcp` against the official Lark MCP server (`@larksuiteoapi/lark-mcp` from npm, installed
 * by tools/import-mcp on first use; run with fake credentials and an unreachable domain, so it never
 * reaches the network):
 * - the size of `tools/list` (characters of the JSON of the tools) for the methods of our
 *   `im.default` preset that the official server also has, and for the whole preset;
 * - our server's resident memory after listing its tools and calling one against the emulator,
 *   next to the official server's after listing the same methods.
 * Both servers are driven over stdio by the official MCP SDK client.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@larkgen/emulator';
import type { BenchRow } from './types.js';

const cliRoot = fileURLToPath(new URL('../packages/cli/', import.meta.url));
const bin = path.join(cliRoot, 'bin/lark-cli.cjs');
const fromCli = createRequire(path.join(cliRoot, 'package.json'));
const SIZE_GOAL = 0.5;
const RSS_GOAL_MB = 100;

type McpClient = {
  connect(t: unknown): Promise<void>;
  listTools(): Promise<{ tools: { name: string; outputSchema?: unknown }[] }>;
  callTool(r: { name: string; arguments: Record<string, unknown> }): Promise<{ isError?: boolean; content: { text?: string }[] }>;
  close(): Promise<void>;
};

async function connect(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<{ client: McpClient; pid: number }> {
  const { Client } = fromCli('@modelcontextprotocol/sdk/client/index.js') as { Client: new (i: object) => McpClient };
  const { StdioClientTransport } = fromCli('@modelcontextprotocol/sdk/client/stdio.js') as { StdioClientTransport: new (o: object) => { pid: number | null } };
  const transport = new StdioClientTransport({ command, args, env: { PATH: process.env.PATH ?? '', ...env }, cwd, stderr: 'ignore' });
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(transport);
  return { client, pid: transport.pid! };
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]!;
  return Number(kb) / 1024;
}

const chars = (tools: unknown[]) => JSON.stringify(tools).length;

export async function run(): Promise<BenchRow[]> {
  if (!fs.existsSync(path.join(cliRoot, 'dist/lazy/mcp/command.cjs'))) {
    execFileSync(process.execPath, [path.join(cliRoot, 'scripts/build.mjs')], { cwd: cliRoot, stdio: 'ignore' });
  }
  const { tools: table, presets } = (await import('../packages/cli/src/mcp/generated/tools.js')) as typeof import('../packages/cli/src/mcp/generated/tools.js');
  const officialNames = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../generators/src/mcp/official-tool-names.json', import.meta.url)), 'utf8')) as Record<string, string>;
  const official = new Set(Object.values(officialNames));
  const { ensureDeps, TOOL_DIR } = (await import('../tools/import-mcp/deps.mjs')) as { ensureDeps: () => boolean; TOOL_DIR: string };
  if (!ensureDeps()) throw new Error('could not install the official lark-mcp package (tools/import-mcp)');
  const preset = presets['im.default']!;
  const shared = preset.filter((n) => official.has(n));
  const snake = (n: string) => n.replace(/\./g, '_');

  const emu = await startEmulator({ port: 0 });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-mcp-bench-'));
  try {
    const env = { HOME: home, LARKSUITE_CLI_CONFIG_DIR: path.join(home, '.lark-cli'), LARKSUITE_CLI_APP_ID: 'cli_demo', LARKSUITE_CLI_APP_SECRET: 'demo-app-secret', LARKSUITE_CLI_BASE_URL: emu.url };
    const ours = await connect(process.execPath, [bin, 'mcp', '--tools', 'im.default'], env, home);
    const ourTools = (await ours.client.listTools()).tools;
    const call = await ours.client.callTool({ name: 'im_v1_message_list', arguments: { params: { container_id_type: 'chat', container_id: 'oc_general' } } });
    if (call.isError) throw new Error(`im_v1_message_list failed: ${call.content[0]?.text}`);
    const ourRss = rssMb(ours.pid);
    await ours.client.close();

    // The official server with fake credentials and a domain nothing listens on.
    const larkMcp = path.join(TOOL_DIR, 'node_modules/@larksuiteoapi/lark-mcp/dist/cli.js');
    const theirs = await connect(process.execPath, [larkMcp, 'mcp', '-a', 'cli_fake_bench', '-s', 'fake-secret', '-d', 'http://127.0.0.1:9', '-t', shared.join(',')], { HOME: home }, home);
    const theirTools = (await theirs.client.listTools()).tools;
    const theirRss = rssMb(theirs.pid);
    await theirs.client.close();
    if (theirTools.length !== shared.length) throw new Error(`the official server listed ${theirTools.length} tools, expected ${shared.length}`);

    const ourShared = ourTools.filter((t) => shared.map(snake).includes(t.name));
    const sizeSame = chars(ourShared);
    const sizeTheirs = chars(theirTools);
    const sizeAll = chars(ourTools);
    // What the output schemas cost: the official server sends none.
    const sizeNoOutput = chars(ourShared.map(({ outputSchema: _o, ...t }) => t));
    return [
      {
        figure: `MCP tools/list size, the ${shared.length} im.default methods both servers have (chars)`,
        value: sizeSame, unit: 'chars', reference: { name: 'official lark-mcp, same tools', value: sizeTheirs },
        ratio: sizeSame / sizeTheirs, goal: `<= ${SIZE_GOAL}×`, ok: sizeSame / sizeTheirs <= SIZE_GOAL,
      },
      {
        figure: `MCP tools/list size, the same ${shared.length} methods without our outputSchema (chars)`,
        value: sizeNoOutput, unit: 'chars', reference: { name: 'official lark-mcp, same tools', value: sizeTheirs },
        ratio: sizeNoOutput / sizeTheirs, goal: 'informational', ok: true,
      },
      {
        figure: `MCP tools/list size, all ${ourTools.length} im.default tools incl. shortcuts (chars)`,
        value: sizeAll, unit: 'chars', reference: { name: `official lark-mcp, its ${shared.length} tools`, value: sizeTheirs },
        ratio: sizeAll / sizeTheirs, goal: 'informational', ok: true,
      },
      {
        figure: 'MCP server RSS after tools/list + one call (MB)',
        value: ourRss, unit: 'MB', reference: { name: 'official lark-mcp after tools/list', value: theirRss },
        ratio: ourRss / theirRss, goal: `<= ${RSS_GOAL_MB} MB`, ok: ourRss <= RSS_GOAL_MB,
      },
    ];
  } finally {
    await emu.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
