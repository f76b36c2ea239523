/**
 * The first step of a command group (`lark-cli auth`, `config`, `event`): pick its subcommand,
 * print the group's help for a bare `--help`, refuse a missing or unknown name.
 */
import { parseFlags } from './argv.js';
import { CliError } from './errors.js';
import { COMMON_FLAGS, bool } from './globals.js';
import type { Io } from './io.js';
import { didYouMean } from './suggest.js';

export interface CommandGroup {
  /** As typed after `lark-cli`, e.g. `auth`. */
  readonly name: string;
  readonly subs: readonly string[];
  readonly help: string;
}

/** The chosen subcommand and the tokens after it; `undefined` once the group's help is printed. */
export function subcommandOf(tokens: readonly string[], group: CommandGroup, io: Io): { sub: string; rest: readonly string[] } | undefined {
  const sub = tokens[0] && !tokens[0].startsWith('-') ? tokens[0] : undefined;
  const hint = `Run lark-cli ${group.name} --help.`;
  if (!sub) {
    const p = parseFlags(tokens, COMMON_FLAGS, `lark-cli ${group.name}`);
    if (bool(p, 'help')) {
      printHelp(io, group.help);
      return undefined;
    }
    throw new CliError('validation', `${group.name} needs a command: ${group.subs.join(', ')}.`, { hint });
  }
  if (!group.subs.includes(sub)) throw new CliError('validation', `Unknown ${group.name} command "${sub}".${didYouMean(sub, group.subs)}`, { hint });
  return { sub, rest: tokens.slice(1) };
}

/** Prints a command's help text; a help request then exits 0. */
export function printHelp(io: Io, text: string): 0 {
  io.out(text);
  return 0;
}
