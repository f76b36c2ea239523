import { GLOBAL_FLAG_NAMES } from '@larkgen/spec/global-flags';
import type { Field, FieldMap, Method, Service, Shortcut, SpecModel } from '@larkgen/spec';
import { withHeader, type GeneratedFile, type Generator } from '../core/files.js';
import { renderCompletions } from './completions.js';
import { eventCommands } from './events.js';
import { cliExample } from '../shared/examples.js';
import { sdkFunctionOf, shellQuote as shq } from '../shared/naming.js';

export { shq };
import { IDENTITY_TEXT, RISK_TEXT, identityChoiceText } from '../shared/strings.js';

export const CLI_GENERATED_DIR = 'packages/cli/src/generated/';

/** A spec field whose flag name would clash with a global flag gets a prefixed flag. */
export { GLOBAL_FLAG_NAMES };

/**
 * The data of `lark-cli`: a small index (the command tree, for help and "did you mean"), one
 * module per method for running it, one per method for its documentation (help, `schema`),
 * one per shortcut, the scope table and the shell completions. The runtime imports each lazily.
 */
export const cliGenerator: Generator<SpecModel> = {
  name: 'cli',
  owns: [CLI_GENERATED_DIR],
  generate(model) {
    return buildCliFiles(model);
  },
};

