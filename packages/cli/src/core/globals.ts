/** The global flags: what they take, and their help text. */
import type { FlagSpec, ParsedFlags } from './argv.js';
import { str, bool, list } from './argv.js';
import { CliError } from './errors.js';
import { runState } from './report.js';
import { FORMATS, type Format } from './output.js';
import { didYouMean } from './suggest.js';

export interface GlobalFlagDoc extends FlagSpec {
  readonly placeholder?: string;
  readonly help: string;
}

/** Flags every command accepts. */
export const COMMON_FLAGS: readonly GlobalFlagDoc[] = [
  { name: 'profile', value: true, placeholder: 'NAME', help: 'Configuration profile to use (default: the current one)' },
  { name: 'base-url', value: true, placeholder: 'URL', help: 'Open platform base URL, e.g. http://127.0.0.1:8787 for the emulator' },
  { name: 'no-color', value: false, help: 'Never colour the output (colour is used only on a terminal, never with NO_COLOR)' },
  { name: 'help', short: 'h', value: false, help: 'Show help for the command' },
];

/** Flags of commands that call the platform. */
export const CALL_FLAGS: readonly GlobalFlagDoc[] = [
  { name: 'as', value: true, placeholder: 'user|bot|auto', help: 'Identity to call with (default: the configured one, else user when logged in, else bot)' },
  { name: 'format', value: true, placeholder: 'FORMAT', help: 'Output: json (default), pretty, table, ndjson or csv' },
  { name: 'jq', value: true, placeholder: 'EXPR', help: 'Filter the JSON output with a jq expression' },
  { name: 'jq-raw', value: false, help: 'With --jq: print string results without quotes, one per line (like jq -r)' },
  { name: 'dry-run', value: false, help: 'Print the planned requests (secrets masked) and send nothing' },
];

/** Flags of API method commands and `api`. */
export const API_FLAGS: readonly GlobalFlagDoc[] = [
  { name: 'params', value: true, placeholder: 'JSON', help: 'Path and query parameters as a JSON object, @file or - (stdin)' },
  { name: 'data', value: true, placeholder: 'JSON', help: 'Request body as a JSON object, @file or - (stdin)' },
  { name: 'file', value: true, multiple: true, placeholder: '[FIELD=]PATH', help: 'Multipart file field from a relative path (repeatable)' },
  { name: 'output', short: 'o', value: true, placeholder: 'PATH', help: 'Write a binary answer to this relative path (- for stdout)' },
  { name: 'overwrite', value: false, help: 'Let -o/--output replace an existing file' },
  { name: 'page-all', value: false, help: 'Fetch every page of a paginated method' },
  { name: 'page-limit', value: true, placeholder: 'N', help: 'Most pages to fetch with --page-all (default 10, 0 = no limit)' },
  { name: 'page-delay', value: true, placeholder: 'MS', help: 'Pause between pages in milliseconds (default 200)' },
  { name: 'yes', value: false, help: 'Confirm a high-risk write (recall, delete, remove members…)' },
];

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
  { name: 'format', value: true, placeholder: 'FORMAT', help: 'Output: json (default), pretty, table, ndjson or csv' },
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
