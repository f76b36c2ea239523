/**
 * `lark-cli <service> +<shortcut>`: the generic part of every shortcut. Flags are parsed and
 * checked from the spec (types, required, enums, patterns, limits, identity-only flags, @file and
 * stdin values, and the rules exactlyOne / atMostOne / atLeastOne / requires / differ), the
 * identity is resolved, then the behaviour module registered for it runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Identity, ScopeRuleMeta, ShortcutCommand, ShortcutFlag } from '../meta.js';
import { fixesFor } from '../shortcuts/fixes.js';
import { parseFlags, type FlagSpec, type ParsedFlags } from '../core/argv.js';
import { CliError } from '../core/errors.js';
import { API_FLAGS, CALL_FLAGS, COMMON_FLAGS, bool, readCallOptions, str, type GlobalFlagDoc } from '../core/globals.js';
import { InputReader } from '../core/input.js';
import type { Io } from '../core/io.js';
import { runState } from '../core/run-state.js';
import { Session } from '../core/session.js';
import { checkValue, nearest, type Field } from '@larkgen/spec/fields';
import { emitResult, okEnvelope, checkJqOrThrow } from '../core/emit.js';
import { methodLoaders } from '../generated/loaders.js';
import { rowsOf } from '../core/output.js';
import { safeReadPath, safeWritePath } from '../core/paths.js';
import { planFor, type PlannedRequest } from '../core/plan.js';
import type { FlagValue, ShortcutContext } from '../shortcuts/types.js';
import { behaviours } from '../generated/behaviours.js';

/** The global flags a shortcut takes (its own flags of the same name win). */
export function shortcutGlobals(s: ShortcutCommand): GlobalFlagDoc[] {
  const own = new Set(s.flags.flatMap((f) => [f.name, ...(f.alias ? [f.alias] : [])]));
  const out: GlobalFlagDoc[] = [...CALL_FLAGS, ...COMMON_FLAGS].filter((g) => g.name !== 'format' || s.formats);
  if (s.risk === 'high-risk-write') out.push(API_FLAGS.find((f) => f.name === 'yes')!);
  if (s.pagination) out.push(...API_FLAGS.filter((f) => f.name.startsWith('page-')));
  return out.filter((g) => !own.has(g.name));
}

export function shortcutFlagSpecs(s: ShortcutCommand): FlagSpec[] {
  const own: FlagSpec[] = [];
  for (const f of s.flags) {
    const value = f.type !== 'boolean';
    own.push({ name: f.name, value, ...(f.type === 'list' ? { multiple: true } : {}) });
    if (f.alias) own.push(f.alias.length === 1 ? { name: `${f.name}\u0000alias`, short: f.alias, value } : { name: f.alias, value, ...(f.type === 'list' ? { multiple: true } : {}) });
  }
  return [...own, ...shortcutGlobals(s)];
}

/** Merges alias spellings into the flag's own name. */
function canonical(s: ShortcutCommand, p: ParsedFlags): Map<string, string | string[] | boolean> {
  const out = new Map<string, string | string[] | boolean>();
  for (const [k, v] of p.values) {
    const f = s.flags.find((x) => x.alias === k || `${x.name}\u0000alias` === k);
    const name = f ? f.name : k;
    if (out.has(name)) {
      const prev = out.get(name)!;
      if (Array.isArray(prev) && Array.isArray(v)) out.set(name, [...prev, ...v]);
      else throw new CliError('validation', `--${name} was given more than once.`);
    } else out.set(name, v);
  }
  return out;
}

export interface CheckedShortcutFlags {
  values: Record<string, FlagValue>;
  given: Set<string>;
}

