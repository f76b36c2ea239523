/** Help texts, built from the generated command data. */
import type { MethodCommand, MethodDoc, ServiceIndexEntry, ShortcutCommand, FieldFlag, ShortcutFlag } from './meta.js';
import { API_FLAGS, CALL_FLAGS, COMMON_FLAGS, type GlobalFlagDoc } from './core/globals.js';
import { colorEnabled, paint, type Io, type Paint } from './core/io.js';
import { runState } from './core/run-state.js';
import { RISK_TEXT } from './generated/strings.js';

export function helpPaint(io: Io): Paint {
  return paint(colorEnabled(io, io.stdoutTTY, runState.noColor));
}

const WRAP = 96;

function wrap(text: string, indent: number, width = WRAP): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width - indent) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l) => ' '.repeat(indent) + l);
}

/** `  --name VALUE   help` rows, help wrapped under its column. */
function flagRows(rows: readonly [string, string][]): string[] {
  const col = Math.min(34, Math.max(...rows.map(([l]) => l.length)) + 4);
  const out: string[] = [];
  for (const [left, help] of rows) {
    const lines = wrap(help, col);
    if (left.length + 2 <= col - 2) {
      out.push(`  ${left}${' '.repeat(col - 2 - left.length)}${(lines[0] ?? '').trimStart()}`);
      out.push(...lines.slice(1));
    } else {
      out.push(`  ${left}`);
      out.push(...lines);
    }
  }
  return out;
}

function globalRows(flags: readonly GlobalFlagDoc[]): [string, string][] {
  return flags.map((f) => [`${f.short ? `-${f.short}, ` : ''}--${f.name}${f.placeholder ? ` ${f.placeholder}` : ''}`, f.help]);
}

/** The "Global flags" section of a command's help, with its closing blank line. */
function globalFlagSection(flags: readonly GlobalFlagDoc[], p: Paint): string[] {
  return [p.bold('Global flags'), ...flagRows(globalRows(flags)), ''];
}

/** The "Examples" heading and each example as a dimmed title over its command. */
function exampleLines(examples: readonly { readonly title: string; readonly command: string }[], p: Paint): string[] {
  return [p.bold('Examples'), ...examples.flatMap((e) => [`  ${p.dim('# ' + e.title)}`, `  ${e.command}`])];
}

