/** The flag table of a built-in command (config, auth, event, mcp): its own flags, then the global ones it reads. */
import { globalFlag } from '@larkgen/spec/global-flags';
import type { FlagSpec } from '../core/argv.js';
import { COMMON_FLAGS } from '../core/globals.js';

export interface OwnFlags {
  /** Flags that take a value. */
  readonly values?: readonly string[];
  /** Flags that take a value and may be repeated. */
  readonly lists?: readonly string[];
  /** Flags without a value. */
  readonly switches?: readonly string[];
  /** One-letter forms, by flag name. */
  readonly shorts?: Readonly<Record<string, string>>;
}

/**
 * A command's flags: its own, the global flags it also reads (named, never restated: their
 * shape comes from the one global table), and the flags every command takes.
 */
export function commandFlags(own: OwnFlags, globals: readonly string[] = []): FlagSpec[] {
  const short = (name: string) => (own.shorts?.[name] ? { short: own.shorts[name] } : {});
  return [
    ...(own.lists ?? []).map((name) => ({ name, ...short(name), value: true, multiple: true })),
    ...(own.values ?? []).map((name) => ({ name, ...short(name), value: true })),
    ...(own.switches ?? []).map((name) => ({ name, ...short(name), value: false })),
    ...globals.map(globalFlag),
    ...COMMON_FLAGS,
  ];
}
