/**
 * The MCP tool definitions, one per method and one per shortcut, built from the model: input
 * schemas from the field model (methods: `path` / `params` / `data` groups; shortcuts: their
 * flags), output schemas from the response, annotations from the risk.
 *
 * Definitions are kept small, because every one of them lands in the model's context: field
 * schemas carry types, enums, limits, defaults and the spec's description, and nothing else
 * (no examples, no enum descriptions, no vendor extensions); output schemas carry no
 * descriptions at all; shared shapes are written once per tool under `$defs`.
 */
import type { Field, FieldMap, Flag, Method, Shortcut, ShortcutRule, SpecModel } from '@larkgen/spec';
import { fieldToJsonSchema, objectSchema, type JsonSchema } from '@larkgen/spec';
import { methodToolName, shortcutToolName } from './names.js';

/** What the generated table holds per tool (the runtime's `McpTool`, packages/cli/src/mcp/types.ts). */
export type ToolDef = JsonSchema & { name: string; kind: 'method' | 'shortcut' };

const DOWNLOAD_OUTPUT: JsonSchema = {
  type: 'object',
  properties: { saved_path: { type: 'string' }, size_bytes: { type: 'integer' }, content_type: { type: 'string' } },
  required: ['saved_path', 'size_bytes'],
};

/** Keys an input schema keeps in a tool definition. */
const KEEP = new Set(['type', '$ref', 'properties', 'required', 'items', 'additionalProperties', 'enum', 'const', 'pattern', 'format',
  'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'default', 'deprecated', 'contentMediaType', 'description']);

/**
 * A field's description as a tool shows it: its first sentence, and of a long sentence only the
 * part before the first clause break. The rest is for the docs, not for every prompt.
 */
export function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^.*?(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s|$)/.exec(t);
  const first = (m ? m[0] : t).trim();
  if (first.length <= 60) return first;
  const clause = /^(.{25,}?)(?:;| —| \(|: )\s/.exec(first);
  return clause ? `${clause[1]!.replace(/[.,;:]$/, '')}.` : first;
}

/**
 * A description without the closing limit clause that the schema's own keywords already state
 * (`…, at most 60 characters.` next to `maxLength: 60`; `…, 1 to 50.` next to `minItems: 1,
 * maxItems: 50` or `minimum: 1, maximum: 50`). Limits worded otherwise stay.
 */
export function withoutStatedLimits(text: string, s: JsonSchema): string {
  const cut = (m: RegExpExecArray) => `${text.slice(0, m.index)}.`;
  const most = /(?:,| of) (?:up to|at most) (\d+) characters\.$/.exec(text);
  if (most && s.maxLength === Number(most[1])) return cut(most);
  const range = /, (\d+) to (\d+)( characters| of them)?\.$/.exec(text);
  if (!range) return text;
  const [lo, hi] = [Number(range[1]), Number(range[2])];
  const bounds: [unknown, unknown][] = range[3] === ' characters' ? [[s.minLength, s.maxLength]] : [[s.minItems, s.maxItems], [s.minimum, s.maximum]];
  return bounds.some(([a, b]) => a === lo && b === hi) ? cut(range) : text;
}

/**
 * An input schema as a tool shows it: no examples, enum descriptions or vendor extensions; the
 * first sentence of the descriptions of a group's own fields, less the limits the schema states
 * (nested fields and shared shapes go without: the field holding them says what they are); no
 * `additionalProperties: false` (the runner reports unknown keys anyway) and no `false` defaults
 * (left out means false).
 */
function pruneInput(s: unknown, depth = 0): unknown {
  if (Array.isArray(s)) return s.map((x) => pruneInput(x, depth));
  if (!s || typeof s !== 'object') return s;
  const schema = s as JsonSchema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([p, x]) => [p, pruneInput(x, depth + 1)]));
    // An enum's values say what a short description would: `chat_type: private | public`.
    else if (k === 'description') {
      if (!schema.enum && depth <= 1) out[k] = withoutStatedLimits(firstSentence(String(v)), schema);
    } else if ((k === 'additionalProperties' || k === 'default') && v === false) continue;
    else out[k] = k === 'enum' || k === 'required' || k === 'default' ? v : pruneInput(v, depth + 1);
  }
  return out;
}

/** How deep an output schema goes: the answer's members. */
const OUTPUT_DEPTH = 1;