/** Parses and checks every flag of a shortcut against its spec (without the identity rule). */
export async function checkShortcutFlags(s: ShortcutCommand, raw: Map<string, string | string[] | boolean>, io: Io): Promise<CheckedShortcutFlags> {
  const reader = new InputReader(io);
  const values: Record<string, FlagValue> = {};
  const given = new Set<string>();
  const cmd = `${s.service} ${s.command}`;
  for (const f of s.flags) {
    const v = raw.get(f.name);
    if (v === undefined) {
      if (f.required) {
        throw new CliError('validation', `${cmd} needs --${f.name}${f.placeholder ? ` ${f.placeholder}` : ''}: ${f.description.replace(/\s+/g, ' ')}`, {
          hint: `Run lark-cli ${cmd} --help.`,
        });
      }
      continue;
    }
    given.add(f.name);
    values[f.name] = await flagValue(f, v, reader, io);
  }
  for (const r of s.rules) {
    const fl = r.kind === 'requires' ? r.flags : r.flags;
    const present = fl.filter((n) => given.has(n));
    const msg = r.message ?? (await import('../help.js')).describeRule(r);
    switch (r.kind) {
      case 'exactlyOne':
        if (present.length !== 1) {
          throw new CliError('validation', present.length ? `${present.map((n) => `--${n}`).join(' and ')} cannot be combined. ${msg}` : msg);
        }
        break;
      case 'atMostOne':
        if (present.length > 1) throw new CliError('validation', `${present.map((n) => `--${n}`).join(' and ')} cannot be combined. ${msg}`);
        break;
      case 'atLeastOne':
        if (!present.length) throw new CliError('validation', msg);
        break;
      case 'requires':
        if (given.has(r.flag)) {
          const missing = r.flags.filter((n) => !given.has(n));
          if (missing.length) throw new CliError('validation', `--${r.flag} needs ${missing.map((n) => `--${n}`).join(', ')}. ${r.message ?? ''}`.trim());
        }
        break;
      case 'differ': {
        const vals = present.map((n) => JSON.stringify(values[n]));
        if (new Set(vals).size !== vals.length) throw new CliError('validation', `${present.map((n) => `--${n}`).join(' and ')} must differ. ${r.message ?? ''}`.trim());
        break;
      }
    }
  }
  for (const f of s.flags) if (!(f.name in values) && f.default !== undefined) values[f.name] = f.default as FlagValue;
  return { values, given };
}

/** The spec field a shortcut flag's text stands for once converted, so the one value checker applies. */
function flagField(f: ShortcutFlag): Field {
  const text: Field = { type: 'string', ...(f.enum ? { enum: f.enum } : {}), ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}), ...(f.pattern ? { pattern: f.pattern } : {}) };
  if (f.type === 'integer') return { type: 'integer', ...(f.minimum !== undefined ? { minimum: f.minimum } : {}), ...(f.maximum !== undefined ? { maximum: f.maximum } : {}) };
  if (f.type === 'list') return { type: 'array', items: text, ...(f.maxItems !== undefined ? { maxItems: f.maxItems } : {}) };
  return text;
}

/** Throws the first violation of a converted flag value, worded for the command line. */
function checkFlagValue(f: ShortcutFlag, value: unknown): void {
  const v = checkValue(flagField(f), value)[0];
  if (!v) return;
  const shown = v.path.length ? `each value of --${f.name}` : `--${f.name}`;
  const text = String(v.value);
  switch (v.kind) {
    case 'enum': {
      const near = nearest(text, v.allowed.map(String));
      throw new CliError('validation', `${shown} must be one of ${v.allowed.join(', ')}; got "${text}".${near.length ? ` Did you mean "${near[0]}"?` : ''}`);
    }
    case 'maxLength':
      throw new CliError('validation', `${shown} takes at most ${v.limit} characters, got ${v.actual}.`);
    case 'pattern':
      throw new CliError('validation', `${shown} "${text.length > 40 ? text.slice(0, 40) + '…' : text}" does not have the expected form (${v.pattern}).`);
    case 'minimum':
      throw new CliError('validation', `${shown} must be at least ${v.limit}, got ${v.actual}.`);
    case 'maximum':
      throw new CliError('validation', `${shown} must be at most ${v.limit}, got ${v.actual}.`);
    case 'maxItems':
      throw new CliError('validation', `${shown} takes at most ${v.limit} values, got ${v.actual}.`);
    default:
      throw new CliError('validation', `${shown} is not valid: ${v.kind}.`);
  }
}

