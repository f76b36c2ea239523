/** The global flags (the one table is `@larkgen/spec/global-flags`) and reading their values. */
import { GLOBAL_FLAGS, globalFlagsOf } from '@larkgen/spec/global-flags';
import type { FlagSpec, ParsedFlags } from './argv.js';
import { str, bool, list } from './argv.js';
import { CliError } from './errors.js';
import { runState } from './run-state.js';
import { FORMATS, type Format } from './output.js';
import { didYouMean } from './suggest.js';

export interface GlobalFlagDoc extends FlagSpec {
  readonly placeholder?: string;
  readonly help: string;
}

/** Flags every command accepts. */
export const COMMON_FLAGS: readonly GlobalFlagDoc[] = globalFlagsOf('common');

/** Flags of commands that call the platform. */
export const CALL_FLAGS: readonly GlobalFlagDoc[] = globalFlagsOf('call');

/** Flags of API method commands and `api`. */
export const API_FLAGS: readonly GlobalFlagDoc[] = globalFlagsOf('api');

/** Flags that take a value, as typed (`--as`, `-o`): the argv pre-scan keeps their value with them. */
export const VALUE_FLAG_WORDS: ReadonlySet<string> = new Set(GLOBAL_FLAGS.filter((f) => f.value).flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));

export interface CallOptions {
  readonly as: 'user' | 'bot' | 'auto' | undefined;
  readonly format: Format;
  readonly formatGiven: boolean;
  readonly jq: string | undefined;
  /** --jq-raw: strings printed bare (jq -r). */
  readonly jqRaw: boolean;
  readonly dryRun: boolean;
  readonly profile: string | undefined;
  readonly baseUrl: string | undefined;
  readonly noColor: boolean;
}

export function readCallOptions(p: ParsedFlags): CallOptions {
  const as = str(p, 'as');
  if (as !== undefined && as !== 'user' && as !== 'bot' && as !== 'auto') {
    throw new CliError('validation', `--as must be user, bot or auto, got "${as}".${didYouMean(as, ['user', 'bot', 'auto'])}`);
  }
  const format = str(p, 'format');
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new CliError('validation', `--format must be one of ${FORMATS.join(', ')}, got "${format}".${didYouMean(format, FORMATS)}`);
  }
  const jq = str(p, 'jq');
  if (jq !== undefined && !jq.trim()) throw new CliError('validation', '--jq needs an expression, e.g. --jq ".data.items[].message_id".');
  const jqRaw = readJqRaw(p, jq);
  return {
    as: as as CallOptions['as'],
    format: (format ?? 'json') as Format,
    formatGiven: format !== undefined,
    jq,
    jqRaw,
    dryRun: bool(p, 'dry-run'),
    profile: str(p, 'profile'),
    baseUrl: str(p, 'base-url'),
    noColor: bool(p, 'no-color'),
  };
}

/** The output flags of local commands that print data (config show, auth status…). */
export const LOCAL_OUTPUT_FLAGS: readonly GlobalFlagDoc[] = [
  CALL_FLAGS.find((f) => f.name === 'format')!,
  CALL_FLAGS.find((f) => f.name === 'jq')!,
  CALL_FLAGS.find((f) => f.name === 'jq-raw')!,
];

/** The output options of a local command, from its LOCAL_OUTPUT_FLAGS. */
export function localOutput(p: ParsedFlags): { format: Format; jq: string | undefined; jqRaw: boolean; noColor: boolean } {
  const format = str(p, 'format');
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new CliError('validation', `--format must be one of ${FORMATS.join(', ')}, got "${format}".${didYouMean(format, FORMATS)}`);
  }
  const jq = str(p, 'jq');
  if (jq !== undefined && !jq.trim()) throw new CliError('validation', '--jq needs an expression, e.g. --jq ".data.open_id".');
  return { format: (format ?? 'json') as Format, jq, jqRaw: readJqRaw(p, jq), noColor: bool(p, 'no-color') || (runState.noColor ?? false) };
}

/** --jq-raw, which means nothing without --jq. */
export function readJqRaw(p: ParsedFlags, jq: string | undefined): boolean {
  const raw = bool(p, 'jq-raw');
  if (raw && jq === undefined) throw new CliError('validation', '--jq-raw goes with --jq: it prints the strings that --jq selects without quotes.', { hint: 'e.g. --jq ".data.items[].message_id" --jq-raw' });
  return raw;
}

export interface PageOptions {
  readonly all: boolean;
  readonly limit: number;
  readonly delayMs: number;
}

export function readPageOptions(p: ParsedFlags): PageOptions {
  const limitRaw = str(p, 'page-limit');
  const delayRaw = str(p, 'page-delay');
  const int = (raw: string, flag: string, max: number) => {
    if (!/^\d+$/.test(raw)) throw new CliError('validation', `${flag} must be a whole number ≥ 0, got "${raw}".`);
    const n = Number(raw);
    if (n > max) throw new CliError('validation', `${flag} must be at most ${max}, got ${n}.`);
    return n;
  };
  return {
    all: bool(p, 'page-all'),
    limit: limitRaw === undefined ? 10 : int(limitRaw, '--page-limit', 100000),
    delayMs: delayRaw === undefined ? 200 : int(delayRaw, '--page-delay', 60000),
  };
}

export { list, str, bool };
