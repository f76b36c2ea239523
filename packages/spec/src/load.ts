import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Field, Method, Resource, Scope, Service, Shortcut, SpecModel } from './model.js';
import { sortProblems, SpecLoadError, type SpecProblem } from './problems.js';
import { parseSpecFile, locate, declaredAt, type SourceFile, type PathSegment } from './yaml-source.js';
import { structuralProblems } from './structural.js';
import type { SpecFileKind } from './describe.js';
import {
  deepFreeze, normalizeBody, normalizeField, normalizeFields, normalizeFlags, normalizeIdentities, normalizeResponse,
  normalizeRules, type RawField, type RawMethod, type RawShortcut,
} from './normalize.js';
import { checkMethod, checkShortcut, checkSchemaRefs, checkPlaceholders, type Trust } from './semantics.js';

export interface LoadOptions {
  /** Visit the spec files in this order (tests shuffle it to prove the result does not depend on it). */
  readonly fileOrder?: (files: string[]) => string[];
  /**
   * The spec files' texts keyed by path relative to the specs folder (`im/resources/pins.yaml`),
   * used instead of reading the folder. The spec-language schemas still come from `<specsDir>/schema`.
   */
  readonly sources?: ReadonlyMap<string, string>;
}

export type LoadResult = { ok: true; model: SpecModel } | { ok: false; problems: SpecProblem[] };

interface SpecFile {
  kind: SpecFileKind;
  service: string;
  /** Resource name, shortcut name or schema topic: the file's base name. */
  name: string;
  src: SourceFile;
}

const SCHEMA_ID_BASE = 'https://lark-im-codegen.local/schema/';

/**
 * Loads every spec under `specsDir` (the `specs/` folder), reporting all problems at once.
 * The returned model is deeply frozen and independent of file-system order.
 */
