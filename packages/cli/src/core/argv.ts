/**
 * A small, strict flag parser: `--name value`, `--name=value`, `-o value`, boolean `--name`
 * (or `--name=true|false`), repeatable flags, `--` to end flags. Unknown flags are refused with
 * a "did you mean". It knows nothing of commands: callers pass the flags a command accepts.
 */
import { CliError } from './errors.js';
import { didYouMean } from './suggest.js';

export interface FlagSpec {
  /** Long name without dashes. */
  readonly name: string;
  readonly short?: string;
  /** Takes a value (otherwise a boolean switch). */
  readonly value: boolean;
  /** May be given more than once (values are collected in order). */
  readonly multiple?: boolean;
}

export interface ParsedFlags {
  /** For value flags: the string (or strings, when multiple); for switches: a boolean. */
  readonly values: Map<string, string | string[] | boolean>;
  readonly positionals: string[];
  /** Flag names in the order given (for messages). */
  readonly order: string[];
}

export function parseFlags(tokens: readonly string[], specs: readonly FlagSpec[], context: string): ParsedFlags {
  const byName = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const s of specs) {
    byName.set(s.name, s);
    if (s.short) byShort.set(s.short, s);
  }
  const values = new Map<string, string | string[] | boolean>();
  const positionals: string[] = [];
  const order: string[] = [];
  let i = 0;
  const set = (spec: FlagSpec, v: string | boolean, shown: string) => {
    if (spec.multiple) {
      const cur = values.get(spec.name);
      values.set(spec.name, [...(Array.isArray(cur) ? cur : []), String(v)]);
    } else {
      if (values.has(spec.name)) {
        throw new CliError('validation', `${shown} was given more than once (${context}).`, {
          hint: `Give ${shown} once.`,
        });
      }
      values.set(spec.name, v);
    }
    order.push(spec.name);
  };
  /** A value flag's value: after its `=`, else the next token (which it consumes). */
  const takeValue = (tok: string, eq: number, shown: string): string => {
    if (eq !== -1) return tok.slice(eq + 1);
    const v = tokens[++i];
    if (v === undefined) throw new CliError('validation', `${shown} needs a value (${context}).`);
    return v;
  };
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok === '--') {
      positionals.push(...tokens.slice(i + 1));
      break;
    }
    if (tok.startsWith('--') && tok.length > 2) {
      const eq = tok.indexOf('=');
      const name = eq === -1 ? tok.slice(2) : tok.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw unknownFlag(`--${name}`, specs, context);
      if (spec.value) set(spec, takeValue(tok, eq, `--${name}`), `--${name}`);
      else {
        let v = true;
        if (eq !== -1) {
          const raw = tok.slice(eq + 1).toLowerCase();
          if (raw === 'true' || raw === '1' || raw === 'yes') v = true;
          else if (raw === 'false' || raw === '0' || raw === 'no') v = false;
          else throw new CliError('validation', `--${name} is a switch: give it alone, or as --${name}=true / --${name}=false; got "${tok.slice(eq + 1)}".`);
        }
        set(spec, v, `--${name}`);
      }
      i++;
      continue;
    }
    if (tok.startsWith('-') && tok.length > 1 && tok !== '-' && !/^-\d/.test(tok)) {
      const eq = tok.indexOf('=');
      const letter = eq === -1 ? tok.slice(1) : tok.slice(1, eq);
      const spec = byShort.get(letter);
      if (!spec) throw unknownFlag(tok.split('=')[0]!, specs, context);
      if (spec.value) set(spec, takeValue(tok, eq, `-${letter}`), `-${letter}`);
      else set(spec, true, `-${letter}`);
      i++;
      continue;
    }
    positionals.push(tok);
    i++;
  }
  return { values, positionals, order };
}

function unknownFlag(shown: string, specs: readonly FlagSpec[], context: string): CliError {
  const names = specs.map((s) => s.name);
  const bare = shown.replace(/^-+/, '');
  // Common slip: snake_case field names typed as flags.
  const hint = didYouMean(bare.replace(/_/g, '-'), names, '--');
  return new CliError('validation', `Unknown flag ${shown} for ${context}.${hint}`, {
    hint: `Run the command with --help to see its flags.`,
  });
}

/** Reads a parsed value helper: string or undefined. */
export function str(p: ParsedFlags, name: string): string | undefined {
  const v = p.values.get(name);
  if (v === undefined || typeof v === 'boolean') return undefined;
  return Array.isArray(v) ? v[v.length - 1] : v;
}

export function list(p: ParsedFlags, name: string): string[] {
  const v = p.values.get(name);
  if (v === undefined || typeof v === 'boolean') return [];
  return Array.isArray(v) ? v : [v];
}

export function bool(p: ParsedFlags, name: string): boolean {
  return p.values.get(name) === true;
}
