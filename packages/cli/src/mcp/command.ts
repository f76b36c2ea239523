/**
 * `lark-cli mcp`: the IM API as a Model Context Protocol server, with the CLI's configuration,
 * profiles and login. The flags are checked here; the MCP SDK is loaded only once they are valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFlags } from '../core/argv.js';
import { commandFlags } from '../commands/flags.js';
import { CliError } from '../core/errors.js';
import { bool, list, str } from '../core/globals.js';
import type { Io } from '../core/io.js';
import { Session } from '../core/session.js';
import { closest } from '../core/suggest.js';
import { renderName, selectTools, TOOL_CASES, type ToolCase } from './select.js';
import type { Identity, McpTool } from './types.js';

const FLAGS = commandFlags({ lists: ['tools'], values: ['transport', 'port', 'tool-case', 'files-root'], switches: ['allow-high-risk', 'list-tools'] }, ['as']);

/** The help text; the preset names come from the generated tool table. */
const help = (presetNames: readonly string[]) => `lark-cli mcp: serve the IM API to MCP clients (Claude, Cursor, VS Code, …)

Usage:
  lark-cli mcp [flags]                          stdio (the client starts the server)
  lark-cli mcp --transport http --port 3333     Streamable HTTP at http://127.0.0.1:3333/mcp

Flags:
  --tools a,b,…          presets and tool names (default im.default); presets: ${presetNames.join(', ')}
  --tool-case CASE       snake (default: im_v1_message_create), camel, kebab or dot
  --as user|bot|auto     the identity (default auto: per tool, user when logged in and allowed, else bot)
  --allow-high-risk      also offer high-risk tools (recall messages, dissolve chats, remove members, …)
  --files-root DIR       the only folder uploads are read from and downloads saved to (default: current directory)
  --transport stdio|http stdio (default) or Streamable HTTP on 127.0.0.1
  --port N               HTTP port (default 3000; 0 picks a free one, printed on stderr)
  --profile NAME         configuration profile, as for every command
  --base-url URL         API base URL (e.g. a local emulator)
  --list-tools           print the selected tools' names and exit

Credentials come from \`lark-cli config init\`; user tools need \`lark-cli auth login\`, and the
stored user token is refreshed automatically.
`;

function oneOf<T extends string>(flag: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  const near = closest(v, allowed);
  throw new CliError('validation', `--${flag} must be one of ${allowed.join(', ')}; got "${v}".${near.length ? ` Did you mean "${near[0]}"?` : ''}`);
}

export async function runMcp(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, FLAGS, 'lark-cli mcp');
  if (bool(p, 'help')) {
    const { presets } = await import('./generated/tools.js');
    io.out(help(Object.keys(presets)));
    return 0;
  }
  if (p.positionals.length) throw new CliError('validation', `Unexpected argument "${p.positionals[0]}" for lark-cli mcp.`, { hint: 'Run lark-cli mcp --help.' });
  const transport = oneOf('transport', str(p, 'transport'), ['stdio', 'http'], 'stdio');
  const toolCase = oneOf<ToolCase>('tool-case', str(p, 'tool-case'), TOOL_CASES, 'snake');
  const as = oneOf<Identity | 'auto'>('as', str(p, 'as'), ['auto', 'user', 'bot'], 'auto');
  const portText = str(p, 'port');
  if (portText !== undefined && transport !== 'http') throw new CliError('validation', '--port applies to --transport http only.');
  const port = portText === undefined ? 3000 : Number(portText);
  if (!/^\d+$/.test(portText ?? '0') || port > 65535) throw new CliError('validation', `--port must be a whole number from 0 to 65535; got "${portText}".`);
  const filesRoot = path.resolve(io.cwd, str(p, 'files-root') ?? '.');
  if (!fs.existsSync(filesRoot) || !fs.statSync(filesRoot).isDirectory()) {
    throw new CliError('validation', `--files-root "${str(p, 'files-root')}" is not an existing folder.`, { hint: 'Create it first, or give another folder.' });
  }
  const requested = list(p, 'tools').flatMap((x) => x.split(/[\s,]+/)).filter(Boolean);

  const { tools, presets } = await import('./generated/tools.js');
  const sel = selectTools({ tools, presets, requested, allowHighRisk: bool(p, 'allow-high-risk'), as });
  const named = new Map<string, McpTool>(sel.tools.map((t) => [renderName(t.name, toolCase), t]));
  if (bool(p, 'list-tools')) {
    io.out([...named.keys()].join('\n') + '\n');
    return 0;
  }
  if (sel.heldBack.length) io.err(`lark-cli mcp: ${sel.heldBack.length} high-risk tool(s) left out (add --allow-high-risk to offer them): ${sel.heldBack.map((n) => renderName(n, toolCase)).join(', ')}\n`);
  if (sel.hidden.length) io.err(`lark-cli mcp: ${sel.hidden.length} tool(s) cannot run as ${as} and are left out: ${sel.hidden.map((n) => renderName(n, toolCase)).join(', ')}\n`);
  if (!named.size) throw new CliError('validation', 'No tool is left to serve.', { hint: 'Check --tools, --as and --allow-high-risk.' });

  const session = new Session(io.env, { profile: str(p, 'profile'), baseUrl: str(p, 'base-url') });
  void session.settings; // a broken configuration fails now, not at the first call
  const { ToolRunner } = await import('./run-tool.js');
  const runner = new ToolRunner(session, as, { ...io, cwd: filesRoot, stdoutTTY: false, stderrTTY: false, stdinTTY: false, out: () => undefined, outBytes: refuseStdout, readStdin: refuseStdin });
  const server = await import('./server.js');
  if (transport === 'stdio') {
    await server.serveStdio({ tools: named, runner });
  } else {
    await server.serveHttp({ tools: named, runner }, port, (bound) => io.err(`lark-cli mcp: serving ${named.size} tools at http://127.0.0.1:${bound}/mcp\n`));
  }
  return 0;
}

// Over stdio, standard output is the protocol channel and standard input the client's messages.
const refuseStdout = () => Promise.reject(new CliError('validation', 'Writing to standard output is not possible over MCP; give a file path instead.'));
const refuseStdin = () => Promise.reject(new CliError('validation', 'Reading standard input is not possible over MCP; give the value inline.'));