export function topHelp(services: readonly ServiceIndexEntry[], p: Paint, version: string): string {
  const L: string[] = [];
  L.push(`${p.bold('lark-cli')} ${version} — the Lark / Feishu Open API from the command line`);
  L.push('');
  L.push(p.bold('Usage'));
  L.push('  lark-cli <service> <resource> <method> [flags]   call one API method');
  L.push('  lark-cli <service> +<shortcut> [flags]           run a task-level shortcut');
  L.push('  lark-cli api <METHOD> <path> [flags]             call any /open-apis/ path');
  L.push('  lark-cli schema [<method-id>]                    what a method takes and returns');
  L.push('  lark-cli card validate|preview <file|->          check or show a message card offline');
  L.push('  lark-cli config init|show|profiles|use|remove    app credentials and profiles');
  L.push('  lark-cli auth login|status|check|scopes|logout   user login (OAuth device flow)');
  L.push('  lark-cli event list|schema|consume|status|stop   receive events and card callbacks');
  L.push('  lark-cli completion bash|zsh|fish                shell completion script');
  L.push('  lark-cli mcp [--transport http --port N]         serve the API to MCP clients (AI agents)');
  L.push('');
  L.push(p.bold('Services'));
  for (const s of services) {
    const n = s.resources.reduce((a, r) => a + r.methods.length, 0);
    L.push(`  ${s.name.padEnd(10)} ${s.title} (${n} methods${s.shortcuts.length ? `, ${s.shortcuts.length} shortcuts` : ''})`);
  }
  L.push('');
  L.push(p.bold('Flags of every API command'));
  L.push(...flagRows(globalRows([...CALL_FLAGS, ...API_FLAGS, ...COMMON_FLAGS])));
  L.push('');
  L.push(p.bold('Examples'));
  L.push('  lark-cli im +messages-send --chat-id oc_general --text "Hello"');
  L.push('  lark-cli im messages list --container-id-type chat --container-id oc_general --format table');
  L.push(`  lark-cli im messages create --params '{"receive_id_type":"chat_id"}' --data '{"receive_id":"oc_general","msg_type":"text","content":"{\\"text\\":\\"hi\\"}"}'`);
  L.push('  lark-cli schema im.messages.create');
  L.push('');
  L.push(p.bold('Environment'));
  L.push(...flagRows([
    ['LARKSUITE_CLI_APP_ID / _APP_SECRET', 'App credentials (override the profile)'],
    ['LARKSUITE_CLI_BRAND', 'feishu or lark'],
    ['LARKSUITE_CLI_BASE_URL', 'Open platform base URL (e.g. the emulator)'],
    ['LARKSUITE_CLI_USER_ACCESS_TOKEN', 'A user access token to call with'],
    ['LARKSUITE_CLI_TENANT_ACCESS_TOKEN', 'A tenant access token to call with'],
    ['LARKSUITE_CLI_DEFAULT_AS', 'Default identity: user, bot or auto'],
    ['LARKSUITE_CLI_CONFIG_DIR', 'Where config and tokens live (default ~/.lark-cli)'],
    ['LARKSUITE_CLI_PROFILE', 'Profile to use when --profile is not given'],
    ['LARKSUITE_CLI_TIMEOUT_MS', 'Wait for an answer, and between bytes of a download (default 30000)'],
    ['NO_COLOR', 'Never colour the output'],
    ['FORCE_COLOR', 'Colour the output even off a terminal (NO_COLOR still wins)'],
  ]));
  L.push('');
  L.push(p.bold('Exit codes'));
  L.push('  0 ok · 1 API error · 2 invalid input · 3 auth or config · 4 network · 5 internal');
  L.push('');
  L.push(`Run ${p.cyan('lark-cli <service> --help')} for its resources, ${p.cyan('lark-cli <service> <resource> <method> --help')} for a method.`);
  return L.join('\n') + '\n';
}

export function serviceHelp(s: ServiceIndexEntry, p: Paint): string {
  const L: string[] = [];
  L.push(`${p.bold(`lark-cli ${s.name}`)} — ${s.title}`);
  L.push('');
  L.push(...wrap(s.description, 2));
  L.push('');
  L.push(p.bold('Usage'));
  L.push(`  lark-cli ${s.name} <resource> <method> [flags]`);
  if (s.shortcuts.length) L.push(`  lark-cli ${s.name} +<shortcut> [flags]`);
  L.push('');
  if (s.shortcuts.length) {
    L.push(p.bold('Shortcuts'));
    L.push(...flagRows(s.shortcuts.map((sc) => [sc.command, `${sc.summary}${sc.risk === 'high-risk-write' ? ' [high-risk]' : ''}`])));
    L.push('');
  }
  L.push(p.bold('Resources'));
  L.push(...flagRows(s.resources.map((r) => [r.name, `${r.methods.map((m) => m.name).join(', ')}`])));
  L.push('');
  L.push(`Run ${p.cyan(`lark-cli ${s.name} <resource> --help`)} for the methods of a resource.`);
  return L.join('\n') + '\n';
}

export function resourceHelp(s: ServiceIndexEntry, r: ServiceIndexEntry['resources'][number], p: Paint): string {
  const L: string[] = [];
  L.push(`${p.bold(`lark-cli ${s.name} ${r.name}`)}`);
  L.push('');
  L.push(...wrap(r.description, 2));
  L.push('');
  L.push(p.bold('Methods'));
  L.push(...flagRows(r.methods.map((m) => [m.name, `${m.summary} (${m.http}; ${m.identities.join('/')}${m.risk === 'high-risk-write' ? '; high-risk, needs --yes' : ''})`])));
  L.push('');
  L.push(`Run ${p.cyan(`lark-cli ${s.name} ${r.name} <method> --help`)} for its flags.`);
  return L.join('\n') + '\n';
}