export function buildCliFiles(model: SpecModel): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const emit = (rel: string, sources: readonly string[], body: string) => {
    const p = CLI_GENERATED_DIR + rel;
    files.push({ path: p, content: withHeader(p, sources, body) });
  };
  const byId = new Map(model.methods.map((m) => [m.id, m]));

  for (const m of model.methods) {
    const cmd = methodCommand(model, m);
    emit(`methods/${m.id}.ts`, [m.source.file],
      `import type { MethodCommand, SdkModule } from '../../meta.js';\n\nexport const command: MethodCommand = ${lit(cmd)};\n\n/** The SDK function this command calls (the SDK is loaded only when a request is sent). */\nexport const binding = (sdk: SdkModule) => sdk.${sdkFunctionOf(m)};\n`);
    const doc = methodDoc(model, m, cmd.flags, new Set(Object.keys(cmd.schemas)));
    emit(`docs/${m.id}.ts`, [m.source.file],
      `import type { MethodDoc } from '../../meta.js';\n\nexport const doc: MethodDoc = ${lit(doc)};\n`);
  }

  for (const s of model.services) {
    for (const sc of s.shortcuts) {
      emit(`shortcuts/${s.name}.${sc.name}.ts`, [sc.source.file],
        `import type { ShortcutCommand } from '../../meta.js';\n\nexport const shortcut: ShortcutCommand = ${lit(shortcutCommand(sc))};\n`);
    }
  }

  emit('behaviours.ts', model.services.flatMap((s) => s.shortcuts.map((sc) => sc.source.file)).sort(), behaviourLoaders(model));

  const serviceFiles = model.services.map((s) => s.source.file);
  // The sentences the docs use too (generators/src/shared/strings.ts), so help and docs agree.
  emit('strings.ts', serviceFiles,
    `export const RISK_TEXT: Readonly<Record<'read' | 'write' | 'high-risk-write', string>> = ${JSON.stringify(RISK_TEXT, null, 2)};\n\n` +
      `export const IDENTITY_TEXT: Readonly<Record<'bot' | 'user', { flag: string; token: string; summary: string }>> = ${JSON.stringify(IDENTITY_TEXT, null, 2)};\n`);
  const resourceFiles = [...new Set(model.methods.map((m) => m.source.file))].sort();
  const shortcutFiles = model.services.flatMap((s) => s.shortcuts.map((sc) => sc.source.file)).sort();
  const indexSources = [...serviceFiles, ...resourceFiles, ...shortcutFiles];

  const services = model.services.map((s) => serviceIndex(s, byId));
  const methodLoaders = model.methods.map((m) => `  ${JSON.stringify(m.id)}: () => import('./methods/${m.id}.js'),`).join('\n');
  const docLoaders = model.methods.map((m) => `  ${JSON.stringify(m.id)}: () => import('./docs/${m.id}.js'),`).join('\n');
  const shortcutLoaders = model.services
    .flatMap((s) => s.shortcuts.map((sc) => `  ${JSON.stringify(`${s.name}.${sc.command}`)}: () => import('./shortcuts/${s.name}.${sc.name}.js'),`))
    .join('\n');
  emit('index.ts', indexSources, [
    `import type { MethodDoc, MethodModule, ServiceIndexEntry, ShortcutCommand } from '../meta.js';`,
    '',
    '/** The command tree: services, their resources and methods, and their shortcuts. */',
    `export const services: readonly ServiceIndexEntry[] = ${lit(services)};`,
    '',
    '/** One lazy loader per method id: the data needed to run it. */',
    `export const methodLoaders: Readonly<Record<string, () => Promise<MethodModule>>> = {\n${methodLoaders}\n};`,
    '',
    '/** One lazy loader per method id: its documentation (help, schema). */',
    `export const docLoaders: Readonly<Record<string, () => Promise<{ doc: MethodDoc }>>> = {\n${docLoaders}\n};`,
    '',
    '/** One lazy loader per shortcut, keyed `<service>.+<name>`. */',
    `export const shortcutLoaders: Readonly<Record<string, () => Promise<{ shortcut: ShortcutCommand }>>> = {\n${shortcutLoaders}\n};`,
    '',
  ].join('\n'));

  const scopeSources = model.services.map((s) => s.source.file.replace(/service\.yaml$/, 'scopes.yaml'));
  const scopes = Object.values(model.scopes)
    .slice()
    .sort((a, b) => cmp(a.name, b.name))
    .map((sc) => ({ name: sc.name, service: sc.service, description: sc.description, identities: sc.identities, sensitive: sc.sensitive }));
  const userScopesByMethod = Object.fromEntries(
    model.methods.filter((m) => m.identities.user).map((m) => [m.id, scopeList(m.identities.user!.scopes)]),
  );
  const loginScopes = Object.fromEntries(model.services.map((svc) => [svc.name, userLoginScopes(model, svc.name)]).filter(([, l]) => (l as string[]).length > 0));
  emit('scopes.ts', [...scopeSources, ...resourceFiles, ...shortcutFiles], [
    `import type { ScopeIndexEntry } from '../meta.js';`,
    '',
    '/** Every declared scope. */',
    `export const scopes: readonly ScopeIndexEntry[] = ${lit(scopes)};`,
    '',
    '/** For each method callable as a user, the scopes the user token needs (all of allOf, the first of anyOf). */',
    `export const userScopesByMethod: Readonly<Record<string, readonly string[]>> = ${lit(userScopesByMethod)};`,
    '',
    '/**',
    " * What `auth login --domain <service>` asks for: every user scope the service's shortcuts use,",
    ' * as computed from the methods they call (required, and those flags and enrichments bring in);',
    ' * only scopes a user can grant.',
    ' */',
    `export const loginScopesByDomain: Readonly<Record<string, readonly string[]>> = ${lit(loginScopes)};`,
    '',
  ].join('\n'));

  // Events: one small table, loaded only by `lark-cli event`.
  emit('events.ts', model.events.length > 0 ? model.events.map((e) => e.source.file) : serviceFiles, [
    `import type { EventCommand } from '../meta.js';`,
    '',
    '/** Every event and callback the platform pushes, sorted by key. */',
    `export const events: readonly EventCommand[] = ${lit(eventCommands(model))};`,
    '',
  ].join('\n'));

  const completionSources = [...resourceFiles, ...shortcutFiles];
  const completions = renderCompletions(model, services, (m) => methodCommand(model, m).flags);
  for (const [shell, script] of Object.entries(completions)) {
    emit(`completions/${shell}.ts`, completionSources,
      `/** The ${shell} completion script printed by \`lark-cli completion ${shell}\`. */\nexport const script = ${JSON.stringify(script)};\n`);
  }

  return files.sort((a, b) => cmp(a.path, b.path));
}

/**
 * The hand-written behaviour of every shortcut, loaded on demand: `src/shortcuts/<service>/<name>.ts`
 * exporting `behaviour`. A spec shortcut whose module is missing, or exports no `behaviour` of the
 * right type, fails the CLI's type check here: there is no hand-kept list to forget.
 */
