/**
 * `@larkgen/spec/global-flags`: the CLI's global flags, as data. The CLI's argv pre-scan and
 * parsers, its help, the CLI generator (a spec field whose flag would clash is renamed) and the
 * completions generator all read this one table.
 */

export interface GlobalFlag {
  /** Without the dashes, e.g. `base-url`. */
  readonly name: string;
  readonly short?: string;
  /** Takes a value (`--as bot`) rather than being a switch. */
  readonly value: boolean;
  /** May be given more than once. */
  readonly multiple?: boolean;
  readonly placeholder?: string;
  readonly help: string;
  /**
   * Where it applies: `common` every command, `call` commands that call the platform, `api` the
   * method commands and `api`, `top` only before any command word.
   */
  readonly group: 'common' | 'call' | 'api' | 'top';
  /** The values it accepts, for checks and completions. */
  readonly choices?: readonly string[];
  /** What a shell should complete for its value. */
  readonly complete?: 'FILE' | 'TEXT';
}

export const GLOBAL_FLAGS: readonly GlobalFlag[] = [
  { group: 'call', name: 'as', value: true, placeholder: 'user|bot|auto', choices: ['user', 'bot', 'auto'], help: 'Identity to call with (default: the configured one, else user when logged in, else bot)' },
  { group: 'call', name: 'format', value: true, placeholder: 'FORMAT', choices: ['json', 'pretty', 'table', 'ndjson', 'csv'], help: 'Output: json (default), pretty, table, ndjson or csv' },
  { group: 'call', name: 'jq', value: true, placeholder: 'EXPR', complete: 'TEXT', help: 'Filter the JSON output with a jq expression' },
  { group: 'call', name: 'jq-raw', value: false, help: 'With --jq: print string results without quotes, one per line (like jq -r)' },
  { group: 'call', name: 'dry-run', value: false, help: 'Print the planned requests (secrets masked) and send nothing' },
  { group: 'api', name: 'params', value: true, placeholder: 'JSON', complete: 'TEXT', help: 'Path and query parameters as a JSON object, @file or - (stdin)' },
  { group: 'api', name: 'data', value: true, placeholder: 'JSON', complete: 'TEXT', help: 'Request body as a JSON object, @file or - (stdin)' },
  { group: 'api', name: 'file', value: true, multiple: true, placeholder: '[FIELD=]PATH', complete: 'FILE', help: 'Multipart file field from a relative path (repeatable)' },
  { group: 'api', name: 'output', short: 'o', value: true, placeholder: 'PATH', complete: 'FILE', help: 'Write a binary answer to this relative path (- for stdout)' },
  { group: 'api', name: 'overwrite', value: false, help: 'Let -o/--output replace an existing file' },
  { group: 'api', name: 'page-all', value: false, help: 'Fetch every page of a paginated method' },
  { group: 'api', name: 'page-limit', value: true, placeholder: 'N', complete: 'TEXT', help: 'Most pages to fetch with --page-all (default 10, 0 = no limit)' },
  { group: 'api', name: 'page-delay', value: true, placeholder: 'MS', complete: 'TEXT', help: 'Pause between pages in milliseconds (default 200)' },
  { group: 'api', name: 'yes', value: false, help: 'Confirm a high-risk write (recall, delete, remove members…)' },
  { group: 'common', name: 'profile', value: true, placeholder: 'NAME', complete: 'TEXT', help: 'Configuration profile to use (default: the current one)' },
  { group: 'common', name: 'base-url', value: true, placeholder: 'URL', complete: 'TEXT', help: 'Open platform base URL, e.g. http://127.0.0.1:8787 for the emulator' },
  { group: 'common', name: 'no-color', value: false, help: 'Never colour the output (colour is used only on a terminal, never with NO_COLOR)' },
  { group: 'common', name: 'help', short: 'h', value: false, help: 'Show help for the command' },
  { group: 'top', name: 'version', short: 'v', value: false, help: 'Print the version of lark-cli' },
];

/** Names no spec field's flag may take (it is renamed instead). */
export const GLOBAL_FLAG_NAMES: readonly string[] = GLOBAL_FLAGS.map((f) => f.name);

/**
 * Global flags a shortcut command receives (every call and common flag, `--yes`, the paging
 * flags): a shortcut spec's own flags may not take these names, except `page-all` and
 * `page-limit` for a shortcut that pages by itself.
 */
export function shortcutGlobalFlagNames(): readonly string[] {
  return GLOBAL_FLAGS.filter((f) => f.group === 'call' || f.group === 'common' || f.name === 'yes' || f.name.startsWith('page-')).map((f) => f.name);
}

/** The flags of one group, in table order. */
export function globalFlagsOf(group: GlobalFlag['group']): readonly GlobalFlag[] {
  return GLOBAL_FLAGS.filter((f) => f.group === group);
}

/** One flag by name (throws on a name not in the table: a programming error). */
export function globalFlag(name: string): GlobalFlag {
  const f = GLOBAL_FLAGS.find((x) => x.name === name);
  if (!f) throw new Error(`no global flag --${name}`);
  return f;
}
