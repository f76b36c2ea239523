/**
 * `lark-cli schema [id] [--format pretty|json]`: every method (and shortcut), or one method's
 * path, identities, scopes, parameters, body, response, errors, examples and CLI usage.
 */
import { parseFlags } from '../core/argv.js';
import { commandFlags } from './flags.js';
import { CliError } from '../core/errors.js';
import { str, bool } from '../core/globals.js';
import { colorEnabled, paint, type Io, type Paint } from '../core/io.js';
import { FORMATS, render, sanitize, type Format } from '../core/output.js';
import { runState } from '../core/run-state.js';
import { closest } from '../core/suggest.js';
import { services } from '../generated/index.js';
import { methodLoaders, docLoaders, shortcutLoaders } from '../generated/loaders.js';
import type { FieldMapMeta, FieldMeta, MethodCommand, MethodDoc, ShortcutCommand } from '../meta.js';

const USAGE = 'lark-cli schema [<service>.<resource>.<method> | <service>.+<shortcut> | <service>[.<resource>]] [--format pretty|json|table|csv|ndjson]';

export async function runSchema(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, commandFlags({ values: ['format'] }, ['as']), 'lark-cli schema');
  if (bool(p, 'no-color')) runState.noColor = true;
  if (bool(p, 'help')) {
    io.out(`${USAGE}\n\nWithout an id: every method and shortcut. With a method id: what it takes and returns,\nwho may call it with which scopes, its errors and examples, and how to call it from the CLI.\n  --format FORMAT   pretty on a terminal, json otherwise; table, csv and ndjson list the\n                    methods, or one method's parameters, or one shortcut's flags\n`);
    return 0;
  }
  if (p.positionals.length > 1) throw new CliError('validation', `schema takes one id, got ${p.positionals.length}: ${p.positionals.join(' ')}.`);
  const fmt = str(p, 'format') ?? (io.stdoutTTY ? 'pretty' : 'json');
  if (!(FORMATS as readonly string[]).includes(fmt)) throw new CliError('validation', `schema --format must be one of ${FORMATS.join(', ')}, got "${fmt}".`);
  const rowsOut = (rows: readonly Record<string, unknown>[]) => io.out(render(fmt as Format, { payload: rows, data: rows, rows: rows as Record<string, unknown>[] }, pt));
  const pt = paint(colorEnabled(io, io.stdoutTTY, runState.noColor));
  const id = p.positionals[0];
  if (!id || services.some((s) => s.name === id) || services.some((s) => s.resources.some((r) => `${s.name}.${r.name}` === id))) {
    const rows = listing(id);
    if (fmt === 'json') io.out(JSON.stringify(rows, null, 2) + '\n');
    else if (fmt !== 'pretty') rowsOut(rows as unknown as Record<string, unknown>[]);
    else {
      const w = Math.max(...rows.map((r) => r.id.length));
      io.out(rows.map((r) => `${r.id.padEnd(w)}  ${pt.dim(r.kind === 'shortcut' ? 'shortcut' : `${r.http}`.padEnd(8))}  ${r.summary}`).join('\n') + '\n');
    }
    return 0;
  }
  if (id.includes('.+')) {
    const loader = shortcutLoaders[id];
    if (!loader) throw unknownId(id);
    const { shortcut } = await loader();
    const out = shortcutSchema(shortcut);
    if (fmt === 'json' || fmt === 'pretty') io.out(fmt === 'json' ? JSON.stringify(out, null, 2) + '\n' : prettyShortcut(shortcut, pt));
    else rowsOut(out.flags.map((f) => ({ flag: `--${String(f.name)}`, type: f.type, required: f.required, description: f.description })));
    return 0;
  }
  const loader = methodLoaders[id];
  if (!loader) throw unknownId(id);
  const [{ command }, { doc }] = await Promise.all([loader(), docLoaders[id]!()]);
  const out = methodSchema(command, doc);
  if (fmt === 'json' || fmt === 'pretty') io.out(fmt === 'json' ? JSON.stringify(out, null, 2) + '\n' : prettyMethod(command, doc, pt));
  else rowsOut(parameterRows(out));
  return 0;
}

function unknownId(id: string): CliError {
  const ids = [...Object.keys(methodLoaders), ...Object.keys(shortcutLoaders)];
  // `im messages create` typed with spaces or slashes.
  const normal = id.replace(/[\s/]+/g, '.');
  const near = closest(normal, ids);
  return new CliError('validation', `No method or shortcut "${id}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`, {
    hint: 'Run lark-cli schema for the list.',
  });
}

interface ListRow {
  id: string;
  kind: 'method' | 'shortcut';
  http?: string;
  path?: string;
  summary: string;
  risk: string;
  identities: readonly string[];
}