function behaviourLoaders(model: SpecModel): string {
  const loaders = model.services.flatMap((s) =>
    s.shortcuts.map((sc) => `  ${JSON.stringify(`${s.name}.${sc.command}`)}: () => import('../shortcuts/${s.name}/${sc.name}.js'),`),
  );
  return [
    `import type { ShortcutBehaviour } from '../shortcuts/types.js';`,
    '',
    '/** One lazy loader per shortcut, keyed `<service>.+<name>`: what the shortcut does. */',
    `export const behaviours: Readonly<Record<string, () => Promise<{ behaviour: ShortcutBehaviour }>>> = {\n${loaders.join('\n')}\n};`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

interface FieldFlagData {
  flag: string;
  field: string;
  in: 'path' | 'query' | 'body';
  kind: 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'list' | 'file';
  item?: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  enum?: readonly (string | number)[];
  placeholder: string;
  help: string;
}

function methodCommand(model: SpecModel, m: Method) {
  const flags = fieldFlags(model, m);
  const refs = new Set<string>();
  for (const map of [m.pathParams, m.query, m.body?.fields ?? {}]) collectRefs(model, map, refs);
  return {
    id: m.id,
    service: m.service,
    resource: m.resource,
    name: m.name,
    http: m.http,
    path: m.path,
    summary: m.summary,
    risk: m.risk,
    identities: Object.fromEntries(m.identityList.map((i) => [i, { anyOf: m.identities[i]!.scopes.anyOf, allOf: m.identities[i]!.scopes.allOf }])),
    identityList: m.identityList,
    pathParams: m.pathParams,
    query: unmarked(m.query),
    ...(m.body ? { body: { encoding: m.body.encoding, required: m.body.required, fields: unmarked(m.body.fields) } } : {}),
    response: m.response.kind,
    ...(m.pagination ? { pagination: m.pagination } : {}),
    flags,
    schemas: pickSchemas(model, refs),
  };
}

function fieldFlags(model: SpecModel, m: Method): FieldFlagData[] {
  const out: FieldFlagData[] = [];
  const taken = new Set<string>();
  const groups: ['path' | 'query' | 'body', FieldMap][] = [['path', m.pathParams], ['query', m.query], ['body', m.body?.fields ?? {}]];
  for (const [where, map] of groups) {
    for (const [name, f] of Object.entries(map)) {
      const resolved = resolve(model, f);
      let flag = name.replace(/_/g, '-');
      const kind = flagKind(model, resolved);
      // `--file` stays the global multipart flag; a file field named "file" is what it sets by default.
      if (kind === 'file' && flag === 'file') {
        // handled by the global --file
      } else if (GLOBAL_FLAG_NAMES.includes(flag) || taken.has(flag)) {
        flag = `${where}-${flag}`;
      }
      taken.add(flag);
      const item = kind === 'list' ? scalarKind(f.repeated ? resolved : resolve(model, resolved.items!)) : undefined;
      const enumValues = kind === 'list' ? (f.repeated ? resolved.enum : resolve(model, resolved.items!).enum) : resolved.enum;
      out.push({
        flag,
        field: name,
        in: where,
        kind,
        ...(item ? { item } : {}),
        required: where === 'path' ? true : f.required,
        ...(enumValues ? { enum: enumValues } : {}),
        placeholder: placeholder(kind, item, resolved),
        help: oneLine(f.description ?? resolved.description ?? ''),
      });
    }
  }
  return out;
}

function flagKind(model: SpecModel, f: Field): FieldFlagData['kind'] {
  if (f.repeated) return 'list';
  switch (f.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return f.type;
    case 'file':
      return 'file';
    case 'array':
      return f.items && isScalar(resolve(model, f.items).type) ? 'list' : 'json';
    default:
      return 'json';
  }
}

function isScalar(t: string): boolean {
  return t === 'string' || t === 'integer' || t === 'number' || t === 'boolean';
}

function scalarKind(f: Field): 'string' | 'integer' | 'number' | 'boolean' {
  return isScalar(f.type) ? (f.type as 'string' | 'integer' | 'number' | 'boolean') : 'string';
}

function placeholder(kind: FieldFlagData['kind'], item: string | undefined, f: Field): string {
  switch (kind) {
    case 'string':
      if (f.format === 'int64') return 'ID';
      if (f.format === 'unix-seconds') return 'UNIX_SECONDS';
      if (f.format === 'unix-ms') return 'UNIX_MS';
      if (f.format === 'json') return 'JSON';
      return f.enum ? 'VALUE' : 'STRING';
    case 'integer':
      return 'INT';
    case 'number':
      return 'NUMBER';
    case 'boolean':
      return '';
    case 'list':
      return item === 'integer' ? 'INT,…' : 'VALUE,…';
    case 'file':
      return 'PATH';
    default:
      return 'JSON';
  }
}

/** The fields without the idempotency mark: the SDK fills the key, and the CLI's metadata and `schema` show fields as the caller gives them. */
function unmarked(fields: FieldMap): FieldMap {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.idempotencyKey ? (({ idempotencyKey: _, ...rest }) => rest)(f) : f]));
}