/**
 * An output schema: the answer's members by name, open to new ones (the platform adds fields
 * over time, and an old schema must still match). A member holding an object or a list says so,
 * since that is how it must be read; a scalar member is named without a type (`{}`), as its value
 * shows what it is — a type per id and timestamp would double the schema for nothing a model
 * uses. No descriptions: the docs carry them.
 */
function outputShape(model: SpecModel, s: JsonSchema, depth = 0): JsonSchema {
  if (typeof s.$ref === 'string') return outputShape(model, fieldToJsonSchema(model.schemas[s.$ref.slice('#/$defs/'.length)]!, opts), depth);
  if (depth >= OUTPUT_DEPTH) return s.type === 'object' || s.type === 'array' ? { type: s.type } : {};
  const out: JsonSchema = {};
  if (s.type !== undefined) out.type = s.type;
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties as Record<string, JsonSchema>).map(([k, v]) => [k, outputShape(model, v, depth + 1)]));
  if (s.items) out.items = outputShape(model, s.items as JsonSchema, depth + 1);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    const values = outputShape(model, s.additionalProperties as JsonSchema, depth + 1);
    if (Object.keys(values).length) out.additionalProperties = values;
  }
  return out;
}

/** The names of the shared schemas a field map reaches, in first-use order. */
function refsOf(model: SpecModel, fields: readonly Field[]): string[] {
  const seen = new Set<string>();
  const walk = (f: Field | boolean | undefined): void => {
    if (!f || typeof f === 'boolean') return;
    if (f.ref) {
      if (seen.has(f.ref)) return;
      seen.add(f.ref);
      walk(model.schemas[f.ref]);
      return;
    }
    for (const p of Object.values(f.properties ?? {})) walk(p);
    walk(f.items);
    walk(f.additionalProperties);
  };
  fields.forEach(walk);
  return [...seen];
}

const opts = { ref: (name: string) => `#/$defs/${name}` };

/**
 * Shared shapes an input reaches: a plain value (an enum, say) or an object used once is written
 * in place; an object used more than once, once under `$defs`, without its description (the
 * field that uses it has its own).
 */
function withDefs(model: SpecModel, schema: JsonSchema, fields: readonly Field[]): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  for (const r of refsOf(model, fields)) {
    const { description: _d, ...def } = pruneInput(fieldToJsonSchema(model.schemas[r]!, opts), 2) as JsonSchema;
    defs[r] = def;
  }
  const refName = (o: JsonSchema) => (typeof o.$ref === 'string' ? o.$ref.slice('#/$defs/'.length) : undefined);
  const uses = new Map<string, number>();
  const count = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const name = refName(v as JsonSchema);
    if (name) uses.set(name, (uses.get(name) ?? 0) + 1);
    Object.values(v).forEach(count);
  };
  [schema, ...Object.values(defs)].forEach(count);
  const shared = (name: string) => Boolean((defs[name]!.properties || defs[name]!.items) && uses.get(name)! > 1);
  const inline = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(inline);
    if (!v || typeof v !== 'object') return v;
    const o = v as JsonSchema;
    const name = refName(o);
    if (name && defs[name] && !shared(name)) {
      const { $ref: _r, description, ...rest } = o;
      return inline({ ...defs[name], ...rest, ...(description !== undefined && !defs[name]!.enum ? { description } : {}) });
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, k === 'enum' || k === 'default' || k === 'required' ? x : inline(x)]));
  };
  const out = inline(schema) as JsonSchema;
  const kept = Object.keys(defs).filter(shared).map((k) => [k, inline(defs[k])]);
  return kept.length ? { ...out, $defs: Object.fromEntries(kept) } : out;
}

/**
 * The query fields, the paging ones without description: every list method pages alike, and a
 * page token's or a page size's name, type and limits say all there is.
 */
function withoutPagingText(m: Method): FieldMap {
  const paging = new Set(m.pagination ? [m.pagination.pageToken, m.pagination.pageSize] : []);
  return Object.fromEntries(
    Object.entries(m.query).map(([k, f]) => {
      if (!paging.has(k)) return [k, f];
      const { description: _d, ...rest } = f;
      return [k, rest];
    }),
  );
}

