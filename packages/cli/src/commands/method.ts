/**
 * `lark-cli <service> <resource> <method>`: builds the request from --params/--data and the typed
 * per-field flags, checks it against the spec, resolves the identity, and then either prints the
 * plan (--dry-run) or sends it through the SDK.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FieldFlag, MethodCommand } from '../meta.js';
import { parseFlags, type FlagSpec, type ParsedFlags } from '../core/argv.js';
import { CliError } from '../core/errors.js';
import { API_FLAGS, CALL_FLAGS, COMMON_FLAGS, list, readCallOptions, readPageOptions, str, bool, type CallOptions, type PageOptions } from '../core/globals.js';
import { InputReader, parseJson } from '../core/input.js';
import type { Io } from '../core/io.js';
import { safeReadPath, safeWritePath } from '../core/paths.js';
import { runState } from '../core/run-state.js';
import { Session } from '../core/session.js';
import { closest, didYouMean } from '../core/suggest.js';
import { Validator, type Issue } from '../core/validate.js';
import { checkCardFields } from '../core/card-fields.js';
import { emitResult, okEnvelope } from '../core/emit.js';
import { rowsOf } from '../core/output.js';
import { refuseToOverwrite } from '../core/overwrite.js';
import { planFor, type PlannedRequest, type LocalFile } from '../core/plan.js';
import type { Identity } from '../meta.js';
import { docLoaders, methodLoaders } from '../generated/loaders.js';
import { checkJqOrThrow } from '../core/emit.js';

export function methodFlagSpecs(c: MethodCommand): FlagSpec[] {
  const own: FlagSpec[] = c.flags
    .filter((f) => !(f.kind === 'file' && f.flag === 'file'))
    .map((f) => ({ name: f.flag, value: f.kind !== 'boolean', ...(f.kind === 'list' ? { multiple: true } : {}) }));
  return [...own, ...API_FLAGS, ...CALL_FLAGS, ...COMMON_FLAGS];
}

export interface BuiltRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  data: Record<string, unknown> | undefined;
  files: LocalFile[];
}

export async function runMethod(c: MethodCommand, tokens: readonly string[], io: Io): Promise<number> {
  const label = `${c.service} ${c.resource} ${c.name}`;
  const parsed = parseFlags(tokens, methodFlagSpecs(c), `lark-cli ${label}`);
  if (bool(parsed, 'no-color')) runState.noColor = true;
  if (bool(parsed, 'help')) {
    const [{ doc }, { helpPaint, methodHelp }] = await Promise.all([docLoaders[c.id]!(), import('../help.js')]);
    io.out(methodHelp(c, doc, helpPaint(io)));
    return 0;
  }
  if (parsed.positionals.length) {
    throw new CliError('validation', `Unexpected argument "${parsed.positionals[0]}" for lark-cli ${label}.`, {
      hint: `Values go after their flag, e.g. --${c.flags[0]?.flag ?? 'params'} VALUE. Run lark-cli ${label} --help.`,
    });
  }
  const opts = readCallOptions(parsed);
  const pages = readPageOptions(parsed);
  checkApplicable(c, parsed, pages);

  const req = await buildRequest(c, parsed, io);
  validateRequest(c, req);
  await checkCardFields(c.body?.fields, req.data, c.id);

  const session = new Session(io.env, { profile: opts.profile, baseUrl: opts.baseUrl });
  const identity = session.resolveIdentity(opts.as, c.identityList, c.id);
  session.setIdentity(identity);

  const output = str(parsed, 'output');
  if (c.response === 'binary' && output === undefined && !opts.dryRun) {
    throw new CliError('validation', `${c.id} answers with file content: say where to write it with -o PATH (or -o - for stdout).`);
  }
  const outPath = output !== undefined && output !== '-' ? safeWritePath(io.cwd, output, '-o/--output') : undefined;
  if (outPath) refuseToOverwrite(outPath, output!, bool(parsed, 'overwrite'));
  if (opts.jq !== undefined) await checkJqOrThrow(opts.jq);

  if (opts.dryRun) {
    const plan: PlannedRequest = planFor(c, session.settings.baseUrl, req, identity);
    const payload = {
      api: [plan],
      identity,
      ...(pages.all && c.pagination ? { pages: { all: true, limit: pages.limit, delay_ms: pages.delayMs } } : {}),
      ...(outPath ? { output: output } : {}),
    };
    await emitResult(io, { ...opts, format: opts.format === 'ndjson' ? 'ndjson' : 'json' }, { payload, data: payload, rows: [payload] });
    return 0;
  }

  if (c.risk === 'high-risk-write' && !bool(parsed, 'yes')) {
    throw new CliError('validation', `${c.id} is a high-risk write (${c.summary.replace(/\.$/, '').toLowerCase()}): it cannot be undone, so it needs --yes.`, {
      hint: 'Check the request with --dry-run, then run it again with --yes.',
    });
  }
  if (identity === 'user') session.checkUserScopes(c.identities.user, c.id);
  else session.requireBotCredentials();

  const { makeClient, bind } = await import('../core/client.js');
  const client = makeClient(session, identity);
  const bound = bind(client, (await methodLoaders[c.id]!()).binding);
  const d = bound.descriptor;
  const sdkReq = {
    ...(Object.keys(req.path).length ? { path: req.path as Record<string, string> } : {}),
    ...(Object.keys(req.query).length ? { params: req.query } : {}),
    ...(req.data !== undefined || req.files.length ? { data: await withFiles(req) } : {}),
  };
  const spec = { what: c.id, identity, scopes: c.identities[identity], session };
  // validateRequest above checked the request against the spec: the SDK does not check it again.
  const once = { as: identity, validate: false } as const;
  try {
    if (c.response === 'binary') return await download(io, client, d, sdkReq, identity, outPath, output!, opts);
    if (pages.all && c.pagination) return await allPages(io, client, d, sdkReq, identity, c, opts, pages);
    const data = await bound(sdkReq, once);
    const payload = { code: 0, msg: 'success', data: data ?? {} };
    await emitResult(io, opts, { payload, data: payload.data, rows: rowsOf(payload.data, c.pagination?.items) });
    return 0;
  } catch (e) {
    // The SDK's errors are read only when a request failed.
    throw (await import('../core/sdk-errors.js')).fromSdkError(e, spec);
  }
}

function checkApplicable(c: MethodCommand, p: ParsedFlags, pages: PageOptions): void {
  const given = (n: string) => p.values.has(n);
  if (!c.pagination && (pages.all || given('page-limit') || given('page-delay'))) {
    throw new CliError('validation', `${c.id} is not paginated, so --page-all, --page-limit and --page-delay do not apply.`);
  }
  if (c.response !== 'binary' && given('output')) {
    throw new CliError('validation', `${c.id} answers with JSON, not a file: -o/--output does not apply (use shell redirection or --format).`);
  }
  if (c.body?.encoding !== 'multipart' && given('file')) {
    throw new CliError('validation', `${c.id} does not take a multipart body, so --file does not apply.`);
  }
  if (!c.body && given('data')) {
    throw new CliError('validation', `${c.id} takes no request body, so --data does not apply; path and query values go in --params.`);
  }
}

/** Converts one typed flag's text to the field's value. */
export async function flagValue(f: FieldFlag, raw: string | string[] | boolean, reader: InputReader): Promise<unknown> {
  const shown = `--${f.flag}`;
  const scalar = (text: string, kind: string): unknown => {
    switch (kind) {
      case 'integer':
        if (!/^-?\d+$/.test(text.trim())) throw new CliError('validation', `${shown} must be a whole number, got "${text}".`);
        return Number(text.trim());
      case 'number': {
        const n = Number(text.trim());
        if (!text.trim() || !Number.isFinite(n)) throw new CliError('validation', `${shown} must be a number, got "${text}".`);
        return n;
      }
      case 'boolean':
        if (/^(true|1|yes)$/i.test(text)) return true;
        if (/^(false|0|no)$/i.test(text)) return false;
        throw new CliError('validation', `${shown} items must be true or false, got "${text}".`);
      default:
        return text;
    }
  };
  switch (f.kind) {
    case 'boolean':
      return raw === true;
    case 'integer':
    case 'number':
      return scalar(String(raw), f.kind);
    case 'string':
      return String(raw);
    case 'json':
      return reader.json(String(raw), shown);
    case 'list': {
      const parts = Array.isArray(raw) ? raw : [String(raw)];
      const out: unknown[] = [];
      for (const part of parts) {
        const t = part.trim();
        if (t.startsWith('[')) {
          const arr = parseJson(t, shown);
          if (!Array.isArray(arr)) throw new CliError('validation', `${shown} must be a JSON array or comma-separated values.`);
          out.push(...arr);
        } else {
          for (const item of t.split(',').map((x) => x.trim()).filter(Boolean)) out.push(scalar(item, f.item ?? 'string'));
        }
      }
      return out;
    }
    case 'file':
      return String(raw);
  }
}

