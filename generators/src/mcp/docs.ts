/**
 * The MCP skill of the skill docs: `SKILL.md` (client setup and flags) and a reference page with
 * the tools of every preset.
 */
import type { SpecModel } from '@larkgen/spec';
import { cliCommandOf } from '../shared/naming.js';
import type { ToolDef } from './tools.js';

const RISK: Record<string, string> = { read: 'read', write: 'write', 'high-risk-write': 'high-risk (needs --allow-high-risk)' };

const snake = (dotted: string) => dotted.replace(/\./g, '_');

function toolRow(model: SpecModel, t: ToolDef): string {
  const what = String(t.description).split('. ')[0]!.replace(/^Use to /, '').replace(/\.$/, '');
  const ids = (t.identities as string[]).join(', ');
  const source = t.kind === 'method' ? cliCommandOf(model.methods.find((m) => m.id === t.method)!) : `lark-cli ${String(t.shortcut).replace('.', ' ')}`;
  return `| \`${snake(t.name)}\` | ${what} | \`${source}\` | ${ids} | ${RISK[String(t.risk)]} |`;
}

/** The page with the tool tables, under `references/`. */
export const TOOLS_PAGE = 'references/lark-mcp-tools.md';

export function mcpSkillPage(): string {
  return [
    '---',
    'name: lark-mcp',
    'version: 1.0.0',
    'description: "Serve the Lark / Feishu IM API to AI agents over the Model Context Protocol with lark-cli mcp: client setup for stdio and Streamable HTTP, flags, presets and every tool."',
    'metadata:',
    '  requires:',
    '    bins: [lark-cli]',
    '  cliHelp: "lark-cli mcp --help"',
    '---',
    '',
    '# lark-cli as an MCP server (lark-mcp)',
    '',
    '`lark-cli mcp` serves the Lark / Feishu IM API to any Model Context Protocol client: one tool per',
    'API method and one per shortcut, generated from the same specs as the CLI. It uses the CLI\'s',
    'configuration, profiles and login, so the app credentials come from `lark-cli config init` and a',
    'user login from `lark-cli auth login` — and the user token is refreshed by itself.',
    '',
    '## Set up a client',
    '',
    'Configure the CLI first: `lark-cli config init` (app id and secret), and `lark-cli auth login` for',
    'tools that act as a user.',
    '',
    '### Standard input/output (most desktop clients)',
    '',
    'Claude Desktop (`claude_desktop_config.json`), Cursor (`.cursor/mcp.json`) and other clients that',
    'start the server themselves take a command and its arguments:',
    '',
    '```json',
    '{',
    '  "mcpServers": {',
    '    "lark": {',
    '      "command": "lark-cli",',
    '      "args": ["mcp", "--tools", "im.default", "--files-root", "/home/me/lark-files"]',
    '    }',
    '  }',
    '}',
    '```',
    '',
    'Claude Code: `claude mcp add lark -- lark-cli mcp --tools im.default`.',
    '',
    'VS Code (`.vscode/mcp.json`): `{"servers": {"lark": {"type": "stdio", "command": "lark-cli", "args": ["mcp"]}}}`.',
    '',
    '### Streamable HTTP',
    '',
    'Start the server yourself; it listens on 127.0.0.1 only, at the path `/mcp`:',
    '',
    '```',
    'lark-cli mcp --transport http --port 3333',
    '```',
    '',
    'Then point the client at `http://127.0.0.1:3333/mcp` (Claude Code:',
    '`claude mcp add --transport http lark http://127.0.0.1:3333/mcp`; VS Code:',
    '`{"servers": {"lark": {"type": "http", "url": "http://127.0.0.1:3333/mcp"}}}`).',
    '',
    '## Flags',
    '',
    '| flag | meaning |',
    '|---|---|',
    '| `--transport stdio\\|http` | stdio (default) or Streamable HTTP on 127.0.0.1 |',
    '| `--port N` | HTTP port (default 3000; 0 picks a free one and prints it on stderr) |',
    '| `--tools a,b,…` | presets and tool names, in any case (default `im.default`) |',
    '| `--tool-case snake\\|camel\\|kebab\\|dot` | how tool names are written (default snake: `im_v1_message_create`) |',
    '| `--as user\\|bot\\|auto` | the identity; `auto` (default) picks per tool from what it supports and whether a user is logged in |',
    '| `--allow-high-risk` | also offer the high-risk tools (deleting messages, chats, members…) |',
    '| `--files-root DIR` | the only folder uploads are read from and downloads written to (default: the current directory) |',
    '| `--profile NAME`, `--base-url URL` | as for every other command |',
    '',
    'Method tools keep the names of the official Lark MCP server (`im_v1_message_create`,',
    '`im_v1_chatMembers_get`, …, in the same four cases), so prompts written for it keep working.',
    'Their arguments are grouped the same way: `path`, `params` (query) and `data` (body).',
    'Shortcut tools take the shortcut\'s flags by name (`chat-id`, `text`, …).',
    'Every answer carries `structuredContent` matching the tool\'s `outputSchema`; a failed call is',
    'an `isError` result saying what was wrong and how to fix it. To keep definitions small, an',
    '`outputSchema` names the answer\'s top-level members and types only the objects and lists;',
    'each method\'s reference page (`lark-<service>/references/api/<method>.md`) lists every member',
    'with its type and meaning.',
    '',
    `The tools of every preset, with their CLI equivalents: [${TOOLS_PAGE.split('/').pop()}](${TOOLS_PAGE}).`,
    '',
  ].join('\n');
}

/** The tools of every preset. */
export function mcpToolsPage(model: SpecModel, tools: readonly ToolDef[], sets: Readonly<Record<string, readonly string[]>>): string {
  const byName = new Map(tools.map((t) => [t.name, t]));
  const highRisk = tools.filter((t) => t.risk === 'high-risk-write').length;
  const out: string[] = [
    '# MCP tools by preset',
    '',
    'Part of [lark-mcp](../SKILL.md); configuration and login: [lark-shared](../../lark-shared/SKILL.md).',
    '',
    `High-risk tools (${highRisk} in all) are listed but left out unless \`--allow-high-risk\` is given.`,
    '',
  ];
  for (const [name, list] of Object.entries(sets)) {
    out.push(`## \`${name}\` (${list.length} tools)`, '', '| tool | use it to | CLI equivalent | identities | risk |', '|---|---|---|---|---|');
    for (const n of list) out.push(toolRow(model, byName.get(n)!));
    out.push('');
  }
  return out.join('\n');
}