function resolve(model: SpecModel, f: Field): Field {
  if (!f.ref) return f;
  const target = model.schemas[f.ref];
  if (!target) return f;
  return { ...target, ...f, ...(target.enum && !f.enum ? { enum: target.enum } : {}), type: target.type };
}

function collectRefs(model: SpecModel, map: FieldMap, into: Set<string>): void {
  for (const f of Object.values(map)) collectFieldRefs(model, f, into);
}

function collectFieldRefs(model: SpecModel, f: Field, into: Set<string>): void {
  if (f.ref && !into.has(f.ref)) {
    into.add(f.ref);
    const target = model.schemas[f.ref];
    if (target) collectFieldRefs(model, target, into);
  }
  if (f.properties) collectRefs(model, f.properties, into);
  if (f.items) collectFieldRefs(model, f.items, into);
  if (f.additionalProperties && typeof f.additionalProperties === 'object') collectFieldRefs(model, f.additionalProperties, into);
}

function pickSchemas(model: SpecModel, names: Set<string>): Record<string, Field> {
  return Object.fromEntries([...names].sort().filter((n) => model.schemas[n]).map((n) => [n, model.schemas[n]!]));
}

function methodDoc(model: SpecModel, m: Method, flags: readonly FieldFlagData[], requestSchemas: Set<string>) {
  const refs = new Set<string>();
  if (m.response.kind === 'json') collectFieldRefs(model, m.response.data, refs);
  for (const r of requestSchemas) refs.delete(r);
  const base = `lark-cli ${m.service} ${m.resource} ${m.name}`;
  const required = flags.filter((f) => f.required).map((f) => (f.kind === 'boolean' ? `--${f.flag}` : `--${f.flag} ${f.placeholder}`));
  const usage = [base, ...required, '[flags]'].join(' ');
  return {
    id: m.id,
    version: m.version,
    description: m.description,
    identityNotes: Object.fromEntries(m.identityList.filter((i) => m.identities[i]!.note).map((i) => [i, m.identities[i]!.note!])),
    usage,
    response: m.response,
    ...(m.rateLimit ? { rateLimit: m.rateLimit } : {}),
    limits: m.limits,
    errors: m.errors,
    examples: m.examples.map((e) => ({
      title: e.title,
      ...(e.as ? { as: e.as } : {}),
      request: e.request,
      response: e.response,
      command: exampleCommand(m, flags, e.request, e.as),
      rawCommand: cliExample(m, e),
    })),
    notes: m.notes,
    schemas: pickSchemas(model, refs),
    source: m.source.file,
  };
}