/** A file field of an upload becomes the path of a file inside the files folder. */
function uploadsAsPaths(fields: FieldMap): FieldMap {
  return Object.fromEntries(
    Object.entries(fields).map(([k, f]) => [k, f.type === 'file' ? { ...f, type: 'string' as const, description: `Path of the file to upload, relative to the files folder${f.maxBytes ? ` (at most ${f.maxBytes} bytes)` : ''}.` } : f]),
  );
}

function group(fields: FieldMap): JsonSchema {
  return pruneInput(objectSchema(fields, opts)) as JsonSchema;
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** The tool description: a first sentence saying when to use it, then only what the schema cannot say. */
function describeTool(summary: string, extra: readonly string[]): string {
  return [`Use to ${lcFirst(summary.replace(/\.$/, ''))}.`, ...extra].join(' ');
}

/**
 * The hints that differ from the protocol's defaults (readOnly false, destructive true,
 * idempotent false, openWorld true), which clients apply to what is left out.
 */
function annotations(risk: Method['risk'], idempotent: boolean) {
  if (risk === 'read') return { readOnlyHint: true };
  return { destructiveHint: risk === 'high-risk-write', ...(idempotent ? { idempotentHint: true } : {}) };
}

function userScopes(rule: { scopes: { allOf: readonly string[]; anyOf: readonly string[] } } | undefined) {
  return rule ? { userScopes: { allOf: rule.scopes.allOf, anyOf: rule.scopes.anyOf } } : {};
}

function identityNote(ids: readonly string[]): string[] {
  if (ids.length !== 1) return [];
  return [ids[0] === 'user' ? 'Runs as the signed-in user.' : 'Runs as the bot.'];
}

export function methodTool(model: SpecModel, m: Method): ToolDef {
  const props: JsonSchema = {};
  const required: string[] = [];
  const refFields: Field[] = [];
  const uploads = m.body ? Object.entries(m.body.fields).filter(([, f]) => f.type === 'file').map(([k]) => k) : [];
  const add = (key: string, fields: FieldMap, need: boolean) => {
    if (!Object.keys(fields).length) return;
    props[key] = group(fields);
    refFields.push(...Object.values(fields));
    if (need) required.push(key);
  };
  add('path', m.pathParams, Object.keys(m.pathParams).length > 0);
  add('params', withoutPagingText(m), Object.values(m.query).some((f) => f.required));
  if (m.body) add('data', uploadsAsPaths(m.body.fields), m.body.required || Object.values(m.body.fields).some((f) => f.required));
  const download = m.response.kind === 'binary';
  if (download) props.save_as = { type: 'string', description: 'Where to save the file, relative to the files folder (default: its key, with an extension from its type).' };
  const input = withDefs(model, { type: 'object', properties: props, ...(required.length ? { required } : {}) }, refFields);
  const output = download ? DOWNLOAD_OUTPUT : asObject(outputShape(model, fieldToJsonSchema(m.response.data, opts)));
  const extra = identityNote(m.identityList);
  const name = methodToolName(model, m);
  return {
    name,
    kind: 'method',
    method: m.id,
    description: describeTool(m.summary, extra),
    inputSchema: input,
    outputSchema: output,
    // PUT and DELETE set or remove a state: repeating them changes nothing more.
    annotations: annotations(m.risk, m.http === 'PUT' || m.http === 'DELETE'),
    risk: m.risk,
    identities: m.identityList,
    ...userScopes(m.identities.user),
    uploads,
    download,
  };
}

/** An output schema's root must be an object; anything else is wrapped as `{ data }`. */
function asObject(s: JsonSchema): JsonSchema {
  return s.type === 'object' ? s : { type: 'object' };
}

function flagSchema(f: Flag): JsonSchema {
  const text: JsonSchema = {
    type: 'string',
    ...(f.enum ? { enum: [...f.enum] } : {}),
    ...(f.pattern ? { pattern: f.pattern } : {}),
    ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
  };
  const description = flagDescription(f);
  const d = description ? { description } : {};
  switch (f.type) {
    case 'boolean':
      // Left out means false, as for a method's fields.
      return { type: 'boolean', ...d, ...(f.default === true ? { default: true } : {}) };
    case 'integer':
      return { type: 'integer', ...d, ...(f.minimum !== undefined ? { minimum: f.minimum } : {}), ...(f.maximum !== undefined ? { maximum: f.maximum } : {}), ...(f.default !== undefined ? { default: f.default } : {}) };
    case 'list':
      return { type: 'array', ...d, items: text, minItems: 1, ...(f.maxItems !== undefined ? { maxItems: f.maxItems } : {}) };
    case 'path':
      return { type: 'string', ...d };
    default:
      return { ...text, ...d, ...(f.default !== undefined ? { default: f.default } : {}) };
  }
}

/** The flag's own description, with the CLI-only wording (stdin, `--flag` names) left out. */
function flagDescription(f: Flag): string {
  let d = f.description.replace(/\s+/g, ' ').trim();
  // "Give @file to read …, or - for standard input." is about the shell; over MCP a value is given inline.
  d = d.replace(/\s*Give @file[^.]*\.\s*/g, ' ').replace(/\s*Give - to read[^.]*\.\s*/g, ' ').trim();
  d = d.replace(/--([a-z][a-z0-9-]*)/g, '$1');
  if (f.type === 'path') d = `${d} Relative to the files folder.`.trim();
  if (f.identity) d = `${d} Only as ${f.identity}.`.trim();
  return d;
}

function ruleSentence(r: ShortcutRule): string {
  const list = r.flags.join(', ');
  switch (r.kind) {
    case 'exactlyOne':
      return `Give exactly one of ${list}.`;
    case 'atMostOne':
      return `Give at most one of ${list}.`;
    case 'atLeastOne':
      return `Give at least one of ${list}.`;
    case 'differ':
      return `${list} must differ.`;
    case 'requires':
      return `${r.flag} needs ${list}.`;
  }
}

export function shortcutTool(model: SpecModel, sc: Shortcut): ToolDef {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const f of Object.values(sc.flags)) {
    properties[f.name] = flagSchema(f);
    if (f.required) required.push(f.name);
  }
  if (sc.pagination) {
    properties['page-all'] = { type: 'boolean', description: 'Follow every page (up to page-limit).' };
    properties['page-limit'] = { type: 'integer', minimum: 1, description: 'Most pages to fetch with page-all (default 10).' };
  }
  // No `additionalProperties: false`: as for methods, the runner refuses unknown arguments itself.
  const input = { type: 'object', properties, ...(required.length ? { required } : {}) };
  const output = outputShape(model, objectSchema(sc.output.fields, opts));
  const extra = [...identityNote(sc.identityList), ...sc.rules.map(ruleSentence)];
  return {
    name: shortcutToolName(sc),
    kind: 'shortcut',
    shortcut: `${sc.service}.${sc.command}`,
    description: describeTool(sc.summary, extra),
    inputSchema: input,
    outputSchema: output,
    annotations: annotations(sc.risk, false),
    risk: sc.risk,
    identities: sc.identityList,
    ...userScopes(sc.identities.user),
  };
}

