/**
 * Entry point: finds the command from the first words and hands the rest of the arguments to
 * it. Only what the chosen command needs is imported. Everything that goes wrong ends up in
 * reportError: an envelope, an exit code, never a stack trace.
 */
import { CliError } from './core/errors.js';
import { processIo, type Io } from './core/io.js';
import { reportError, runState } from './core/report.js';
import { didYouMean } from './core/suggest.js';
import { VERSION } from './version.js';
import { VALUE_FLAG_WORDS } from './core/globals.js';
import { findService, runServiceCommand, serviceNames, topLevelHelp } from './commands/tree.js';
import { runApi } from './commands/api.js';
import { runSchema } from './commands/schema.js';
import { runCompletion } from './commands/completion.js';
import { runConfig } from './commands/config.js';
import { runAuth } from './commands/auth.js';

/** The built-in command words (besides `help` and `version`), each with the function that runs it. */
const COMMANDS: Readonly<Record<string, (rest: readonly string[], io: Io) => Promise<number>>> = {
  api: runApi,
  schema: runSchema,
  // Loaded on use: the card schemas are the largest data in the CLI.
  card: async (rest, io) => (await import('./commands/card.js')).runCard(rest, io),
  completion: runCompletion,
  config: runConfig,
  auth: runAuth,
  event: async (rest, io) => (await import('./commands/event.js')).runEvent(rest, io),
  // Loaded on demand: the MCP SDK and the tool table cost nothing to other commands.
  mcp: async (rest, io) => (await import('./mcp/command.js')).runMcp(rest, io),
};

const BUILTINS = [...Object.keys(COMMANDS), 'help'];

/** Flags that may come before the command words and take a value. */
const LEADING_VALUE_FLAGS = VALUE_FLAG_WORDS;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    return reportError(io, e);
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  // Flags before the command words are kept and passed on after them.
  const lead: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-' && argv[i] !== '--') {
    const t = argv[i]!;
    lead.push(t);
    if (LEADING_VALUE_FLAGS.has(t) && i + 1 < argv.length) {
      lead.push(argv[i + 1]!);
      i++;
    }
    i++;
  }
  if (lead.includes('--no-color')) runState.noColor = true;
  const words = argv.slice(i);
  const first = words[0];
  if (first === undefined) {
    if (lead.includes('--version') || lead.includes('-v')) {
      io.out(`lark-cli ${VERSION}\n`);
      return 0;
    }
    const unknown = lead.find((t) => t.startsWith('-') && !['--help', '-h', '--no-color'].includes(t) && !LEADING_VALUE_FLAGS.has(t));
    if (unknown && !lead.includes('--help') && !lead.includes('-h')) {
      throw new CliError('validation', `Unknown flag ${unknown} without a command.`, { hint: 'Run lark-cli --help for the commands.' });
    }
    io.out(topLevelHelp(io));
    return 0;
  }
  const rest = [...words.slice(1), ...lead];
  switch (first) {
    case 'help': {
      // `lark-cli help im messages create` = `lark-cli im messages create --help`
      if (words.length === 1) return dispatch(['--help', ...lead], io);
      return dispatch([...words.slice(1), '--help', ...lead], io);
    }
    case 'version':
      io.out(`lark-cli ${VERSION}\n`);
      return 0;
    default:
      if (Object.hasOwn(COMMANDS, first)) return COMMANDS[first]!(rest, io);
  }
  const service = findService(first);
  if (!service) {
    throw new CliError('validation', `Unknown command "${first}".${didYouMean(first, [...serviceNames(), ...BUILTINS])}`, {
      hint: 'Run lark-cli --help for the commands.',
    });
  }
  return runServiceCommand(service, words.slice(1), lead, io);
}

/** Runs the CLI in this process and exits with its code. */
export async function run(): Promise<void> {
  const io = processIo();
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  process.on('uncaughtException', (e) => process.exit(reportError(io, e)));
  process.on('unhandledRejection', (e) => process.exit(reportError(io, e)));
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
}