function fieldFlagLeft(f: FieldFlag): string {
  if (f.kind === 'boolean') return `--${f.flag}`;
  if (f.kind === 'file' && f.flag === 'file') return `--file ${f.placeholder}`;
  return `--${f.flag} ${f.enum && f.enum.length <= 4 ? f.enum.join('|') : f.placeholder}`;
}

function fieldFlagHelp(f: FieldFlag): string {
  const parts = [f.help || `The ${f.field} ${f.in === 'body' ? 'body field' : f.in === 'path' ? 'path parameter' : 'query parameter'}.`];
  if (f.enum && f.enum.length > 4) parts.push(`One of: ${f.enum.join(', ')}.`);
  if (f.kind === 'list') parts.push('Comma-separated, repeatable, or a JSON array.');
  if (f.kind === 'json') parts.push('JSON, @file or -.');
  if (f.required) parts.push('(required)');
  return parts.join(' ');
}

export function methodHelp(c: MethodCommand, d: MethodDoc, p: Paint): string {
  const L: string[] = [];
  L.push(`${p.bold(`lark-cli ${c.service} ${c.resource} ${c.name}`)} — ${c.summary}`);
  L.push('');
  L.push(...wrap(d.description, 2));
  L.push('');
  L.push(p.bold('Usage'));
  L.push(`  ${d.usage}`);
  L.push(`  lark-cli ${c.service} ${c.resource} ${c.name} --params '<json>'${c.body ? ` --data '<json>'` : ''} [flags]`);
  L.push('');
  L.push(`${p.bold('Calls')}  ${c.http} ${c.path}`);
  L.push(`${p.bold('Risk')}   ${RISK_TEXT[c.risk]}`);
  L.push(p.bold('Identities'));
  for (const id of c.identityList) {
    const rule = c.identities[id]!;
    const scopes = [...rule.allOf, ...(rule.anyOf.length ? [`one of (${rule.anyOf.join(', ')})`] : [])];
    L.push(`  ${id.padEnd(5)} scopes: ${scopes.join(', ') || 'none'}`);
    const note = d.identityNotes[id];
    if (note) L.push(...wrap(note, 8));
  }
  if (c.pagination) L.push(`${p.bold('Pages')}  paginated by ${c.pagination.pageToken}; use --page-all to fetch every page`);
  if (c.response === 'binary') L.push(`${p.bold('Answer')} file content: give -o PATH`);
  L.push('');
  const required = c.flags.filter((f) => f.required);
  const optional = c.flags.filter((f) => !f.required);
  if (required.length) {
    L.push(p.bold('Required flags'));
    L.push(...flagRows(required.map((f) => [fieldFlagLeft(f), fieldFlagHelp(f)])));
    L.push('');
  }
  if (optional.length) {
    L.push(p.bold('Flags'));
    L.push(...flagRows(optional.map((f) => [fieldFlagLeft(f), fieldFlagHelp(f)])));
    L.push('');
  }
  const apiFlags = API_FLAGS.filter((g) => (g.name.startsWith('page-') ? !!c.pagination : g.name === 'output' ? c.response === 'binary' : g.name === 'file' ? c.body?.encoding === 'multipart' : g.name === 'yes' ? c.risk === 'high-risk-write' : g.name === 'data' ? !!c.body : true));
  L.push(...globalFlagSection([...apiFlags, ...CALL_FLAGS, ...COMMON_FLAGS], p));
  if (d.examples.length) {
    L.push(...exampleLines(d.examples, p));
    L.push(`  ${p.dim('# the same with JSON')}`);
    L.push(`  ${d.examples[0]!.rawCommand}`);
    L.push('');
  }
  if (d.limits.length) {
    L.push(p.bold('Limits'));
    for (const l of d.limits) L.push(...bullet(l));
    L.push('');
  }
  L.push(`Full details: ${p.cyan(`lark-cli schema ${c.id}`)}`);
  return L.join('\n') + '\n';
}

function bullet(text: string): string[] {
  const lines = wrap(text, 4);
  if (lines.length) lines[0] = '  - ' + lines[0]!.trimStart();
  return lines;
}

