/**
 * Converts the machine-readable tool definitions of the official `@larksuiteoapi/lark-mcp` package
 * (`dist/mcp-tool/tools/en/gen-tools/zod/*.js`: name, path, HTTP method, token kinds and zod schemas)
 * into a spec tree of our own language, which `loadSpecs` accepts without a problem.
 *
 * What the tool definitions do not carry is generated, and says so: scopes are named
 * `<service>:<resource>:read|write`, responses are open objects, descriptions are short generated
 * sentences (the package's describe() texts are third-party prose and are never copied), errors
 * are empty and each method gets one example built from its required fields.
 *
 * Two phases: `planServices` turns tools into service-relative plans (resource and method names,
 * fields, identities); `renderServices` writes plans under a service name, which is how padding
 * duplicates services (`im_copy2`) for platform-scale benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { HttpMethod, Identity, Risk } from '@larkgen/spec';
import { isZodSchema, sampleValue, zodToFields, type LossCounter, type SpecField } from './zod-fields.js';

/** One tool definition of the lark-mcp package, as its zod modules export it. */
export interface McpTool {
  readonly project: string;
  readonly name: string;
  readonly path: string;
  readonly httpMethod: string;
  readonly accessTokens?: readonly string[];
  readonly schema: Readonly<Record<string, unknown>>;
}

export type { Identity, Risk };

/** A method, independent of the name of the service it is written under. */
export interface MethodPlan {
  /** The lark-mcp tool it came from, e.g. `im.v1.chatMembers.meJoin`. */
  readonly tool: string;
  readonly resource: string;
  readonly name: string;
  readonly version: string;
  readonly http: HttpMethod;
  /** The path after `/open-apis/<service>`, with `{param}`s: `/v1/chats/{chat_id}/members`. */
  readonly pathTail: string;
  readonly risk: Risk;
  readonly identities: readonly Identity[];
  /** True when the tool names no access token at all (the app-token endpoints of auth). */
  readonly tokenless: boolean;
  readonly pathParams: Record<string, SpecField>;
  readonly query: Record<string, SpecField>;
  readonly body?: { readonly required: boolean; readonly fields: Record<string, SpecField> };
}

export interface ServicePlan {
  /** The platform's service name: the path segment after /open-apis/. */
  readonly name: string;
  /** Methods in a fixed order: by version, then by tool name. */
  readonly methods: readonly MethodPlan[];
}

export interface SkippedTool {
  readonly tool: string;
  readonly reason: string;
}

export interface PlanResult {
  readonly services: readonly ServicePlan[];
  readonly skipped: readonly SkippedTool[];
  /** Conversions that lost information, by reason, with their counts. */
  readonly losses: ReadonlyMap<string, number>;
}

/** A service to write: its plan under the name it is written as (the plan's own name or a copy's). */
export interface ServiceInstance {
  readonly name: string;
  readonly plan: ServicePlan;
  /** The methods written under this name (a limit may cut the last service short). */
  readonly methods: readonly MethodPlan[];
}

/* ------------------------------------------------------------------------------------------ */
/* Loading the tool definitions                                                                */
/* ------------------------------------------------------------------------------------------ */

const require = createRequire(import.meta.url);

/** The folder of the installed lark-mcp package. */
export function larkMcpPackageDir(): string {
  return path.dirname(require.resolve('@larksuiteoapi/lark-mcp/package.json'));
}

