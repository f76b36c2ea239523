/**
 * `lark-cli mcp` against the official Lark MCP server (`@larksuiteoapi/lark-mcp` from npm, installed
 * by tools/import-mcp on first use; run with fake credentials and an unreachable domain, so it never
 * reaches the network):
 * - the size of `tools/list` (the JSON of the tools: characters, UTF-8 bytes and o200k tokens,
 *   the tokenizer of current OpenAI models, as a stand-in for what lands in a model's context) for
 *   the methods of our `im.default` preset that the official server also has, for the whole preset,
 *   for every method both servers have, and the largest single tool of each;
 * - our server's resident memory after listing its tools and calling one against the emulator,
 *   next to the official server's after listing every method both have.
 * Both servers are driven over stdio by the official MCP SDK client.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@larkgen/emulator';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
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
const bytes = (tools: unknown[]) => Buffer.byteLength(JSON.stringify(tools));
const tokens = (tools: unknown[]) => encode(JSON.stringify(tools)).length;
/** The tool whose definition takes the most tokens. */
function largest(tools: { name: string }[]): { name: string; tokens: number } {
  return tools.map((t) => ({ name: t.name, tokens: tokens([t]) })).reduce((a, b) => (b.tokens > a.tokens ? b : a));
}

export async function run(): Promise<BenchRow[]> {
  if (!fs.existsSync(path.join(cliRoot, 'dist/lazy/mcp/command.cjs'))) {
    execFileSync(process.execPath, [path.join(cliRoot, 'scripts/build.mjs')], { cwd: cliRoot, stdio: 'ignore' });
  }
  const { tools: table, presets } = (await import('../packages/cli/src/mcp/generated/tools.js')) as typeof import('../packages/cli/src/mcp/generated/tools.js');
  const officialNames = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../generators/src/mcp/official-tool-names.json', import.meta.url)), 'utf8')) as Record<string, string>;
  const official = new Set(Object.values(officialNames));
  const { ensureDeps, TOOL_DIR } = (await import('../tools/import-mcp/deps.mjs')) as { ensureDeps: () => boolean; TOOL_DIR: string };
  if (!ensureDeps()) throw new Error('could not install the official lark-mcp package (tools/import-mcp)');
  const snake = (n: string) => n.replace(/\./g, '_');
  const preset = presets['im.default']!;
  const shared = preset.filter((n) => official.has(n)).map(snake);
  const bothDotted = table.map((t) => t.name).filter((n) => official.has(n));
  const both = bothDotted.map(snake);

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
    // Every method both servers have, high-risk ones included, as a second selection of ours.
    const oursAll = await connect(process.execPath, [bin, 'mcp', '--tools', both.join(','), '--allow-high-risk'], env, home);
    const ourBoth = (await oursAll.client.listTools()).tools;
    await oursAll.client.close();

    // The official server with fake credentials and a domain nothing listens on.
    const larkMcp = path.join(TOOL_DIR, 'node_modules/@larksuiteoapi/lark-mcp/dist/cli.js');
    const theirs = await connect(process.execPath, [larkMcp, 'mcp', '-a', 'cli_fake_bench', '-s', 'fake-secret', '-d', 'http://127.0.0.1:9', '-t', bothDotted.join(',')], { HOME: home }, home);
    const theirBoth = (await theirs.client.listTools()).tools;
    const theirRss = rssMb(theirs.pid);
    await theirs.client.close();
    if (theirBoth.length !== both.length || ourBoth.length !== both.length) throw new Error(`listed ${ourBoth.length} (ours) and ${theirBoth.length} (official) tools, expected ${both.length}`);
    const theirTools = theirBoth.filter((t) => shared.includes(t.name));

    const ourShared = ourTools.filter((t) => shared.includes(t.name));
    const sizeSame = chars(ourShared);
    const sizeTheirs = chars(theirTools);
    // What the output schemas cost: the official server sends none.
    const sizeNoOutput = chars(ourShared.map(({ outputSchema: _o, ...t }) => t));
    const [ourBig, theirBig] = [largest(ourBoth), largest(theirBoth)];
    const same = `the ${shared.length} im.default methods both servers have`;
    const ref = (value: number) => ({ name: 'official lark-mcp, same tools', value });
    const row = (figure: string, unit: string, value: number, reference: number, goal?: number): BenchRow => ({
      figure, value, unit, reference: ref(reference), ratio: value / reference,
      goal: goal === undefined ? 'informational' : `<= ${goal}×`, ok: goal === undefined || value / reference <= goal,
    });
    return [
      row(`MCP tools/list size, ${same} (chars)`, 'chars', sizeSame, sizeTheirs, SIZE_GOAL),
      // The goal is set on characters (the measure); bytes and tokens are shown next to it.
      row(`MCP tools/list size, ${same} (UTF-8 bytes)`, 'bytes', bytes(ourShared), bytes(theirTools)),
      row(`MCP tools/list size, ${same} (o200k tokens)`, 'tokens', tokens(ourShared), tokens(theirTools)),
      row(`MCP tools/list size, ${same}, without our outputSchema (chars)`, 'chars', sizeNoOutput, sizeTheirs),
      row(`MCP tools/list size, all ${both.length} methods both servers have (chars)`, 'chars', chars(ourBoth), chars(theirBoth), SIZE_GOAL),
      row(`MCP tools/list size, all ${both.length} methods both servers have (o200k tokens)`, 'tokens', tokens(ourBoth), tokens(theirBoth)),
      {
        figure: `MCP tools/list size, all ${ourTools.length} im.default tools incl. shortcuts (o200k tokens)`,
        value: tokens(ourTools), unit: 'tokens', reference: { name: `official lark-mcp, its ${theirTools.length} tools`, value: tokens(theirTools) },
        ratio: tokens(ourTools) / tokens(theirTools), goal: 'informational', ok: true,
      },
      {
        figure: `MCP largest single tool of the ${both.length} (o200k tokens): ours ${ourBig.name}, theirs ${theirBig.name}`,
        value: ourBig.tokens, unit: 'tokens', reference: { name: 'official lark-mcp, its largest', value: theirBig.tokens },
        ratio: ourBig.tokens / theirBig.tokens, goal: 'informational', ok: true,
      },
      {
        figure: 'MCP server RSS after tools/list + one call (MB)',
        value: ourRss, unit: 'MB', reference: { name: `official lark-mcp after listing ${both.length} tools`, value: theirRss },
        ratio: ourRss / theirRss, goal: `<= ${RSS_GOAL_MB} MB`, ok: ourRss <= RSS_GOAL_MB,
      },
    ];
  } finally {
    await emu.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