export async function buildRequest(c: MethodCommand, parsed: ParsedFlags, io: Io): Promise<BuiltRequest> {
  const reader = new InputReader(io);
  const pathV: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  let data: Record<string, unknown> | undefined;
  const paramsRaw = str(parsed, 'params');
  if (paramsRaw !== undefined) {
    const params = await reader.object(paramsRaw, '--params');
    const bodyFields = Object.keys(c.body?.fields ?? {});
    for (const [k, v] of Object.entries(params)) {
      if (k in c.pathParams) pathV[k] = v;
      else if (k in c.query) query[k] = v;
      else {
        const known = [...Object.keys(c.pathParams), ...Object.keys(c.query)];
        const inBody = bodyFields.includes(k);
        throw new CliError('validation', `--params has an unknown parameter "${k}" for ${c.id}.${inBody ? ` "${k}" is a body field: put it in --data.` : didYouMean(k, known)}`, {
          hint: known.length ? `Path and query parameters: ${known.join(', ')}.` : `${c.id} takes no path or query parameters.`,
        });
      }
    }
  }
  const dataRaw = str(parsed, 'data');
  if (dataRaw !== undefined) data = await reader.object(dataRaw, '--data');
  const files: LocalFile[] = [];
  for (const f of c.flags) {
    if (f.kind === 'file') continue;
    const raw = parsed.values.get(f.flag);
    if (raw === undefined) continue;
    const value = await flagValue(f, raw, reader);
    const target = f.in === 'path' ? pathV : f.in === 'query' ? query : (data ??= {});
    if (f.field in target && JSON.stringify(target[f.field]) !== JSON.stringify(value)) {
      throw new CliError('validation', `${f.field} is given twice with different values: in ${f.in === 'body' ? '--data' : '--params'} and as --${f.flag}.`, {
        hint: 'Give it once.',
      });
    }
    target[f.field] = value;
  }
  // Multipart files: --file [field=]path, and typed file flags.
  const fileFields = Object.entries(c.body?.fields ?? {}).filter(([, f]) => f.type === 'file');
  const fileArgs: { field: string; path: string; shown: string }[] = [];
  for (const f of c.flags) {
    if (f.kind !== 'file' || f.flag === 'file') continue;
    const raw = parsed.values.get(f.flag);
    if (typeof raw === 'string') fileArgs.push({ field: f.field, path: raw.replace(/^@/, ''), shown: `--${f.flag}` });
  }
  for (const spec of list(parsed, 'file')) {
    const eq = spec.indexOf('=');
    let field: string;
    let p: string;
    if (eq > 0 && fileFields.some(([n]) => n === spec.slice(0, eq))) {
      field = spec.slice(0, eq);
      p = spec.slice(eq + 1);
    } else if (eq > 0 && /^[a-z_]+$/.test(spec.slice(0, eq))) {
      const name = spec.slice(0, eq);
      throw new CliError('validation', `--file ${spec}: ${c.id} has no file field "${name}".${didYouMean(name, fileFields.map(([n]) => n))}`, {
        hint: `File fields: ${fileFields.map(([n]) => n).join(', ')}.`,
      });
    } else {
      if (fileFields.length !== 1) {
        throw new CliError('validation', `--file ${spec}: say which field it is for, as --file FIELD=PATH (fields: ${fileFields.map(([n]) => n).join(', ')}).`);
      }
      field = fileFields[0]![0];
      p = spec;
    }
    fileArgs.push({ field, path: p.replace(/^@/, ''), shown: '--file' });
  }
  for (const a of fileArgs) {
    if (files.some((f) => f.field === a.field)) throw new CliError('validation', `The file field "${a.field}" is given twice.`);
    if (data && a.field in data) throw new CliError('validation', `The file field "${a.field}" is given in --data and as a file; give it as a file only.`);
    const abs = safeReadPath(io.cwd, a.path, a.shown);
    const size = fs.statSync(abs).size;
    const spec = c.body!.fields[a.field]!;
    if (spec.maxBytes !== undefined && size > spec.maxBytes) {
      throw new CliError('validation', `${a.shown} ${a.path} is ${formatBytes(size)}, over the ${formatBytes(spec.maxBytes)} limit of ${c.id} field "${a.field}".`, {
        hint: 'Shrink or split the file before uploading.',
      });
    }
    if (size === 0) throw new CliError('validation', `${a.shown} ${a.path} is empty; the platform refuses empty uploads.`);
    files.push({ field: a.field, path: a.path, abs, size, name: path.basename(abs) });
  }
  return { path: pathV, query, data, files };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Field path → the flag that sets it, for messages. */
function flagHint(c: MethodCommand, issue: Issue): string {
  const m = /^(?:params|data)\.([^.[]+)/.exec(issue.field);
  if (!m) return '';
  const f = c.flags.find((x) => x.field === m[1] && (issue.field.startsWith('data') ? x.in === 'body' : x.in !== 'body'));
  return f && issue.field === `${issue.field.startsWith('data') ? 'data' : 'params'}.${m[1]}` ? ` (--${f.flag})` : '';
}

export function validateRequest(c: MethodCommand, req: BuiltRequest): void {
  const v = new Validator(c.schemas);
  // Format-json string fields given as objects are encoded for the caller (the platform wants a string).
  if (req.data) {
    for (const [k, f] of Object.entries(c.body?.fields ?? {})) {
      const val = req.data[k];
      if (f.format === 'json' && f.type === 'string' && val !== null && typeof val === 'object') req.data[k] = JSON.stringify(val);
    }
  }
  v.object('params', req.path, Object.fromEntries(Object.entries(c.pathParams).map(([k, f]) => [k, { ...f, required: true }])));
  for (const [k, val] of Object.entries(req.path)) {
    if (typeof val === 'string' && (val === '' || val === '.' || /\.\.|[?#%/\\\u0000-\u001f\u007f]/.test(val))) {
      v.issues.push({ field: `params.${k}`, message: 'must not be empty or contain "..", "/", "\\", "?", "#", "%" or control characters' });
    }
  }
  v.object('params', req.query, c.query);
  // The two calls above both report unknown keys of the other group; drop those.
  const known = new Set([...Object.keys(c.pathParams), ...Object.keys(c.query)]);
  const issues = v.issues.filter((i) => !(i.message.startsWith('is not a known field') && known.has(i.field.replace(/^params\./, '').split(/[.[]/)[0]!)));
  if (c.body) {
    const fields = Object.fromEntries(Object.entries(c.body.fields).filter(([, f]) => f.type !== 'file'));
    const data = req.data ?? {};
    const bodyV = new Validator(c.schemas);
    bodyV.object('data', data, fields);
    for (const [name, f] of Object.entries(c.body.fields)) {
      if (f.type === 'file' && f.required && !req.files.some((x) => x.field === name)) {
        bodyV.issues.push({ field: `data.${name}`, message: `is a required file: give it with --file ${name}=PATH` });
      }
    }
    if (c.body.required && req.data === undefined && !req.files.length && !bodyV.issues.length) {
      bodyV.issues.push({ field: 'data', message: 'is required: give the body with --data or the field flags' });
    }
    issues.push(...bodyV.issues);
  }
  if (issues.length) {
    const shown = issues.slice(0, 5).map((i) => `${i.field} ${i.message}${flagHint(c, i)}`);
    throw new CliError('validation', `Invalid request for ${c.id}: ${shown.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}.`, {
      hint: `Run lark-cli ${c.service} ${c.resource} ${c.name} --help for its flags, or lark-cli schema ${c.id}.`,
      detail: { issues },
    });
  }
}

async function withFiles(req: BuiltRequest): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = { ...(req.data ?? {}) };
  for (const f of req.files) {
    const bytes = fs.readFileSync(f.abs);
    data[f.field] = { data: new Blob([bytes]), filename: f.name };
  }
  return data;
}

type Client = ReturnType<typeof import('../core/client.js').makeClient>;
type Descriptor = import('../core/client.js').MethodDescriptor;

function progress(io: Io, text: string): void {
  if (io.stderrTTY) io.err(`\r\u001b[2K${text}`);
  else if (io.env.LARKSUITE_CLI_PROGRESS === '1') io.err(text + '\n');
}

function progressDone(io: Io): void {
  if (io.stderrTTY) io.err('\r\u001b[2K');
}

async function allPages(io: Io, client: Client, d: Descriptor, req: object, identity: Identity, c: MethodCommand, opts: CallOptions, pages: PageOptions): Promise<number> {
  const p = c.pagination!;
  const items: unknown[] = [];
  let last: Record<string, unknown> = {};
  let n = 0;
  const { bind } = await import('../core/client.js');
  const bound = bind(client, (await methodLoaders[d.id]!()).binding);
  if (!bound.pages) throw new CliError('internal', `The SDK has no page iterator for ${d.id}.`);
  const it = bound.pages(req, {
    as: identity,
    validate: false,
    ...(pages.limit > 0 ? { maxPages: pages.limit } : {}),
    delayMs: pages.delayMs,
  });
  const streaming = opts.format === 'ndjson' && opts.jq === undefined;
  for await (const raw of it) {
    const page = raw as Record<string, unknown> | undefined;
    n++;
    last = page ?? {};
    const got = Array.isArray(last[p.items]) ? (last[p.items] as unknown[]) : [];
    if (streaming) for (const x of got) io.out(JSON.stringify(x) + '\n');
    else items.push(...got);
    progress(io, `page ${n}: ${streaming ? '' : `${items.length} items so far`}${pages.limit > 0 && n >= pages.limit && last[p.hasMore] ? ` (stopping at --page-limit ${pages.limit})` : ''}`);
  }
  progressDone(io);
  if (streaming) return 0;
  const data = { ...last, [p.items]: items, [p.hasMore]: !!last[p.hasMore], [p.nextToken]: last[p.hasMore] ? last[p.nextToken] ?? '' : '' };
  const payload = { code: 0, msg: 'success', data };
  await emitResult(io, opts, { payload, data, rows: items });
  return 0;
}

async function download(io: Io, client: Client, d: Descriptor, req: object, identity: Identity, abs: string | undefined, shown: string, opts: CallOptions): Promise<number> {
  const { bind, toFile } = await import('../core/client.js');
  const bound = bind(client, (await methodLoaders[d.id]!()).binding);
  const dl = (await bound(req, { as: identity, validate: false })) as { body: ReadableStream<Uint8Array>; contentType?: string; size?: number };
  if (!abs) {
    const reader = dl.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) await io.outBytes(r.value);
    return 0;
  }
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  progress(io, `downloading ${shown}${dl.size ? ` (${formatBytes(dl.size)})` : ''}…`);
  let result: { bytes: number; contentType: string | undefined };
  // Ctrl-C or a kill: the transfer stops and toFile removes its temporary file before we exit.
  const ac = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    signal = s;
    ac.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // Atomic (temporary file renamed into place) and resumed with Range after a broken connection.
    result = await toFile(dl as Parameters<typeof toFile>[0], abs, { signal: ac.signal });
  } catch (e) {
    if (signal) throw new CliError('network', `Stopped by ${signal}: the download of ${shown} was cancelled and nothing was saved.`, { exitCode: signal === 'SIGINT' ? 130 : 143 });
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    progressDone(io);
  }
  const data = { path: shown, bytes: result.bytes, ...(result.contentType ?? dl.contentType ? { content_type: result.contentType ?? dl.contentType } : {}) };
  const payload = okEnvelope(data, identity);
  await emitResult(io, opts, { payload, data, rows: [data] });
  return 0;
}

export { closest };