export function larkMcpVersion(packageDir = larkMcpPackageDir()): string {
  return (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

export const ZOD_TOOLS_DIR = 'dist/mcp-tool/tools/en/gen-tools/zod';

function isTool(v: unknown): v is McpTool {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  return typeof t.name === 'string' && typeof t.path === 'string' && typeof t.httpMethod === 'string' && typeof t.project === 'string' &&
    typeof t.schema === 'object' && t.schema !== null;
}

const TOOL_FILE = /^([a-z0-9_]+)_v\d+\.js$/;

function toolsDir(packageDir: string): string {
  const dir = path.join(packageDir, ZOD_TOOLS_DIR);
  if (!fs.existsSync(dir)) throw new Error(`no zod tool definitions at ${dir}: is @larksuiteoapi/lark-mcp installed, and does this version still ship ${ZOD_TOOLS_DIR}?`);
  return dir;
}

/** The service names the package has tool modules for (im_v1.js and im_v2.js → im), sorted. */
export function larkMcpServices(packageDir = larkMcpPackageDir()): string[] {
  return [...new Set(fs.readdirSync(toolsDir(packageDir)).map((f) => TOOL_FILE.exec(f)?.[1]).filter((x): x is string => !!x))].sort();
}

/**
 * Requires every zod tool module of the package (optionally only the files of some services:
 * `im` loads im_v1.js and im_v2.js) and returns the tools sorted by name.
 */
export function loadLarkMcpTools(options: { packageDir?: string; services?: readonly string[]; exclude?: readonly string[] } = {}): McpTool[] {
  const dir = toolsDir(options.packageDir ?? larkMcpPackageDir());
  const wanted = options.services ? new Set(options.services) : undefined;
  const excluded = new Set(options.exclude ?? []);
  const files = fs.readdirSync(dir).filter((f) => TOOL_FILE.test(f)).sort();
  const byName = new Map<string, McpTool>();
  for (const f of files) {
    const project = TOOL_FILE.exec(f)![1]!;
    if ((wanted && !wanted.has(project)) || excluded.has(project)) continue;
    const mod = require(path.join(dir, f)) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      if (isTool(v) && !byName.has(v.name)) byName.set(v.name, v);
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/* ------------------------------------------------------------------------------------------ */
/* Naming                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** `meJoin` → `me_join`, `batchGetID` → `batch_get_id`, `getV2` → `get_v2`. */
export function snake(camel: string): string {
  return camel
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** A rough English singular, enough to match `chats` with `chat` and `policies` with `policy`. */
function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w) && w.length > 1) return w.slice(0, -1);
  return w;
}

/**
 * The dotted resource name of a tool: the tool's camelCase resource (`chatMembers`) matched
 * against the path's segments (`chats/{chat_id}/members`). Parent resources keep the tool's
 * (singular) word, the last one takes the path's spelling, so plurals come from the platform:
 * `chatMembers` → `chat.members`, `chat` → `chats`, `appFeedCardBatch` → `app_feed_card.batch`,
 * `chatTab` (`chats/{chat_id}/chat_tabs`) → `chat.tabs`, `chatButton` (`chat_button`) → `chat_button`.
 */
export function resourceName(toolResource: string, pathSegments: readonly string[]): string {
  const words = snake(toolResource).split('_').filter(Boolean);
  const segs = pathSegments.filter((s) => !s.startsWith('{'));
  const parts: { fromName: string; fromPath: string }[] = [];
  let i = 0;
  for (const seg of segs) {
    if (i >= words.length) break;
    const segWords = seg.split('_').filter(Boolean);
    let matched = false;
    // The longest run of the remaining words that this segment spells: the same last word
    // (singular or plural), and one of the two a suffix of the other (`sessions` for
    // `aily_session`, `chat_tabs` for `tab`).
    for (let j = words.length; j > i && !matched; j--) {
      const run = words.slice(i, j);
      if (spells(seg, segWords, run)) {
        parts.push({ fromName: run.join('_'), fromPath: [...run.slice(0, -1), segWords[segWords.length - 1]!].join('_') });
        i = j;
        matched = true;
      }
    }
    if (!matched && parts.length > 0) break;
  }
  if (i < words.length) parts.push({ fromName: words.slice(i).join('_'), fromPath: words.slice(i).join('_') });
  const names = parts.map((p, k) => (k === parts.length - 1 ? p.fromPath : p.fromName));
  // Each dotted part must start with a letter.
  return names.map((n) => (/^[a-z]/.test(n) ? n : `r_${n}`)).join('.');
}

/** Whether two words are the same up to a plural `s`: chats/chat, aliases/alias, statuses/status. */
function sameWord(a: string, b: string): boolean {
  return a === b || singular(a) === b || a === singular(b) || singular(a) === singular(b);
}

function spells(seg: string, segWords: readonly string[], run: readonly string[]): boolean {
  if (seg === run.join('_')) return true;
  const n = Math.min(segWords.length, run.length);
  if (n === 0) return false;
  for (let k = 1; k <= n; k++) {
    const a = segWords[segWords.length - k]!;
    const b = run[run.length - k]!;
    if (k === 1 ? !sameWord(a, b) : a !== b) return false;
  }
  return true;
}

const NAME = /^[a-z][a-z0-9_]*$/;
const PATH_CHARS = /^\/open-apis\/[a-z0-9_/{}.]+$/;
const HTTP = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/* ------------------------------------------------------------------------------------------ */
/* Phase 1: tools → service plans                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Turns tools into service plans, skipping (with the reason) only what the spec language cannot hold. */
export function planServices(tools: readonly McpTool[], options: { services?: readonly string[]; exclude?: readonly string[] } = {}): PlanResult {
  const wanted = options.services ? new Set(options.services) : undefined;
  const excluded = new Set(options.exclude ?? []);
  const losses: LossCounter = new Map();
  const skipped: SkippedTool[] = [];
  const byService = new Map<string, { tool: McpTool; version: number }[]>();
  for (const tool of tools) {
    if ((wanted && !wanted.has(tool.project)) || excluded.has(tool.project)) continue;
    const m = /^\/open-apis\/([^/]+)\/(v\d+)\//.exec(tool.path);
    if (!m) {
      skipped.push({ tool: tool.name, reason: `path ${tool.path} does not start with /open-apis/<service>/<version>/` });
      continue;
    }
    const list = byService.get(m[1]!) ?? [];
    list.push({ tool, version: Number(m[2]!.slice(1)) });
    byService.set(m[1]!, list);
  }

  const services: ServicePlan[] = [];
  for (const service of [...byService.keys()].sort()) {
    if (!NAME.test(service)) {
      for (const { tool } of byService.get(service)!) skipped.push({ tool: tool.name, reason: `service name "${service}" is not snake_case` });
      continue;
    }
    // v1 before v2: the older operation keeps the plain method name.
    const entries = byService.get(service)!.sort((a, b) => a.version - b.version || (a.tool.name < b.tool.name ? -1 : a.tool.name > b.tool.name ? 1 : 0));
    const taken = new Set<string>();
    const methods: MethodPlan[] = [];
    for (const { tool } of entries) {
      const r = planMethod(tool, service, losses);
      if ('reason' in r) {
        skipped.push({ tool: tool.name, reason: r.reason });
        continue;
      }
      let name = r.name;
      if (taken.has(`${r.resource}.${name}`)) name = `${r.name}_${r.version}`;
      for (let n = 2; taken.has(`${r.resource}.${name}`); n++) name = `${r.name}_${r.version}_${n}`;
      taken.add(`${r.resource}.${name}`);
      methods.push({ ...r, name });
    }
    if (methods.length > 0) services.push({ name: service, methods });
  }
  return { services, skipped, losses };
}

function planMethod(tool: McpTool, service: string, losses: LossCounter): MethodPlan | { reason: string } {
  const http = tool.httpMethod.toUpperCase();
  if (!HTTP.has(http)) return { reason: `HTTP method ${tool.httpMethod} is not one the spec language knows` };
  const specPath = tool.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/+$/, '');
  if (!PATH_CHARS.test(specPath)) {
    return { reason: `path ${tool.path} has characters a spec path cannot hold (lower-case letters, digits, _ . / and {params} only)` };
  }
  const nameParts = tool.name.split('.');
  const version = nameParts[1] ?? '';
  const pathVersion = specPath.split('/')[3]!;
  if (nameParts.length < 4 || nameParts[0] !== tool.project || version !== pathVersion) {
    return { reason: `tool name ${tool.name} is not <service>.<version>.<resource>.<method> matching its path` };
  }
  const method = snake(nameParts[nameParts.length - 1]!);
  const toolResource = nameParts.slice(2, -1).join('_');
  const tail = specPath.slice(`/open-apis/${service}`.length);
  const segments = tail.split('/').filter(Boolean).slice(1); // after the version
  const resource = resourceName(toolResource, segments);
  if (!NAME.test(method)) return { reason: `method name "${method}" is not snake_case` };

  const ctx = { losses };
  const schema = tool.schema;
  const pathParams = isZodSchema(schema.path) ? zodToFields(schema.path, 'path', ctx) : {};
  const query = isZodSchema(schema.params) ? zodToFields(schema.params, 'query', ctx) : {};
  const dataFields = isZodSchema(schema.data) ? zodToFields(schema.data, 'body', ctx) : undefined;
  for (const k of Object.keys(schema)) {
    if (!['path', 'params', 'data', 'useUAT'].includes(k)) losses.set(`schema part "${k}" was ignored`, (losses.get(`schema part "${k}" was ignored`) ?? 0) + 1);
  }

  // Path params: exactly the path's {params}, each a string.
  const templated = [...specPath.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!);
  if (new Set(templated).size !== templated.length) return { reason: `path ${tool.path} names a parameter twice` };
  for (const p of templated) {
    if (!NAME.test(p)) return { reason: `path parameter "${p}" is not snake_case` };
    if (!pathParams[p]) {
      pathParams[p] = { type: 'string', description: `Path parameter ${p}.`, required: true };
      losses.set('a path parameter missing from the schema was added', (losses.get('a path parameter missing from the schema was added') ?? 0) + 1);
    }
  }
  for (const p of Object.keys(pathParams)) {
    if (!templated.includes(p)) {
      delete pathParams[p];
      losses.set('a path parameter absent from the path was dropped', (losses.get('a path parameter absent from the path was dropped') ?? 0) + 1);
    }
  }
  for (const [where, fields] of [['query', query], ['body', dataFields ?? {}]] as const) {
    for (const k of Object.keys(fields)) if (!NAME.test(k)) return { reason: `${where} field "${k}" is not a name the spec language allows (snake_case)` };
  }
  if (http === 'GET' && dataFields && Object.keys(dataFields).length > 0) return { reason: 'a GET method with a request body, which the spec language does not allow (a GET has query parameters only)' };

  const tokens = tool.accessTokens ?? [];
  const identities: Identity[] = [];
  if (tokens.includes('tenant')) identities.push('bot');
  if (tokens.includes('user')) identities.push('user');
  const tokenless = identities.length === 0;
  // The spec language needs an identity: a tool without tokens is called with the app's credentials.
  if (tokenless) identities.push('bot');

  const dataOptional = isZodSchema(schema.data) && isOptional(schema.data);
  return {
    tool: tool.name, resource, name: method, version, http: http as MethodPlan['http'], pathTail: tail,
    risk: http === 'GET' ? 'read' : http === 'DELETE' ? 'high-risk-write' : 'write',
    identities, tokenless, pathParams, query,
    ...(dataFields && http !== 'GET' ? { body: { required: !dataOptional, fields: dataFields } } : {}),
  };
}

function isOptional(s: { _def: Record<string, unknown> }): boolean {
  const d = s._def;
  return d.typeName === 'ZodOptional' || d.type === 'optional' || d.typeName === 'ZodDefault' || d.type === 'default';
}

/* ------------------------------------------------------------------------------------------ */
/* Selection: padding to N methods and cutting at a limit                                       */
/* ------------------------------------------------------------------------------------------ */

/**
 * The services to write: every plan under its own name, then, while fewer than `padTo` methods
 * are written, copies under renamed services (`im_copy2`, `contact_copy2`, …, `im_copy3`, …).
 * With `limit`, the list stops after exactly that many methods.
 */
export function selectServices(plans: readonly ServicePlan[], options: { padTo?: number; limit?: number } = {}): ServiceInstance[] {
  const out: ServiceInstance[] = [];
  const total = plans.reduce((n, p) => n + p.methods.length, 0);
  let count = 0;
  const limit = options.limit ?? Infinity;
  const names = new Set(plans.map((p) => p.name));
  const add = (name: string, plan: ServicePlan): boolean => {
    if (count >= limit) return false;
    const methods = plan.methods.slice(0, Math.max(0, limit - count));
    out.push({ name, plan, methods });
    count += methods.length;
    return true;
  };
  for (const p of plans) if (!add(p.name, p)) return out;
  if (total === 0) return out;
  const padTo = options.padTo ?? 0;
  for (let copy = 2; count < padTo && count < limit && copy < 10_000; copy++) {
    for (const p of plans) {
      if (count >= padTo) break;
      const name = `${p.name}_copy${copy}`;
      if (names.has(name)) continue;
      if (!add(name, p)) return out;
    }
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Phase 2: rendering spec files                                                               */
/* ------------------------------------------------------------------------------------------ */

export interface SpecFileOut {
  /** Relative to the specs folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

const BRANDS = {
  feishu: { openHost: 'https://open.feishu.cn', accountsHost: 'https://accounts.feishu.cn' },
  lark: { openHost: 'https://open.larksuite.com', accountsHost: 'https://accounts.larksuite.com' },
};

const words = (dotted: string) => dotted.replace(/[._]+/g, ' ');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The generated scope a method needs: `<service>:<resource>:read` or `:write`. */
export function scopeOf(service: string, m: Pick<MethodPlan, 'resource' | 'risk'>): string {
  return `${service}:${m.resource}:${m.risk === 'read' ? 'read' : 'write'}`;
}

function yamlText(schemaRel: string, data: unknown): string {
  return `# yaml-language-server: $schema=${schemaRel}\n` + stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/** The spec files of one service instance: service.yaml, scopes.yaml, resources/<resource>.yaml. */
export function renderService(inst: ServiceInstance, source: { packageVersion: string }): SpecFileOut[] {
  const svc = inst.name;
  const methods = inst.methods;
  if (methods.length === 0) return [];
  const versions = [...new Set(methods.map((m) => m.version))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const copyNote = svc !== inst.plan.name ? ` It is a renamed copy of the ${inst.plan.name} service, made to pad a benchmark input.` : '';
  const files: SpecFileOut[] = [];
  files.push({
    path: `${svc}/service.yaml`,
    text: yamlText('../schema/service.schema.json', {
      name: svc,
      title: `${cap(words(svc))} (imported)`,
      description:
        `The ${inst.plan.name} service of the Lark / Feishu Open Platform, converted by spec:import-mcp from the tool definitions ` +
        `of @larksuiteoapi/lark-mcp ${source.packageVersion}.${copyNote} Titles, descriptions, scopes, responses and errors are generated ` +
        `and must be written by hand before this service is committed.`,
      versions,
      cli: { binary: 'lark-cli', docs: false },
      brands: BRANDS,
    }),
  });

  const scopes = new Map<string, { identities: Set<Identity>; read: boolean; resource: string }>();
  for (const m of methods) {
    const name = scopeOf(svc, m);
    const s = scopes.get(name) ?? { identities: new Set<Identity>(), read: m.risk === 'read', resource: m.resource };
    for (const id of m.identities) s.identities.add(id);
    scopes.set(name, s);
  }
  files.push({
    path: `${svc}/scopes.yaml`,
    text: yamlText('../schema/scopes.schema.json', {
      scopes: Object.fromEntries(
        [...scopes.keys()].sort().map((name) => {
          const s = scopes.get(name)!;
          return [name, {
            description: `Generated scope: ${s.read ? 'read access to' : 'changes to'} the ${words(s.resource)} of ${svc}. The platform's real scope names are not in the tool definitions.`,
            identities: (['bot', 'user'] as const).filter((i) => s.identities.has(i)),
          }];
        }),
      ),
    }),
  });

  const resources = new Map<string, MethodPlan[]>();
  for (const m of methods) {
    const list = resources.get(m.resource) ?? [];
    list.push(m);
    resources.set(m.resource, list);
  }
  for (const resource of [...resources.keys()].sort()) {
    const list = resources.get(resource)!;
    files.push({
      path: `${svc}/resources/${resource}.yaml`,
      text: yamlText('../../schema/resource.schema.json', {
        resource,
        description: `The ${words(resource)} of the ${svc} service (${list.length} method${list.length === 1 ? '' : 's'}), converted from the lark-mcp tool definitions.`,
        methods: Object.fromEntries(list.map((m) => [m.name, renderMethod(svc, m)])),
      }),
    });
  }
  return files;
}

function renderMethod(svc: string, m: MethodPlan): Record<string, unknown> {
  const apiPath = `/open-apis/${svc}${m.pathTail}`;
  const scope = scopeOf(svc, m);
  const identities: Record<string, unknown> = {};
  for (const id of m.identities) {
    identities[id] = {
      scopes: { anyOf: [scope] },
      ...(m.tokenless ? { note: 'The tool definition names no access token: the method is called with the app credentials in the body.' } : {}),
    };
  }
  const summary = `${cap(words(m.resource))}: ${words(m.name)}`;
  const request: Record<string, unknown> = {};
  if (Object.keys(m.pathParams).length > 0) request.path = sampleFields(m.pathParams, true);
  const q = sampleFields(m.query, false);
  if (Object.keys(q).length > 0) request.query = q;
  if (m.body) request.body = sampleFields(m.body.fields, false);
  return {
    version: m.version,
    http: m.http,
    path: apiPath,
    summary: summary.length <= 80 ? summary : summary.slice(0, 79) + '…',
    description:
      `Calls ${m.http} ${apiPath}, converted from the lark-mcp tool ${m.tool}. What it does, who may call it, ` +
      `its scopes, answer and errors are not in the tool definition and are generated.`,
    risk: m.risk,
    identities,
    ...(Object.keys(m.pathParams).length > 0 ? { pathParams: m.pathParams } : {}),
    ...(Object.keys(m.query).length > 0 ? { query: m.query } : {}),
    ...(m.body ? { body: { encoding: 'json', required: m.body.required, fields: m.body.fields } } : {}),
    response: { type: 'object', description: 'The data of the answer; its fields are not in the tool definition.' },
    errors: [],
    examples: [{
      title: 'Call it with only the required parameters',
      as: m.identities[0],
      request,
      response: {},
    }],
    ...(m.tokenless ? { notes: ['The lark-mcp tool lists no access token; the importer gave it the bot identity so that it can be written in the spec language.'] } : {}),
  };
}

function sampleFields(fields: Record<string, SpecField>, all: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(fields)) if (all || f.required) out[k] = sampleValue(f, k);
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Writing the tree                                                                            */
/* ------------------------------------------------------------------------------------------ */

/** Marks a folder written by the importer, so that a later run may replace it. */
export const MARKER = '.lark-mcp-import.json';

export interface ImportOptions {
  readonly out: string;
  /** Service names as in the API paths (`im`, `contact`); all when absent. */
  readonly services?: readonly string[];
  /** Service names to leave out. */
  readonly exclude?: readonly string[];
  readonly padTo?: number;
  readonly limit?: number;
  readonly packageDir?: string;
  /** The spec language's JSON Schemas to copy into `<out>/schema/` (default: the repository's specs/schema). */
  readonly schemaDir?: string;
}

export interface ImportReport {
  readonly out: string;
  readonly packageVersion: string;
  readonly toolsRead: number;
  readonly services: number;
  readonly baseServices: number;
  readonly serviceVersions: number;
  readonly methods: number;
  readonly baseMethods: number;
  readonly files: number;
  readonly skipped: readonly SkippedTool[];
  readonly losses: Readonly<Record<string, number>>;
}

export const REPO_SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'specs', 'schema');

/**
 * Reads the lark-mcp tools and writes a complete spec tree into `out`: `schema/` plus one folder
 * per service. `out` must be empty, missing, or a folder an earlier import wrote (it is replaced).
 */
export function importLarkMcp(o: ImportOptions): ImportReport {
  const packageDir = o.packageDir ?? larkMcpPackageDir();
  const packageVersion = larkMcpVersion(packageDir);
  const known = new Set(larkMcpServices(packageDir));
  const unknown = [...(o.services ?? []), ...(o.exclude ?? [])].filter((s) => !known.has(s));
  if (unknown.length > 0) {
    throw new UsageError(`no lark-mcp tools for service${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${[...known].sort().join(', ')})`);
  }
  const tools = loadLarkMcpTools({ packageDir, ...(o.services ? { services: o.services } : {}), ...(o.exclude ? { exclude: o.exclude } : {}) });
  const planned = planServices(tools);
  const selected = selectServices(planned.services, { ...(o.padTo !== undefined ? { padTo: o.padTo } : {}), ...(o.limit !== undefined ? { limit: o.limit } : {}) });
  const files = selected.flatMap((inst) => renderService(inst, { packageVersion }));

  const out = path.resolve(o.out);
  prepareOut(out);
  const schemaDir = o.schemaDir ?? REPO_SCHEMA_DIR;
  fs.mkdirSync(path.join(out, 'schema'), { recursive: true });
  for (const f of fs.readdirSync(schemaDir).filter((x) => x.endsWith('.schema.json'))) {
    fs.copyFileSync(path.join(schemaDir, f), path.join(out, 'schema', f));
  }
  const dirs = new Set<string>();
  for (const f of files) {
    const p = path.join(out, f.path);
    const d = path.dirname(p);
    if (!dirs.has(d)) {
      fs.mkdirSync(d, { recursive: true });
      dirs.add(d);
    }
    fs.writeFileSync(p, f.text);
  }
  const used = selected.filter((s) => s.methods.length > 0);
  const report: ImportReport = {
    out,
    packageVersion,
    toolsRead: tools.length,
    services: used.length,
    baseServices: used.filter((s) => s.name === s.plan.name).length,
    serviceVersions: used.reduce((n, s) => n + new Set(s.methods.map((m) => m.version)).size, 0),
    methods: used.reduce((n, s) => n + s.methods.length, 0),
    baseMethods: used.filter((s) => s.name === s.plan.name).reduce((n, s) => n + s.methods.length, 0),
    files: files.length,
    skipped: planned.skipped,
    losses: Object.fromEntries([...planned.losses.entries()].sort()),
  };
  fs.writeFileSync(path.join(out, MARKER), JSON.stringify({ generatedBy: 'spec:import-mcp', ...report, out: undefined }, null, 2) + '\n');
  return report;
}

export class UsageError extends Error {}

function prepareOut(out: string): void {
  if (!fs.existsSync(out)) {
    fs.mkdirSync(out, { recursive: true });
    return;
  }
  if (!fs.statSync(out).isDirectory()) throw new UsageError(`${out} exists and is not a folder`);
  const entries = fs.readdirSync(out);
  if (entries.length === 0) return;
  if (!entries.includes(MARKER)) {
    throw new UsageError(`${out} is not empty and was not written by spec:import-mcp; choose an empty or new folder`);
  }
  for (const e of entries) fs.rmSync(path.join(out, e), { recursive: true, force: true });
}