export function loadSpecs(specsDir: string, options: LoadOptions = {}): LoadResult {
  const root = path.resolve(specsDir);
  const repoRoot = path.dirname(root);
  const problems: SpecProblem[] = [];
  const rel = (p: string) => path.relative(repoRoot, p).split(path.sep).join('/');

  const validators = compileFileSchemas(path.join(root, 'schema'));
  let paths = options.sources
    ? [...options.sources.keys()].map((k) => path.join(root, k)).sort()
    : listSpecFiles(root, problems, rel);
  if (options.fileOrder) paths = options.fileOrder([...paths]);

  const files: SpecFile[] = [];
  // Files that failed to parse or match the schema: cross-file checks must not blame others for them.
  const broken: Omit<SpecFile, 'src'>[] = [];
  for (const p of paths) {
    const relPath = rel(p);
    const classified = classify(root, p);
    if (!classified) {
      problems.push({
        file: relPath, line: 1, column: 1, subject: '',
        message: 'not a spec file this loader knows',
        hint: 'spec files are <service>/service.yaml, scopes.yaml, resources/*.yaml, schemas/*.yaml or shortcuts/*.yaml',
      });
      continue;
    }
    const text = options.sources ? options.sources.get(path.relative(root, p).split(path.sep).join('/'))! : fs.readFileSync(p, 'utf8');
    const parsed = parseSpecFile(relPath, text);
    problems.push(...parsed.problems);
    if (!parsed.source) {
      broken.push(classified);
      continue;
    }
    const structural = structuralProblems(parsed.source, classified.kind, classified.service, classified.name, validators[classified.kind]);
    problems.push(...structural);
    if (structural.length === 0) files.push({ ...classified, src: parsed.source });
    else broken.push(classified);
  }
  const trust: Trust = {
    scopes: !broken.some((b) => b.kind === 'scopes'),
    schemas: !broken.some((b) => b.kind === 'schemas'),
    resources: new Set(broken.filter((b) => b.kind === 'resource').map((b) => `${b.service}.${b.name}`)),
  };
  // Everything below works on structurally valid files only, in a canonical order.
  files.sort((a, b) => (a.src.file < b.src.file ? -1 : a.src.file > b.src.file ? 1 : 0));

  const pointAt = (f: SpecFile, at: readonly PathSegment[], key = false) => ({ file: f.src.file, ...locate(f.src, at, { key }) });
  const sourceAt = (f: SpecFile, at: readonly PathSegment[]) => ({ file: f.src.file, ...declaredAt(f.src, at) });

  // Shared schemas first: every other file may reference them.
  const rawSchemas = new Map<string, { raw: RawField; file: SpecFile }>();
  for (const f of files.filter((x) => x.kind === 'schemas')) {
    for (const [name, raw] of Object.entries((f.src.data as { schemas: Record<string, RawField> }).schemas)) {
      const prev = rawSchemas.get(name);
      if (prev) {
        problems.push({ ...pointAt(f, ['schemas', name], true), subject: `schema ${name}`, message: `declared twice (also in ${prev.file.src.file})`, hint: 'keep one declaration and reference it with ref' });
        continue;
      }
      rawSchemas.set(name, { raw, file: f });
    }
  }
  const refType = (name: string) => {
    const raw = rawSchemas.get(name)?.raw;
    return raw ? (raw.type ?? (raw.ref ? rawSchemas.get(raw.ref)?.raw.type : undefined)) : undefined;
  };
  const schemas: Record<string, Field> = {};
  for (const name of [...rawSchemas.keys()].sort()) schemas[name] = normalizeField(rawSchemas.get(name)!.raw, refType);
  for (const [name, { raw, file }] of rawSchemas) {
    problems.push(...checkSchemaRefs(raw, rawSchemas, (at) => pointAt(file, ['schemas', name, ...at]), `schema ${name}`, trust));
  }

  // Scopes, by service.
  const scopes: Record<string, Scope> = {};
  const scopeFiles = new Map<string, SpecFile>();
  for (const f of files.filter((x) => x.kind === 'scopes')) {
    scopeFiles.set(f.service, f);
    const raw = (f.src.data as { scopes: Record<string, { description: string; identities: Scope['identities']; sensitive?: boolean }> }).scopes;
    for (const [name, s] of Object.entries(raw)) {
      if (scopes[name]) {
        problems.push({ ...pointAt(f, ['scopes', name], true), subject: `scope ${name}`, message: `declared in two services (${scopes[name].service} and ${f.service})`, hint: 'declare each scope in one scopes.yaml' });
        continue;
      }
      scopes[name] = { name, service: f.service, description: s.description, identities: [...s.identities].sort(), sensitive: s.sensitive ?? false };
    }
  }

  for (const f of files.filter((x) => x.kind === 'service')) if (!scopeFiles.has(f.service)) trust.scopes = false;
  const examples = schemas;
  const methods: Method[] = [];
  const resources = new Map<string, Resource[]>();
  for (const f of files.filter((x) => x.kind === 'resource')) {
    const raw = f.src.data as { resource: string; description: string; methods: Record<string, RawMethod> };
    if (raw.resource !== f.name) {
      problems.push({ ...pointAt(f, ['resource']), subject: '', message: `resource "${raw.resource}" does not match the file name "${f.name}.yaml"`, hint: `rename the file to ${raw.resource}.yaml or set resource: ${f.name}` });
      continue;
    }
    const ids: string[] = [];
    for (const [name, m] of Object.entries(raw.methods)) {
      const id = `${f.service}.${raw.resource}.${name}`;
      const { identities, identityList } = normalizeIdentities(m.identities);
      const method: Method = {
        id, service: f.service, resource: raw.resource, name,
        version: m.version, http: m.http as Method['http'], path: m.path,
        summary: m.summary, description: m.description, risk: m.risk as Method['risk'],
        identities, identityList,
        pathParams: Object.fromEntries(Object.entries(normalizeFields(m.pathParams, refType)).map(([k, v]) => [k, { ...v, required: true }])),
        query: normalizeFields(m.query, refType),
        ...(m.body ? { body: normalizeBody(m.body, refType)! } : {}),
        response: normalizeResponse(m.response, refType),
        ...(m.pagination ? { pagination: m.pagination } : {}),
        ...(m.rateLimit ? { rateLimit: m.rateLimit } : {}),
        limits: m.limits ?? [], errors: m.errors, examples: m.examples, notes: m.notes ?? [],
        source: sourceAt(f, ['methods', name]),
      };
      const at = (p: readonly PathSegment[], key = false) => pointAt(f, ['methods', name, ...p], key);
      problems.push(...checkMethod(method, m, { at, scopes, schemas: rawSchemas, examples, versions: serviceVersions(files, f.service), trust }));
      methods.push(method);
      ids.push(id);
    }
    const list = resources.get(f.service) ?? [];
    list.push({ service: f.service, name: raw.resource, description: raw.description, methods: ids, source: sourceAt(f, ['resource']) });
    resources.set(f.service, list);
  }
  methods.sort((a, b) => (a.id < b.id ? -1 : 1));
  const methodIds = new Set(methods.map((m) => m.id));
  // Codes a shortcut may document: its methods' own plus those its service lists for the whole platform.
  const errorCodesOf = (service: string, calls: readonly string[]): ReadonlySet<number> => {
    const platform = (files.find((x) => x.kind === 'service' && x.service === service)?.src.data as { platformErrors?: { code: number }[] } | undefined)?.platformErrors ?? [];
    return new Set([...platform.map((e) => e.code), ...methods.filter((m) => calls.includes(m.id)).flatMap((m) => m.errors.map((e) => e.code))]);
  };

  const shortcuts = new Map<string, Shortcut[]>();
  for (const f of files.filter((x) => x.kind === 'shortcut')) {
    const raw = f.src.data as RawShortcut;
    if (raw.name !== f.name) {
      problems.push({ ...pointAt(f, ['name']), subject: `+${f.name}`, message: `name "${raw.name}" does not match the file name "${f.name}.yaml"`, hint: `rename the file to ${raw.name}.yaml or set name: ${f.name}` });
      continue;
    }
    const { identities, identityList } = normalizeIdentities(raw.identities);
    const sc: Shortcut = {
      service: f.service, name: raw.name, command: `+${raw.name}`,
      summary: raw.summary, description: raw.description, risk: raw.risk as Shortcut['risk'],
      identities, identityList, defaultIdentity: raw.defaultIdentity, calls: raw.calls,
      pagination: raw.pagination ?? false, formats: raw.formats ?? false,
      flags: normalizeFlags(raw.flags), rules: normalizeRules(raw.rules),
      output: { ...(raw.output.description !== undefined ? { description: raw.output.description } : {}), fields: normalizeFields(raw.output.fields, refType) },
      errors: raw.errors ?? [], examples: raw.examples, notes: raw.notes ?? [],
      source: sourceAt(f, ['name']),
    };
    problems.push(...checkShortcut(sc, raw, { at: (p, key = false) => pointAt(f, p, key), scopes, methodIds, errorCodes: errorCodesOf(f.service, raw.calls), schemas: rawSchemas, trust }));
    const list = shortcuts.get(f.service) ?? [];
    list.push(sc);
    shortcuts.set(f.service, list);
  }

  for (const f of files) problems.push(...checkPlaceholders(f.src, f.kind, f.service, f.name));

  const services: Service[] = [];
  const serviceFiles = files.filter((x) => x.kind === 'service');
  for (const f of serviceFiles) {
    const raw = f.src.data as Omit<Service, 'scopes' | 'resources' | 'methods' | 'shortcuts' | 'schemaNames' | 'source' | 'cli' | 'notes' | 'concepts' | 'platformErrors' | 'tasks'> & {
      cli: { binary: string; docs?: boolean }; notes?: Service['notes']; concepts?: Service['concepts']; platformErrors?: Service['platformErrors']; tasks?: Service['tasks'];
    };
    if (raw.name !== f.service) {
      problems.push({ ...pointAt(f, ['name']), subject: '', message: `service "${raw.name}" does not match its folder "${f.service}"`, hint: `set name: ${f.service}` });
      continue;
    }
    if (!scopeFiles.has(f.service)) {
      problems.push({ file: f.src.file, line: 1, column: 1, subject: '', message: `service "${f.service}" has no scopes.yaml`, hint: `create specs/${f.service}/scopes.yaml listing the scopes its methods need` });
    }
    services.push({
      name: raw.name, title: raw.title, description: raw.description, versions: raw.versions,
      cli: { binary: raw.cli.binary, docs: raw.cli.docs ?? false },
      brands: raw.brands, concepts: raw.concepts ?? [],
      ...(raw.relationships !== undefined ? { relationships: raw.relationships } : {}),
      notes: raw.notes ?? [], tasks: raw.tasks ?? [], platformErrors: raw.platformErrors ?? [],
      scopes: Object.values(scopes).filter((s) => s.service === f.service).sort((a, b) => (a.name < b.name ? -1 : 1)),
      resources: (resources.get(f.service) ?? []).sort((a, b) => (a.name < b.name ? -1 : 1)),
      methods: methods.filter((m) => m.service === f.service).map((m) => m.id),
      shortcuts: (shortcuts.get(f.service) ?? []).sort((a, b) => (a.name < b.name ? -1 : 1)),
      schemaNames: [...rawSchemas.entries()].filter(([, v]) => v.file.service === f.service).map(([k]) => k).sort(),
      source: sourceAt(f, ['name']),
    });
  }
  for (const f of files) {
    if (f.kind !== 'service' && !serviceFiles.some((s) => s.service === f.service)) {
      problems.push({ file: f.src.file, line: 1, column: 1, subject: '', message: `folder "${f.service}" has no service.yaml`, hint: `create specs/${f.service}/service.yaml` });
    }
  }

  if (problems.length > 0) return { ok: false, problems: dedupe(sortProblems(problems)) };
  const model: SpecModel = {
    services: services.sort((a, b) => (a.name < b.name ? -1 : 1)),
    methods,
    schemas,
    scopes: Object.fromEntries(Object.keys(scopes).sort().map((k) => [k, scopes[k]!])),
    files: files.map((f) => f.src.file),
  };
  return { ok: true, model: deepFreeze(model) };
}