async function flagValue(f: ShortcutFlag, v: string | string[] | boolean, reader: InputReader, io: Io): Promise<FlagValue> {
  const shown = `--${f.name}`;
  switch (f.type) {
    case 'boolean':
      return v === true;
    case 'integer': {
      const t = String(v).trim();
      if (!/^-?\d+$/.test(t)) throw new CliError('validation', `${shown} must be a whole number, got "${String(v)}".`);
      const n = Number(t);
      checkFlagValue(f, n);
      return n;
    }
    case 'list': {
      const parts = (Array.isArray(v) ? v : [String(v)]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
      if (!parts.length) throw new CliError('validation', `${shown} needs at least one value.`);
      checkFlagValue(f, parts);
      return parts;
    }
    case 'path': {
      const text = String(v);
      // Lexical check now; the behaviour resolves symlinks when it opens the file.
      if (!text || path.isAbsolute(text) || text.startsWith('~') || path.relative(io.cwd, path.resolve(io.cwd, text)).startsWith('..') || text.split(/[\\/]+/).includes('..')) {
        throw new CliError('validation', `${shown} "${text}" is refused: give a relative path inside the current directory.`);
      }
      if (/[\u0000-\u001f\u007f]/.test(text)) throw new CliError('validation', `${shown} contains control characters.`);
      return text;
    }
    default: {
      const text = f.stdin ? await reader.text(String(v), shown) : String(v);
      if (f.stdin && !text.length) throw new CliError('validation', `${shown} is empty.`);
      checkFlagValue(f, text);
      return text;
    }
  }
}

/** Flags that only one identity may use (`identity:` in the spec) must match the resolved one. */
export function checkIdentityFlags(s: ShortcutCommand, given: ReadonlySet<string>, identity: Identity): void {
  for (const f of s.flags) {
    if (f.identity && given.has(f.name) && f.identity !== identity) {
      throw new CliError('validation', `--${f.name} works only with the ${f.identity} identity, and this call runs as ${identity}.`, {
        hint: `Add --as ${f.identity}, or leave --${f.name} out.`,
      });
    }
  }
}

/**
 * The scopes this run needs as `identity`: every run's, plus those of the calls the given flags
 * bring in (`--user-id` looks up the p2p chat). Enrichment scopes are not required: without them
 * the command still answers, less that part.
 */
export function scopesForRun(s: ShortcutCommand, identity: Identity, values: Readonly<Record<string, FlagValue>>): ScopeRuleMeta | undefined {
  const rule = s.identities[identity];
  if (!rule) return rule;
  const brought = (s.optionalScopes[identity] ?? []).filter((o) => o.flags?.some((c) => flagCondition(c, values)));
  if (!brought.length) return rule;
  return { anyOf: rule.anyOf, allOf: [...new Set([...rule.allOf, ...brought.map((o) => o.scope)])] };
}

/** `user-id` holds when --user-id was given; `flag-type=feed` when it was given as feed. */
function flagCondition(condition: string, values: Readonly<Record<string, FlagValue>>): boolean {
  const [name, want] = condition.split('=', 2) as [string, string | undefined];
  const v = values[name];
  if (v === undefined || v === false || v === null) return false;
  return want === undefined || String(v) === want;
}

export async function runShortcut(s: ShortcutCommand, tokens: readonly string[], io: Io): Promise<number> {
  const cmd = `${s.service} ${s.command}`;
  const parsed = parseFlags(tokens, shortcutFlagSpecs(s), `lark-cli ${cmd}`);
  if (bool(parsed, 'no-color')) runState.noColor = true;
  if (bool(parsed, 'help')) {
    const { helpPaint, shortcutHelp } = await import('../help.js');
    io.out(shortcutHelp(s, helpPaint(io)));
    return 0;
  }
  if (parsed.positionals.length) {
    throw new CliError('validation', `Unexpected argument "${parsed.positionals[0]}" for lark-cli ${cmd}.`, { hint: `Values go after their flag. Run lark-cli ${cmd} --help.` });
  }
  const raw = canonical(s, parsed);
  const own = new Set(s.flags.map((f) => f.name));
  const globalsOnly: ParsedFlags = { values: new Map([...raw].filter(([k]) => !own.has(k))), positionals: [], order: [] };
  const opts = readCallOptions(globalsOnly);
  const pagesOwn = own.has('page-all');
  const pages = {
    all: pagesOwn ? false : bool(parsed, 'page-all'),
    limit: own.has('page-limit') ? 0 : Number(str(parsed, 'page-limit') ?? 10),
    delayMs: Number(str(parsed, 'page-delay') ?? 200),
  };
  const checked = await checkShortcutFlags(s, raw, io);
  const session = new Session(io.env, { profile: opts.profile, baseUrl: opts.baseUrl });
  const identity = session.resolveIdentity(opts.as, s.identityList, cmd, s.defaultIdentity);
  session.setIdentity(identity);
  checkIdentityFlags(s, checked.given, identity);
  if (opts.jq !== undefined) await checkJqOrThrow(opts.jq);
  if (s.risk === 'high-risk-write' && !opts.dryRun && !bool(parsed, 'yes')) {
    throw new CliError('validation', `${cmd} is a high-risk write and needs --yes.`, { hint: 'Check it with --dry-run first.' });
  }
  const load = behaviours[`${s.service}.${s.command}`];
  if (!load) {
    throw new CliError('not_implemented', `lark-cli ${cmd} is not implemented yet: its flags are valid, but no behaviour is registered for it, so nothing was sent.`, {
      hint: `Until then, call the methods it uses directly: ${s.calls.map((c) => `lark-cli ${c.split('.').slice(0, 1)} ${c.split('.').slice(1, -1).join('.')} ${c.split('.').slice(-1)}`).join('; ')}.`,
    });
  }
  if (!opts.dryRun) {
    if (identity === 'user') session.checkUserScopes(scopesForRun(s, 'user', checked.values), cmd, (s.optionalScopes.user ?? []).map((o) => o.scope));
    else session.requireBotCredentials();
  }
  const { behaviour } = await load();
  const { ctx, planned } = shortcutContext({ shortcut: s, checked, identity, dryRun: opts.dryRun, format: opts.format, pages, io, session });
  const result = await behaviour.run(ctx);
  if (opts.dryRun) {
    const payload = { api: planned, identity };
    await emitResult(io, { ...opts, format: 'json' }, { payload, data: payload, rows: planned });
    return 0;
  }
  const payload = result.partialFailure ? { ...okEnvelope(result.data, identity), ok: false } : okEnvelope(result.data, identity);
  await emitResult(io, opts, { payload, data: result.data, rows: result.rows ?? rowsOf(result.data) });
  return result.partialFailure ? 1 : 0;
}


export interface ShortcutRun {
  readonly shortcut: ShortcutCommand;
  readonly checked: CheckedShortcutFlags;
  readonly identity: Identity;
  readonly dryRun: boolean;
  readonly format: ShortcutContext['format'];
  readonly pages: ShortcutContext['pages'];
  /** Its `cwd` is the folder every local path of the shortcut must stay inside. */
  readonly io: Io;
  readonly session: Session;
}

/** The context a shortcut behaviour runs with (the CLI's runner and the MCP server share it). */
export function shortcutContext(r: ShortcutRun): { ctx: ShortcutContext; planned: PlannedRequest[] } {
  const { shortcut: s, identity, io, session, checked } = r;
  const cmd = `${s.service} ${s.command}`;
  const planned: PlannedRequest[] = [];
  let clientP: Promise<import('@larkgen/sdk').LarkClient> | undefined;
  const fixes = fixesFor(s, identity);
  const ctx: ShortcutContext = {
    shortcut: s,
    flags: checked.values,
    given: checked.given,
    identity,
    dryRun: r.dryRun,
    format: r.format,
    pages: r.pages,
    io,
    session,
    client: () => (clientP ??= import('../core/client.js').then((m) => m.makeClient(session, identity))),
    descriptor: async (id) => (await import('../core/client.js')).descriptorOf((await methodLoaders[id]!()).binding),
    call: async <T,>(methodId: string, req: { path?: Record<string, string>; params?: Record<string, unknown>; data?: Record<string, unknown> }) => {
      if (r.dryRun) {
        const { command } = await methodLoaders[methodId]!();
        planned.push(planFor(command, session.settings.baseUrl, { path: req.path ?? {}, query: req.params ?? {}, data: req.data, files: [] }, identity));
        return undefined;
      }
      const m = await import('../core/client.js');
      const client = await ctx.client();
      try {
        return (await m.bind(client, (await methodLoaders[methodId]!()).binding)(req, { as: identity })) as T;
      } catch (e) {
        throw (await import('../core/sdk-errors.js')).fromSdkError(e, { what: cmd, identity, scopes: scopesForRun(s, identity, checked.values), session, fixes });
      }
    },
    plan: (req) => void planned.push(req),
    inputFile: (p, flag, maxBytes) => {
      const abs = safeReadPath(io.cwd, p, flag);
      const size = fs.statSync(abs).size;
      if (maxBytes !== undefined && size > maxBytes) throw new CliError('validation', `${flag} ${p} is ${size} bytes, over the ${maxBytes}-byte limit.`);
      return { abs, size, name: path.basename(abs) };
    },
    outputPath: (p, flag) => safeWritePath(io.cwd, p, flag),
    progress: (t) => {
      if (io.stderrTTY) io.err(`\r\u001b[2K${t}`);
    },
    warn: (t) => io.err(`warning: ${t}\n`),
  };
  return { ctx, planned };
}

export type { Identity };

