/**
 * `lark-cli event list|schema|consume|status|stop`: the events and card callbacks the platform
 * pushes to the app, from the specs; receiving them over the app's long connection, shared by
 * every consumer of the app on this machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFlags } from '../core/argv.js';
import { commandFlags } from './flags.js';
import { configDir, requireConfigDir } from '../core/config.js';
import { CliError } from '../core/errors.js';
import { bool, list, str } from '../core/globals.js';
import type { Io } from '../core/io.js';
import { subcommandOf } from '../core/subcommand.js';
import { runState } from '../core/report.js';
import { Session } from '../core/session.js';
import { didYouMean } from '../core/suggest.js';
import type { EventCommand } from '../meta.js';

const SUBS = ['list', 'schema', 'consume', 'status', 'stop'];

const HELP = `lark-cli event <command>

  list                    Every event and callback key, with what it needs
  schema <key>            One key: payload schema, scopes, console settings, parameters, output shape
  consume <key> [flags]   Print the key's events as NDJSON as they arrive
      -p, --param NAME=VALUE  Keep only matching events (repeatable; lists are comma-separated)
      --jq EXPR               Reshape each event; an empty result skips it
      --max-events N          Stop after N events (0 = no limit)
      --timeout D             Stop after D, e.g. 30s, 2m (0 = none)
      --output-dir DIR        Also write one JSON file per event into DIR (relative)
      --quiet                 Nothing on stderr, not even the ready line
      --as bot                Events are received by the app's bot (the only identity)
  status                  Show the local event buses (one connection per app) and their consumers
      --fail-on-orphan        Exit 1 when a bus socket is left by a process that is gone
  stop [--all] [--force]  Ask the consumers of this app's bus (or of every bus) to exit
      --force                 Send them SIGTERM instead of asking over the bus (a wedged bus)

consume writes "[event] ready event_key=<key>" on stderr once events flow, and last
"[event] exited — received N event(s) in Xs (reason: limit|timeout|signal)". Without
--max-events or --timeout, it runs until SIGINT/SIGTERM, \`event stop\` or the end of stdin.
Exit codes: 0 stopped normally, 2 bad input, 3 credentials refused, 4 connection failed.
`;


async function loadEvents(): Promise<readonly EventCommand[]> {
  return (await import('../generated/events.js')).events;
}

export async function runEvent(tokens: readonly string[], io: Io): Promise<number> {
  const picked = subcommandOf(tokens, { name: 'event', subs: SUBS, help: HELP }, io);
  if (!picked) return 0;
  const { sub, rest } = picked;
  switch (sub) {
    case 'list':
      return listEvents(rest, io);
    case 'schema':
      return schemaOf(rest, io);
    case 'consume':
      return consumeEvents(rest, io);
    case 'status':
      return busStatus(rest, io);
    default:
      return busStop(rest, io);
  }
}

function helpOr(p: ReturnType<typeof parseFlags>, io: Io): boolean {
  if (bool(p, 'no-color')) runState.noColor = true;
  if (!bool(p, 'help')) return false;
  io.out(HELP);
  return true;
}

async function listEvents(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, commandFlags({ switches: ['json'] }), 'lark-cli event list');
  if (helpOr(p, io)) return 0;
  if (p.positionals.length > 0) throw new CliError('validation', `event list takes no arguments, got ${p.positionals.join(' ')}.`);
  const events = await loadEvents();
  const rows = events.map((e) => ({ key: e.key, kind: e.kind, summary: e.summary, identities: Object.keys(e.identities), output: e.output }));
  if (bool(p, 'json') || !io.stdoutTTY) io.out(JSON.stringify(rows, null, 2) + '\n');
  else {
    const w = Math.max(...rows.map((r) => r.key.length));
    io.out(rows.map((r) => `${r.key.padEnd(w)}  ${r.kind.padEnd(8)}  ${r.summary}`).join('\n') + '\n');
  }
  return 0;
}

async function findEvent(key: string | undefined, what: string): Promise<EventCommand> {
  const events = await loadEvents();
  if (!key) throw new CliError('validation', `${what} needs an event key.`, { hint: 'Run lark-cli event list for the keys.' });
  const found = events.find((e) => e.key === key);
  if (!found) {
    throw new CliError('validation', `Unknown event key "${key}".${didYouMean(key, events.map((e) => e.key))}`, { hint: 'Run lark-cli event list for the keys.' });
  }
  return found;
}

async function schemaOf(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, commandFlags({ switches: ['json'] }), 'lark-cli event schema');
  if (helpOr(p, io)) return 0;
  if (p.positionals.length > 1) throw new CliError('validation', `event schema takes one key, got ${p.positionals.length}: ${p.positionals.join(' ')}.`);
  const e = await findEvent(p.positionals[0], 'event schema');
  const out = {
    key: e.key,
    summary: e.summary,
    description: e.description,
    event_type: e.key,
    subscription_type: e.kind,
    version: e.version,
    identities: e.identities,
    ...(Object.keys(e.identityNotes).length ? { identity_notes: e.identityNotes } : {}),
    required_console_settings: e.console,
    params: e.params.map((x) => ({ name: x.name, type: x.multi ? 'multi' : 'string', description: x.description, field: x.field, ...(x.enum ? { enum: x.enum } : {}) })),
    output: e.output,
    jq_root_path: e.output === 'flat' ? '.' : '.event',
    schema: e.payloadSchema,
    ...(e.answerSchema ? { answer_schema: e.answerSchema } : {}),
    example: e.example,
    ...(e.answerExample ? { answer_example: e.answerExample } : {}),
    notes: e.notes,
  };
  io.out(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

const CONSUME_FLAGS = commandFlags({ lists: ['param'], shorts: { param: 'p' }, values: ['max-events', 'timeout', 'output-dir'], switches: ['quiet'] }, ['jq', 'as', 'dry-run']);

async function consumeEvents(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, CONSUME_FLAGS, 'lark-cli event consume');
  if (helpOr(p, io)) return 0;
  if (p.positionals.length !== 1) {
    throw new CliError('validation', p.positionals.length === 0 ? 'event consume needs one event key.' : `event consume takes exactly one key, got ${p.positionals.length}: ${p.positionals.join(' ')}.`, {
      hint: 'Run one consume process per key; see lark-cli event list.',
    });
  }
  const event = await findEvent(p.positionals[0], 'event consume');
  const as = str(p, 'as');
  if (as !== undefined && as !== 'bot' && as !== 'auto') {
    throw new CliError('validation', `--as ${as}: events are delivered to the app's bot, so consume runs as bot.`, { hint: 'Drop --as or use --as bot.' });
  }
  const { parseFilters } = await import('../events/filter.js');
  const { checkConsumeInput, consume, parseDuration } = await import('../events/consume.js');
  const filters = parseFilters(event, list(p, 'param'));
  const maxText = str(p, 'max-events') ?? '0';
  if (!/^[0-9]+$/.test(maxText)) throw new CliError('validation', `--max-events must be a whole number (0 = no limit), got "${maxText}".`);
  const maxEvents = Number(maxText);
  const timeoutMs = parseDuration(str(p, 'timeout') ?? '0', '--timeout');
  const jq = str(p, 'jq');
  const dir = await checkConsumeInput(io.cwd, jq, str(p, 'output-dir'));

  const session = new Session(io.env, { ...(str(p, 'profile') ? { profile: str(p, 'profile')! } : {}), ...(str(p, 'base-url') ? { baseUrl: str(p, 'base-url')! } : {}) });
  const s = session.settings;
  if (bool(p, 'dry-run')) {
    io.out(JSON.stringify({
      event_key: event.key, app_id: s.appId ?? null, endpoint: `${s.baseUrl}/callback/ws/endpoint`,
      filters: filters.map((f) => ({ name: f.name, field: f.field, values: f.values })), jq: jq ?? null,
      max_events: maxEvents, timeout_ms: timeoutMs, output_dir: dir ? path.relative(io.cwd, dir) || '.' : null, output: event.output,
    }, null, 2) + '\n');
    return 0;
  }
  if (!s.appId || !s.appSecret) {
    throw new CliError('config', 'Receiving events needs the app id and secret: the long connection is opened with them.', {
      hint: 'Run `lark-cli config init` (or set LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET).',
    });
  }
  return consume(io, {
    event, filters, ...(jq !== undefined ? { jq } : {}), maxEvents, timeoutMs, ...(dir ? { outputDir: dir } : {}),
    quiet: bool(p, 'quiet'), configDir: requireConfigDir(io.env),
    app: { appId: s.appId, appSecret: s.appSecret, baseUrl: s.baseUrl },
    stdinEnded: stdinEnd(),
  }, dir);
}

/** Resolves when standard input ends, without keeping what it carries. */
function stdinEnd(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.on('data', () => undefined);
    process.stdin.once('end', () => resolve());
    process.stdin.once('error', () => resolve());
    process.stdin.resume();
    process.stdin.unref?.();
  });
}

