/**
 * Entry point: finds the command from the first words and hands the rest of the arguments to
 * it. Each command is imported only when it runs (the build puts every one in its own file), so
 * start-up costs what the chosen command needs. Everything that goes wrong ends up in
 * reportError: an envelope, an exit code, never a stack trace.
 */
import { CliError } from './core/errors.js';
import { processIo, type Io } from './core/io.js';
import { resetRunState, runState } from './core/run-state.js';
import { didYouMean } from './core/suggest.js';
import { VERSION } from './version.js';
import { VALUE_FLAG_WORDS } from './core/globals.js';

type Command = (rest: readonly string[], io: Io) => Promise<number>;

/** The built-in command words (besides `help` and `version`), each loading and running its module. */
const COMMANDS: Readonly<Record<string, Command>> = {
  api: async (rest, io) => (await import('./commands/api.js')).runApi(rest, io),
  schema: async (rest, io) => (await import('./commands/schema.js')).runSchema(rest, io),
  card: async (rest, io) => (await import('./commands/card.js')).runCard(rest, io),
  completion: async (rest, io) => (await import('./commands/completion.js')).runCompletion(rest, io),
  config: async (rest, io) => (await import('./commands/config.js')).runConfig(rest, io),
  auth: async (rest, io) => (await import('./commands/auth.js')).runAuth(rest, io),
  event: async (rest, io) => (await import('./commands/event.js')).runEvent(rest, io),
  mcp: async (rest, io) => (await import('./mcp/command.js')).runMcp(rest, io),
};

const BUILTINS = [...Object.keys(COMMANDS), 'help'];

/** Flags that may come before the command words and take a value. */
const LEADING_VALUE_FLAGS = VALUE_FLAG_WORDS;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    return (await import('./core/report.js')).reportError(io, e);
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
  resetRunState();
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
    const { topLevelHelp } = await import('./commands/tree.js');
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
  const named = (await import('./commands/route.js')).runNamed(words, lead, io);
  if (named) return named;
  const tree = await import('./commands/tree.js');
  const service = tree.findService(first);
  if (!service) {
    throw new CliError('validation', `Unknown command "${first}".${didYouMean(first, [...tree.serviceNames(), ...BUILTINS])}`, {
      hint: 'Run lark-cli --help for the commands.',
    });
  }
  return tree.runServiceCommand(service, words.slice(1), lead, io);
}

/** Runs the CLI in this process and exits with its code. */
export async function run(): Promise<void> {
  const io = processIo();
  const fail = (e: unknown) => void import('./core/report.js').then((r) => process.exit(r.reportError(io, e)));
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
}