export function loadSpecsOrThrow(specsDir: string, options?: LoadOptions): SpecModel {
  const r = loadSpecs(specsDir, options);
  if (!r.ok) throw new SpecLoadError(r.problems);
  return r.model;
}

function serviceVersions(files: SpecFile[], service: string): readonly string[] | undefined {
  const f = files.find((x) => x.kind === 'service' && x.service === service);
  return f ? (f.src.data as { versions: string[] }).versions : undefined;
}

function dedupe(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = JSON.stringify(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function listSpecFiles(root: string, problems: SpecProblem[], rel: (p: string) => string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(root, 'schema')) walk(p);
      } else if (/\.ya?ml$/.test(e.name)) {
        if (e.name.endsWith('.yml')) {
          problems.push({ file: rel(p), line: 1, column: 1, subject: '', message: 'spec files use the .yaml extension', hint: `rename it to ${e.name.replace(/\.yml$/, '.yaml')}` });
          continue;
        }
        out.push(p);
      }
    }
  };
  if (!fs.existsSync(root)) {
    problems.push({ file: rel(root), line: 1, column: 1, subject: '', message: 'the specs folder does not exist', hint: 'run from the repository root or pass the path of specs/' });
    return out;
  }
  walk(root);
  return out.sort();
}

function classify(root: string, p: string): Omit<SpecFile, 'src'> | undefined {
  const parts = path.relative(root, p).split(path.sep);
  const base = path.basename(p, '.yaml');
  if (parts.length === 2) {
    if (base === 'service') return { kind: 'service', service: parts[0]!, name: base };
    if (base === 'scopes') return { kind: 'scopes', service: parts[0]!, name: base };
    return undefined;
  }
  if (parts.length === 3) {
    const kinds: Record<string, SpecFileKind> = { resources: 'resource', schemas: 'schemas', shortcuts: 'shortcut' };
    const kind = kinds[parts[1]!];
    if (kind) return { kind, service: parts[0]!, name: base };
  }
  return undefined;
}

const validatorCache = new Map<string, Record<SpecFileKind, ValidateFunction>>();

function compileFileSchemas(schemaDir: string): Record<SpecFileKind, ValidateFunction> {
  const cached = validatorCache.get(schemaDir);
  if (cached) return cached;
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  for (const f of fs.readdirSync(schemaDir).filter((x) => x.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8')));
  }
  const get = (name: string) => {
    const v = ajv.getSchema(SCHEMA_ID_BASE + name + '.schema.json');
    if (!v) throw new Error(`spec language schema ${name}.schema.json is missing from ${schemaDir}`);
    return v;
  };
  const validators = { service: get('service'), scopes: get('scopes'), resource: get('resource'), schemas: get('schemas'), shortcut: get('shortcut') };
  validatorCache.set(schemaDir, validators);
  return validators;
}