async function sockets(io: Io): Promise<string[]> {
  const { busDir } = await import('../events/bus.js');
  const home = configDir(io.env);
  if (home === undefined) return [];
  const dir = busDir(home);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.sock')).sort().map((f) => path.join(dir, f));
}

async function busStatus(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, commandFlags({ switches: ['json', 'fail-on-orphan'] }), 'lark-cli event status');
  if (helpOr(p, io)) return 0;
  const { askBus } = await import('../events/bus.js');
  const buses: object[] = [];
  let orphans = 0;
  for (const sock of await sockets(io)) {
    const answer = await askBus(sock, 'status');
    if (answer && answer !== 'done') buses.push({ state: 'running', ...answer });
    else {
      orphans++;
      buses.push({ state: 'orphan', socket: sock, hint: 'no process holds it any more; `lark-cli event stop --all` removes it' });
    }
  }
  io.out(JSON.stringify({ buses }, null, 2) + '\n');
  return orphans > 0 && bool(p, 'fail-on-orphan') ? 1 : 0;
}

async function busStop(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, commandFlags({ switches: ['all', 'force', 'json'] }), 'lark-cli event stop');
  if (helpOr(p, io)) return 0;
  const { askBus, busSocket } = await import('../events/bus.js');
  let targets: string[];
  if (bool(p, 'all')) targets = await sockets(io);
  else {
    const session = new Session(io.env, { ...(str(p, 'profile') ? { profile: str(p, 'profile')! } : {}), ...(str(p, 'base-url') ? { baseUrl: str(p, 'base-url')! } : {}) });
    const s = session.settings;
    if (!s.appId) throw new CliError('config', 'No app is configured, so there is no bus to stop.', { hint: 'Use --all to stop every bus, or --profile NAME.' });
    const sock = busSocket(requireConfigDir(io.env), { appId: s.appId, baseUrl: s.baseUrl });
    targets = fs.existsSync(sock) ? [sock] : [];
  }
  const force = bool(p, 'force');
  const stopped: string[] = [];
  const removed: string[] = [];
  const signalled: number[] = [];
  for (const sock of targets) {
    const answer = await askBus(sock, force ? 'status' : 'stop');
    if (answer === undefined) {
      fs.rmSync(sock, { force: true });
      removed.push(sock);
      continue;
    }
    stopped.push(sock);
    // --force: every process of the bus gets SIGTERM, which each handles as a normal stop.
    if (answer !== 'done') signalled.push(...terminate([answer.holder_pid, ...answer.consumers.map((c) => c.pid)]));
  }
  io.out(JSON.stringify({ stopped, removed_orphans: removed, ...(force ? { signalled } : {}) }, null, 2) + '\n');
  return 0;
}

/** Sends SIGTERM to each process (once, never to this one); returns those that were there. */
function terminate(pids: readonly number[]): number[] {
  const out: number[] = [];
  for (const pid of new Set(pids)) {
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
    try {
      process.kill(pid, 'SIGTERM');
      out.push(pid);
    } catch {
      // Gone already.
    }
  }
  return out.sort((a, b) => a - b);
}