function shortcutFlagLeft(f: ShortcutFlag): string {
  const ph = f.type === 'boolean' ? '' : ` ${f.enum && f.enum.length <= 5 ? f.enum.join('|') : f.placeholder ?? (f.type === 'list' ? 'A,B,…' : f.type === 'integer' ? 'N' : f.type === 'path' ? 'PATH' : 'VALUE')}`;
  return `--${f.name}${ph}`;
}

function shortcutFlagHelp(f: ShortcutFlag): string {
  const parts = [f.description];
  if (f.enum && f.enum.length > 5) parts.push(`One of: ${f.enum.join(', ')}.`);
  if (f.default !== undefined && f.default !== false) parts.push(`Default: ${String(f.default)}.`);
  if (f.identity) parts.push(`(${f.identity} identity only)`);
  if (f.required) parts.push('(required)');
  if (f.alias && f.alias.length > 1) parts.push(`(also --${f.alias})`);
  return parts.join(' ');
}

export function shortcutHelp(s: ShortcutCommand, p: Paint): string {
  const L: string[] = [];
  L.push(`${p.bold(`lark-cli ${s.service} ${s.command}`)} — ${s.summary}`);
  L.push('');
  L.push(...wrap(s.description, 2));
  L.push('');
  L.push(p.bold('Usage'));
  const req = s.flags.filter((f) => f.required).map((f) => shortcutFlagLeft(f));
  L.push(`  lark-cli ${s.service} ${s.command} ${[...req, '[flags]'].join(' ')}`);
  L.push('');
  L.push(`${p.bold('Risk')}   ${RISK_TEXT[s.risk]}`);
  L.push(`${p.bold('Calls')}  ${s.calls.join(', ')}`);
  L.push(p.bold('Identities'));
  L.push(...wrap(`Runs as ${s.identityChoice}`, 2));
  for (const id of s.identityList) {
    const rule = s.identities[id]!;
    L.push(`  ${id.padEnd(5)} scopes: ${[...rule.allOf, ...(rule.anyOf.length ? [`one of (${rule.anyOf.join(', ')})`] : [])].join(', ') || 'none'}`);
    const extra = s.optionalScopes[id] ?? [];
    if (extra.length) L.push(...wrap(`only sometimes: ${extra.map((o) => `${o.scope} (${o.reason})`).join('; ')}`, 8));
    const note = s.identityNotes[id];
    if (note) L.push(...wrap(note, 8));
  }
  L.push('');
  L.push(p.bold('Flags'));
  L.push(...flagRows(s.flags.filter((f) => !f.hidden).map((f) => [shortcutFlagLeft(f), shortcutFlagHelp(f)])));
  L.push('');
  if (s.rules.length) {
    L.push(p.bold('Rules'));
    for (const r of s.rules) L.push(...bullet(r.message ?? describeRule(r)));
    L.push('');
  }
  const own = new Set(s.flags.map((f) => f.name));
  const globals = [...CALL_FLAGS, ...COMMON_FLAGS, ...(s.risk === 'high-risk-write' ? API_FLAGS.filter((f) => f.name === 'yes') : [])].filter((f) => !own.has(f.name) && (s.formats || (f.name !== 'format')));
  L.push(...globalFlagSection(globals, p));
  if (s.examples.length) {
    L.push(...exampleLines(s.examples, p));
    L.push('');
  }
  if (s.notes.length) {
    L.push(p.bold('Notes'));
    for (const n of s.notes) L.push(...bullet(n));
    L.push('');
  }
  return L.join('\n').trimEnd() + '\n';
}

export function describeRule(r: ShortcutCommand['rules'][number]): string {
  const fl = (names: readonly string[]) => names.map((n) => `--${n}`).join(', ');
  switch (r.kind) {
    case 'exactlyOne':
      return `Give exactly one of ${fl(r.flags)}.`;
    case 'atMostOne':
      return `Give at most one of ${fl(r.flags)}.`;
    case 'atLeastOne':
      return `Give at least one of ${fl(r.flags)}.`;
    case 'differ':
      return `${fl(r.flags)} must have different values.`;
    case 'requires':
      return `--${r.flag} needs ${fl(r.flags)}.`;
  }
}