/** An example request as a command line with typed flags. */
function exampleCommand(m: Method, flags: readonly FieldFlagData[], req: Method['examples'][number]['request'], as: string | undefined): string {
  const parts = [`lark-cli ${m.service} ${m.resource} ${m.name}`];
  const sources: [FieldFlagData['in'], Record<string, unknown> | undefined][] = [['path', req.path as Record<string, unknown>], ['query', req.query as Record<string, unknown>], ['body', req.body as Record<string, unknown>]];
  for (const [where, values] of sources) {
    if (!values) continue;
    for (const [name, value] of Object.entries(values)) {
      const fl = flags.find((f) => f.in === where && f.field === name);
      if (!fl) continue;
      if (fl.kind === 'boolean') parts.push(value === true ? `--${fl.flag}` : `--${fl.flag}=${String(value)}`);
      else if (fl.kind === 'file') {
        // "@name.ext" in a spec example stands for a local file; commands name it as a relative path.
        const file = String(value).replace(/^@/, './');
        parts.push(fl.flag === 'file' ? `--file ${shq(file)}` : `--${fl.flag} ${shq(file)}`);
      }
      else if (fl.kind === 'list' && Array.isArray(value) && value.every((v) => !String(v).includes(','))) parts.push(`--${fl.flag} ${shq(value.map(String).join(','))}`);
      else if (fl.kind === 'json' || fl.kind === 'list') parts.push(`--${fl.flag} ${shq(JSON.stringify(value))}`);
      else parts.push(`--${fl.flag} ${shq(String(value))}`);
    }
  }
  if (as) parts.push(`--as ${as}`);
  return parts.join(' ');
}

function shortcutCommand(sc: Shortcut) {
  return {
    service: sc.service,
    name: sc.name,
    command: sc.command,
    summary: sc.summary,
    description: sc.description,
    risk: sc.risk,
    identities: Object.fromEntries(sc.identityList.map((i) => [i, { anyOf: sc.identities[i]!.scopes.anyOf, allOf: sc.identities[i]!.scopes.allOf }])),
    identityNotes: Object.fromEntries(sc.identityList.filter((i) => sc.identities[i]!.note).map((i) => [i, sc.identities[i]!.note!])),
    identityList: sc.identityList,
    defaultIdentity: sc.defaultIdentity,
    // The docs page's Identity line, as plain text for the help.
    identityChoice: identityChoiceText(sc.identityList, sc.defaultIdentity).replace(/`/g, ''),
    calls: sc.calls,
    optionalScopes: sc.optionalScopes,
    pagination: sc.pagination,
    formats: sc.formats,
    flags: Object.values(sc.flags),
    rules: sc.rules,
    output: sc.output,
    errors: sc.errors,
    examples: sc.examples,
    notes: sc.notes,
    source: sc.source.file,
  };
}

function serviceIndex(s: Service, byId: Map<string, Method>) {
  return {
    name: s.name,
    title: s.title,
    description: s.description,
    brands: s.brands,
    resources: s.resources.map((r) => ({
      name: r.name,
      description: oneLine(r.description),
      methods: r.methods.map((id) => {
        const m = byId.get(id)!;
        return { name: m.name, summary: m.summary, http: m.http, path: m.path, risk: m.risk, identities: m.identityList };
      }),
    })),
    shortcuts: s.shortcuts.map((sc) => ({ command: sc.command, summary: sc.summary, risk: sc.risk, identities: sc.identityList })),
  };
}

/**
 * The user scopes a service's shortcuts use: for each shortcut a user may run, the scopes the
 * loader computed from its calls, those every run needs and those its flags and enrichments
 * bring in (the same figures its docs and the CLI's up-front check show).
 */
function userLoginScopes(model: SpecModel, service: string): string[] {
  const out = new Set<string>();
  for (const sc of model.services.find((x) => x.name === service)!.shortcuts.filter((x) => x.identities.user)) {
    for (const s of scopeList(sc.identities.user!.scopes)) out.add(s);
    for (const o of sc.optionalScopes.user ?? []) out.add(o.scope);
  }
  return [...out].filter((s) => model.scopes[s]?.identities.includes('user')).sort();
}

function scopeList(rule: { anyOf: readonly string[]; allOf: readonly string[] }): string[] {
  const out = [...rule.allOf];
  if (rule.anyOf.length && !rule.anyOf.some((s) => out.includes(s))) out.push(rule.anyOf[0]!);
  return out;
}

/** First sentence-ish line of a description, for one-line help. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Plain data as TypeScript: `JSON.parse('…')` of a single-quoted string. V8 reads JSON text much
 * faster than the same object written as code, which keeps the CLI's start-up short.
 */
function lit(value: unknown): string {
  const text = JSON.stringify(value);
  return `JSON.parse(${sq(text)})`;
}

const SQ_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** A single-quoted JS string literal (escaping \\, ' and the line terminators). */
function sq(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => SQ_ESCAPES[c]!)}'`;
}