/** Every tool: the shortcuts first (what an agent should reach for), then the methods, each sorted by name. */
export function allTools(model: SpecModel): ToolDef[] {
  const shortcuts = model.services.flatMap((s) => s.shortcuts.map((sc) => shortcutTool(model, sc)));
  const methods = model.methods.map((m) => methodTool(model, m));
  const byName = (a: ToolDef, b: ToolDef) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return [...shortcuts.sort(byName), ...methods.sort(byName)];
}

/**
 * The presets, as dotted tool names: `<service>.all`; `<service>.default` (every shortcut plus
 * the spec's `mcp.presets.default`); `light` (every service's `mcp.presets.light`).
 */
export function presets(model: SpecModel, tools: readonly ToolDef[]): Record<string, string[]> {
  const nameOf = new Map<string, string>();
  for (const t of tools) nameOf.set(String(t.kind === 'method' ? t.method : t.shortcut), t.name);
  const resolve = (service: string, entry: string) => nameOf.get(entry.startsWith('+') ? `${service}.${entry}` : entry)!;
  const out: Record<string, string[]> = {};
  const light: string[] = [];
  for (const s of model.services) {
    const own = tools.filter((t) => (t.kind === 'method' ? String(t.method) : String(t.shortcut)).startsWith(`${s.name}.`)).map((t) => t.name);
    out[`${s.name}.all`] = own;
    const def = [...s.shortcuts.map((sc) => sc.command), ...s.mcp.presets.default].map((e) => resolve(s.name, e));
    if (def.length) out[`${s.name}.default`] = [...new Set(def)];
    light.push(...s.mcp.presets.light.map((e) => resolve(s.name, e)));
  }
  out.light = [...new Set(light)];
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}