function listing(filter: string | undefined): ListRow[] {
  const rows: ListRow[] = [];
  for (const s of services) {
    if (filter && filter !== s.name && !filter.startsWith(`${s.name}.`)) continue;
    for (const r of s.resources) {
      if (filter && filter !== s.name && filter !== `${s.name}.${r.name}`) continue;
      for (const m of r.methods) rows.push({ id: `${s.name}.${r.name}.${m.name}`, kind: 'method', http: m.http, path: m.path, summary: m.summary, risk: m.risk, identities: m.identities });
    }
    if (!filter || filter === s.name) {
      for (const sc of s.shortcuts) rows.push({ id: `${s.name}.${sc.command}`, kind: 'shortcut', summary: sc.summary, risk: sc.risk, identities: sc.identities });
    }
  }
  return rows;
}

export function methodSchema(c: MethodCommand, d: MethodDoc) {
  return {
    id: c.id,
    kind: 'method',
    summary: c.summary,
    description: d.description,
    http: c.http,
    path: c.path,
    version: d.version,
    risk: c.risk,
    identities: Object.fromEntries(c.identityList.map((i) => [i, { scopes: c.identities[i], ...(d.identityNotes[i] ? { note: d.identityNotes[i] } : {}) }])),
    parameters: { path: c.pathParams, query: c.query },
    body: c.body ?? null,
    response: d.response,
    ...(c.pagination ? { pagination: c.pagination } : {}),
    ...(d.rateLimit ? { rate_limit: d.rateLimit } : {}),
    limits: d.limits,
    errors: d.errors,
    examples: d.examples.map((e) => ({ title: e.title, ...(e.as ? { as: e.as } : {}), request: e.request, response: e.response, cli: e.command })),
    notes: d.notes,
    schemas: { ...c.schemas, ...d.schemas },
    cli: {
      usage: d.usage,
      flags: c.flags.map((f) => ({ flag: `--${f.flag}`, field: f.field, in: f.in, kind: f.kind, required: f.required, ...(f.enum ? { enum: f.enum } : {}) })),
      raw: d.examples[0]?.rawCommand,
    },
    source: d.source,
  };
}

function shortcutSchema(s: ShortcutCommand) {
  return {
    id: `${s.service}.${s.command}`,
    kind: 'shortcut',
    summary: s.summary,
    description: s.description,
    risk: s.risk,
    identities: Object.fromEntries(s.identityList.map((i) => [i, { scopes: s.identities[i], ...(s.identityNotes[i] ? { note: s.identityNotes[i] } : {}) }])),
    default_identity: s.defaultIdentity,
    calls: s.calls,
    flags: s.flags,
    rules: s.rules,
    output: s.output,
    errors: s.errors,
    examples: s.examples,
    notes: s.notes,
    source: s.source,
  };
}

function typeOf(f: FieldMeta): string {
  if (f.ref) return f.ref;
  if (f.repeated) return `${f.type}[] (repeated key)`;
  if (f.type === 'array') return `${f.items ? typeOf(f.items) : 'any'}[]`;
  return f.format ? `${f.type} (${f.format})` : f.type;
}

function fieldLines(map: FieldMapMeta, indent: string, p: Paint, depth = 0): string[] {
  const out: string[] = [];
  for (const [name, f] of Object.entries(map)) {
    const flags = [f.required ? p.yellow('required') : '', f.enum ? `one of ${f.enum.join('|')}` : '', f.default !== undefined ? `default ${JSON.stringify(f.default)}` : '', f.maxLength !== undefined ? `≤ ${f.maxLength} chars` : '', f.maximum !== undefined ? `${f.minimum ?? ''}..${f.maximum}` : '', f.maxItems !== undefined ? `≤ ${f.maxItems} items` : '', f.maxBytes !== undefined ? `≤ ${f.maxBytes} bytes` : '']
      .filter(Boolean)
      .join(', ');
    out.push(`${indent}${p.cyan(name)}  ${p.dim(typeOf(f))}${flags ? `  ${flags}` : ''}`);
    if (f.description) out.push(`${indent}    ${sanitize(f.description.replace(/\s+/g, ' '))}`);
    const props = f.properties ?? f.items?.properties;
    if (props && depth < 3) out.push(...fieldLines(props, indent + '    ', p, depth + 1));
  }
  return out;
}

function prettyMethod(c: MethodCommand, d: MethodDoc, p: Paint): string {
  const L: string[] = [];
  L.push(`${p.bold(c.id)} — ${c.summary}`);
  L.push('');
  L.push(sanitize(d.description));
  L.push('');
  L.push(`${p.bold('HTTP')}        ${c.http} ${c.path}`);
  L.push(`${p.bold('Risk')}        ${c.risk}`);
  for (const i of c.identityList) {
    const r = c.identities[i]!;
    L.push(`${p.bold(`As ${i}`.padEnd(11))} scopes ${[...r.allOf, ...(r.anyOf.length ? [`one of ${r.anyOf.join(' | ')}`] : [])].join(', ') || 'none'}`);
    if (d.identityNotes[i]) L.push(`            ${sanitize(d.identityNotes[i]!)}`);
  }
  if (c.pagination) L.push(`${p.bold('Pagination')}  ${c.pagination.pageToken} / ${c.pagination.pageSize} → data.${c.pagination.items}, data.${c.pagination.hasMore}, data.${c.pagination.nextToken}`);
  if (d.rateLimit) L.push(`${p.bold('Rate limit')}  ${[d.rateLimit.perMinute ? `${d.rateLimit.perMinute}/min` : '', d.rateLimit.perSecond ? `${d.rateLimit.perSecond}/s` : '', d.rateLimit.note ?? ''].filter(Boolean).join(', ')}`);
  L.push('');
  if (Object.keys(c.pathParams).length) L.push(p.bold('Path parameters'), ...fieldLines(c.pathParams, '  ', p), '');
  if (Object.keys(c.query).length) L.push(p.bold('Query parameters'), ...fieldLines(c.query, '  ', p), '');
  if (c.body) L.push(p.bold(`Body (${c.body.encoding}${c.body.required ? ', required' : ''})`), ...fieldLines(c.body.fields, '  ', p), '');
  L.push(p.bold('Response'));
  if (d.response.kind === 'binary') L.push(`  file content (${d.response.contentTypes.join(', ')})${d.response.range ? ', Range supported' : ''}`);
  else L.push(...fieldLines(d.response.data.properties ?? { data: d.response.data }, '  ', p));
  L.push('');
  if (d.errors.length) {
    L.push(p.bold('Errors'));
    for (const e of d.errors) L.push(`  ${String(e.code).padEnd(9)} HTTP ${e.http}  ${sanitize(e.meaning)}${e.fix ? `\n            fix: ${sanitize(e.fix)}` : ''}`);
    L.push('');
  }
  L.push(p.bold('CLI'));
  L.push(`  ${d.usage}`);
  for (const e of d.examples) L.push(`  ${p.dim('# ' + e.title)}`, `  ${e.command}`);
  if (d.examples[0]) L.push(`  ${p.dim('# with JSON')}`, `  ${d.examples[0].rawCommand}`);
  if (d.limits.length || d.notes.length) {
    L.push('');
    L.push(p.bold('Notes'));
    for (const n of [...d.limits, ...d.notes]) L.push(`  - ${sanitize(n.replace(/\s+/g, ' '))}`);
  }
  return L.join('\n') + '\n';
}

function prettyShortcut(s: ShortcutCommand, p: Paint): string {
  const L: string[] = [];
  L.push(`${p.bold(`${s.service}.${s.command}`)} — ${s.summary}`, '', sanitize(s.description), '');
  L.push(`${p.bold('Risk')}        ${s.risk}`, `${p.bold('Calls')}       ${s.calls.join(', ')}`);
  for (const i of s.identityList) {
    const r = s.identities[i]!;
    L.push(`${p.bold(`As ${i}`.padEnd(11))} scopes ${[...r.allOf, ...r.anyOf].join(', ') || 'none'}`);
  }
  L.push(`${p.bold('Identity')}    ${s.identityChoice}`);
  L.push('', p.bold('Flags'));
  for (const f of s.flags) L.push(`  ${p.cyan(`--${f.name}`)}  ${p.dim(f.type)}${f.required ? `  ${p.yellow('required')}` : ''}${f.enum ? `  one of ${f.enum.join('|')}` : ''}`, `      ${sanitize(f.description.replace(/\s+/g, ' '))}`);
  if (s.examples.length) {
    L.push('', p.bold('Examples'));
    for (const e of s.examples) L.push(`  ${p.dim('# ' + e.title)}`, `  ${e.command}`);
  }
  return L.join('\n') + '\n';
}

/** One row per parameter of a method: where it goes, its name, type, whether required, what it is. */
function parameterRows(out: { parameters: Readonly<Record<string, Readonly<Record<string, ParamDoc>>>>; body: { readonly fields?: Readonly<Record<string, ParamDoc>> } | null }): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const [where, fields] of Object.entries(out.parameters)) {
    for (const [name, f] of Object.entries(fields)) rows.push({ in: where, name, type: f.type, required: f.required, description: f.description });
  }
  for (const [name, f] of Object.entries(out.body?.fields ?? {})) rows.push({ in: 'body', name, type: f.type, required: f.required, description: f.description });
  return rows;
}

interface ParamDoc {
  readonly type?: string;
  readonly required?: boolean;
  readonly description?: string;
}
