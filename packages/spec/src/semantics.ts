import { exampleFieldsProblems, exampleValueProblems } from './example-check.js';
import type { Field, FieldMap, Identity, Method, Scope, Shortcut } from './model.js';
import { closest, type SpecProblem } from './problems.js';
import { shortcutGlobalFlagNames } from './global-flags.js';
import { describePath, type SpecFileKind } from './describe.js';
import { locate, type PathSegment, type SourceFile } from './yaml-source.js';
import type { RawField, RawMethod, RawShortcut } from './normalize.js';

type Position = { file: string; line: number; column: number };
type At = (path: readonly PathSegment[], key?: boolean) => Position;
type RawSchemas = ReadonlyMap<string, { raw: RawField }>;

/** Which cross-file references can be checked: a broken file's declarations are unknown, not missing. */
export interface Trust {
  scopes: boolean;
  schemas: boolean;
  /** `<service>.<resource>` of resource files that failed to load. */
  resources: ReadonlySet<string>;
}


interface MethodContext {
  at: At;
  scopes: Readonly<Record<string, Scope>>;
  schemas: RawSchemas;
  /** Shared schemas by name, for checking examples. */
  examples: Readonly<Record<string, Field>>;
  versions: readonly string[] | undefined;
  trust: Trust;
}

export function checkMethod(m: Method, raw: RawMethod, ctx: MethodContext): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const add = (at: readonly PathSegment[], message: string, hint?: string, key = false) =>
    problems.push({ ...ctx.at(at, key), subject: m.id, message, ...(hint ? { hint } : {}) });

  // Route.
  const prefix = `/open-apis/${m.service}/${m.version}/`;
  if (!m.path.startsWith(prefix)) add(['path'], `path "${m.path}" does not start with ${prefix}`, `make the path start with ${prefix} or correct version/service`);
  if (ctx.versions && !ctx.versions.includes(m.version)) add(['version'], `version "${m.version}" is not listed in the service's versions (${ctx.versions.join(', ')})`, 'add it to versions in service.yaml');
  const templated = [...m.path.matchAll(/\{([^}]*)\}/g)].map((x) => x[1]!);
  for (const name of templated) {
    if (!(name in m.pathParams)) add(['path'], `path param "${name}" is in the path but not declared`, `declare it under pathParams: ${name}: {type: string, description: …}`);
  }
  for (const name of Object.keys(m.pathParams)) {
    if (!templated.includes(name)) add(['pathParams', name], `path param "${name}" is declared but the path has no {${name}}`, `add {${name}} to the path or remove the declaration`, true);
  }
  if (new Set(templated).size !== templated.length) add(['path'], 'a path param appears twice in the path', 'name each path param once');

  // Identities and scopes.
  for (const id of m.identityList) {
    const rule = m.identities[id]!;
    for (const list of ['anyOf', 'allOf'] as const) {
      rule.scopes[list].forEach((scope, i) => {
        problems.push(...scopeProblems(scope, id, ctx, () => ctx.at(['identities', id, 'scopes', list, i]), m.id, `identity "${id}"`));
      });
    }
  }

  // Fields.
  const walkAll = (fields: Record<string, RawField> | undefined, base: PathSegment[], where: 'path' | 'query' | 'json' | 'multipart' | 'response') => {
    for (const [name, f] of Object.entries(fields ?? {})) walkField(f, [...base, name], where, true);
  };
  const walkField = (f: RawField, at: PathSegment[], where: 'path' | 'query' | 'json' | 'multipart' | 'response', top: boolean) => {
    const label = describePath('resource', m.service, m.resource, ['methods', m.name, ...at]).element;
    if (f.ref !== undefined && !ctx.schemas.has(f.ref) && ctx.trust.schemas) {
      const guess = closest(f.ref, ctx.schemas.keys());
      add([...at, 'ref'], `${label}: unknown schema "${f.ref}"`, guess ? `did you mean "${guess}"?` : 'declare it in a schemas/*.yaml file of the service');
    }
    if (f.repeated && where !== 'query') add([...at, 'repeated'], `${label}: "repeated" is only meaningful for query params`, 'use type: array with items instead');
    if (f.repeated && f.type && !['string', 'integer', 'number', 'boolean'].includes(f.type)) add([...at, 'type'], `${label}: a repeated query param must have a scalar type`, 'use string, integer, number or boolean');
    if (f.type === 'file' && !(where === 'multipart' && top)) add([...at, 'type'], `${label}: type "file" is only allowed for top-level fields of a multipart body`, 'set body.encoding: multipart or use type: string');
    if ((where === 'path' || where === 'query') && (f.type === 'object' || f.type === 'array')) add([...at, 'type'], `${label}: ${where} params cannot be ${f.type}s`, where === 'query' ? 'use a scalar type with repeated: true for lists' : 'use a scalar type');
    problems.push(...valueProblems(f, (p) => ctx.at([...at, ...p]), m.id, label));
    for (const [name, sub] of Object.entries(f.properties ?? {})) walkField(sub, [...at, 'properties', name], where === 'multipart' ? 'json' : where, false);
    if (f.items) walkField(f.items, [...at, 'items'], where === 'multipart' ? 'json' : where, false);
    if (f.properties && f.type && f.type !== 'object') add([...at, 'properties'], `${label}: "properties" needs type: object`, 'set type: object');
    if (f.items && f.type && f.type !== 'array') add([...at, 'items'], `${label}: "items" needs type: array`, 'set type: array');
    if (f.type === 'array' && !f.items) add(at, `${label}: an array needs "items"`, 'describe the element type under items');
  };
  walkAll(raw.pathParams, ['pathParams'], 'path');
  walkAll(raw.query, ['query'], 'query');
  if (raw.body) walkAll(raw.body.fields, ['body', 'fields'], raw.body.encoding);
  if (!('binary' in raw.response)) walkField(raw.response as RawField, ['response'], 'response', false);

  if (raw.body?.encoding === 'multipart' && !Object.values(raw.body.fields).some((f) => f.type === 'file')) {
    add(['body', 'encoding'], 'a multipart body needs at least one field of type "file"', 'add the file field or use encoding: json');
  }
  if (m.http === 'GET' && m.body) add(['body'], 'a GET method cannot have a body', 'move the fields to query');
  if (m.http === 'GET' && m.risk !== 'read') add(['risk'], `a GET method must have risk "read", not "${m.risk}"`, 'set risk: read');
  if (m.response.kind === 'binary' && m.http !== 'GET') add(['response'], 'only GET methods can answer with a binary download', 'use a JSON response');

  // Pagination.
  if (m.pagination) {
    const p = m.pagination;
    if (!(p.pageToken in m.query)) add(['pagination', 'pageToken'], `pagination: query param "${p.pageToken}" does not exist`, `declare it under query or correct pageToken`);
    if (!(p.pageSize in m.query)) add(['pagination', 'pageSize'], `pagination: query param "${p.pageSize}" does not exist`, `declare it under query or correct pageSize`);
    const data = m.response.kind === 'json' ? resolveProps(m.response.data, ctx.schemas) : undefined;
    for (const key of ['items', 'hasMore', 'nextToken'] as const) {
      const name = p[key];
      if (!data || !(name in data)) {
        const guess = data ? closest(name, Object.keys(data)) : undefined;
        add(['pagination', key], `pagination: response field "${name}" does not exist`, guess ? `did you mean "${guess}"?` : 'declare it in the response or correct the pagination block');
      } else if (key === 'items' && data[name]!.type !== 'array') add(['pagination', key], `pagination: response field "${name}" is not an array`, 'point items at the list of results');
    }
  }

  // Idempotency: at most one key, a top-level string field of the body or the query, on a write.
  const keys: { at: PathSegment[]; field: Field }[] = [];
  const findKeys = (fields: FieldMap | undefined, at: PathSegment[]) => {
    for (const [k, f] of Object.entries(fields ?? {})) {
      if (f.idempotencyKey) keys.push({ at: [...at, k], field: f });
      findKeys(f.properties, [...at, k, 'properties']);
      if (f.items) findKeys({ items: f.items }, [...at, k]);
    }
  };
  findKeys(m.pathParams, ['pathParams']);
  findKeys(m.query, ['query']);
  findKeys(m.body?.fields, ['body', 'fields']);
  keys.forEach(({ at, field }, i) => {
    const where = [...at, 'idempotencyKey'];
    const name = at.filter((x) => x !== 'properties' && x !== 'fields').join('.');
    if (!(at.length === 2 && at[0] === 'query') && !(at.length === 3 && at[0] === 'body')) add(where, `idempotencyKey on ${name}: only a top-level field of the body or the query can be the key`, 'move the mark to the key field');
    else if (field.type !== 'string' || field.repeated) add(where, `idempotencyKey on ${name}: the key must be a single string, not ${field.repeated ? 'a repeated field' : field.type}`, 'make the key field a string');
    if (i > 0) add(where, `idempotencyKey on ${name}: the method already has a key (${keys[0]!.at.filter((x) => x !== 'fields').join('.')})`, 'mark one field only');
    if (i === 0 && m.http === 'GET') add(where, 'idempotencyKey: a GET is safe to repeat already', 'remove the mark');
  });

  // Cards: a top-level body field holding card JSON (an object, or a JSON string), its condition a sibling enum value.
  const marked: PathSegment[][] = [];
  const findCards = (fields: FieldMap | undefined, at: PathSegment[]) => {
    for (const [k, f] of Object.entries(fields ?? {})) {
      if (f.card) marked.push([...at, k]);
      findCards(f.properties, [...at, k, 'properties']);
      if (f.items) findCards({ items: f.items }, [...at, k]);
    }
  };
  findCards(m.pathParams, ['pathParams']);
  findCards(m.query, ['query']);
  findCards(m.body?.fields, ['body', 'fields']);
  for (const at of marked) {
    const where = [...at, 'card'];
    const name = at.filter((x) => x !== 'properties' && x !== 'fields').join('.');
    if (!(at.length === 3 && at[0] === 'body')) {
      add(where, `card on ${name}: only a top-level body field can hold a card`, 'move the mark to the body field that carries the card');
      continue;
    }
    const f = m.body!.fields[at[2] as string]!;
    if (!(f.type === 'object' || (f.type === 'string' && f.format === 'json')) || f.repeated) {
      add(where, `card on ${name}: a card field is an object or a string with format: json, not ${f.type}${f.format ? ` (format ${f.format})` : ''}`, 'give the field type: object, or type: string with format: json');
    }
    const when = f.card!.when;
    if (!when) continue;
    const sibling = m.body!.fields[when.field];
    if (!sibling) {
      const guess = closest(when.field, Object.keys(m.body!.fields));
      add([...where, 'when', 'field'], `card on ${name}: when.field "${when.field}" is not a body field`, guess ? `did you mean "${guess}"?` : 'name the body field that says what the content is');
    } else if (!sibling.enum?.includes(when.equals)) {
      add([...where, 'when', 'equals'], `card on ${name}: when.equals "${when.equals}" is not a value of ${when.field}${sibling.enum ? ` (${sibling.enum.join(', ')})` : ' (it has no enum)'}`, `use one of the values ${when.field} lists`);
    }
  }

  // Errors: one entry per code.
  const seenCodes = new Map<number, number>();
  m.errors.forEach((e, i) => {
    if (seenCodes.has(e.code)) add(['errors', i, 'code'], `error #${i + 1}: code ${e.code} is listed twice (also error #${seenCodes.get(e.code)! + 1})`, 'merge the two entries');
    else seenCodes.set(e.code, i);
  });

  // Examples validate against the method's own definitions.
  const schemas = ctx.examples;
  m.examples.forEach((ex, i) => {
    const base: PathSegment[] = ['examples', i];
    if (ex.as && !m.identityList.includes(ex.as)) add([...base, 'as'], `example #${i + 1}: identity "${ex.as}" is not one this method supports (${m.identityList.join(', ')})`, `use as: ${m.identityList[0]}`);
    const parts: ['path' | 'query' | 'body', FieldMap | undefined][] = [['path', m.pathParams], ['query', m.query], ['body', m.body?.fields]];
    for (const [part, fields] of parts) {
      const value = ex.request[part];
      if (!fields) {
        if (value !== undefined) add([...base, 'request', 'body'], `example #${i + 1}: the method has no body`, 'remove request.body');
        continue;
      }
      for (const msg of exampleFieldsProblems(fields, value ?? {}, schemas)) {
        add([...base, 'request', ...(value === undefined ? [] : [part])], `example #${i + 1} request ${part}: ${msg}`, 'make the example match the parameter definitions');
      }
    }
    if (m.response.kind === 'json') {
      for (const msg of exampleValueProblems(m.response.data, ex.response, schemas)) add([...base, 'response'], `example #${i + 1} response: ${msg}`, 'make the example match the response schema');
    } else if (!isBinaryExample(ex.response)) {
      add([...base, 'response'], `example #${i + 1} response: a download example is written {binary: true}`, 'set response: {binary: true}');
    }
  });
  return problems;
}

function isBinaryExample(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { binary?: unknown }).binary === true;
}

/** The top-level properties of an object field, following a ref. */
function resolveProps(f: Field, schemas: RawSchemas): Record<string, { type?: string }> | undefined {
  if (f.ref) return schemas.get(f.ref)?.raw.properties as Record<string, { type?: string }> | undefined;
  return f.properties as Record<string, { type?: string }> | undefined;
}

/** Checks on one value's own constraints: enum/default coherence, ranges, regexes. */
function valueProblems(f: RawField, at: (p: PathSegment[]) => Position, subject: string, label: string): SpecProblem[] {
  const out: SpecProblem[] = [];
  const add = (p: PathSegment[], message: string, hint: string) => out.push({ ...at(p), subject, message: `${label}: ${message}`, hint });
  if (f.default !== undefined && f.enum && !f.enum.includes(f.default as string)) add(['default'], `default ${JSON.stringify(f.default)} is not one of the enum values`, `use one of ${f.enum.join(', ')}`);
  if (f.default !== undefined && f.type && !typeMatches(f.type, f.default, f.repeated)) add(['default'], `default ${JSON.stringify(f.default)} is not a ${f.type}`, `write a ${f.type}`);
  if (f.minimum !== undefined && f.maximum !== undefined && f.minimum > f.maximum) add(['minimum'], `minimum ${f.minimum} is greater than maximum ${f.maximum}`, 'swap or correct the bounds');
  if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) add(['minLength'], `minLength ${f.minLength} is greater than maxLength ${f.maxLength}`, 'swap or correct the bounds');
  if (f.minItems !== undefined && f.maxItems !== undefined && f.minItems > f.maxItems) add(['minItems'], `minItems ${f.minItems} is greater than maxItems ${f.maxItems}`, 'swap or correct the bounds');
  if (f.pattern !== undefined) {
    try {
      new RegExp(f.pattern, 'u');
    } catch {
      add(['pattern'], `pattern ${JSON.stringify(f.pattern)} is not a valid regular expression`, 'fix the regular expression');
    }
  }
  if (f.enum && f.type && f.type !== 'any' && !f.enum.every((v) => typeMatches(f.type!, v, false))) add(['enum'], `enum values must be ${f.type}s`, `write every value as a ${f.type}`);
  if (f.enumDescriptions && f.enum) {
    for (const k of Object.keys(f.enumDescriptions)) if (!f.enum.map(String).includes(k)) add(['enumDescriptions', k], `enumDescriptions names "${k}", which is not an enum value`, `describe only ${f.enum.join(', ')}`);
  }
  if (f.format && f.type && f.type !== 'string') add(['format'], `format "${f.format}" applies to strings only`, 'set type: string or remove format');
  return out;
}

function typeMatches(type: string, v: unknown, repeated: boolean | undefined): boolean {
  if (repeated && Array.isArray(v)) return v.every((x) => typeMatches(type, x, false));
  switch (type) {
    case 'string': case 'file': return typeof v === 'string';
    case 'integer': return Number.isInteger(v);
    case 'number': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    default: return true;
  }
}

export function scopeProblems(scope: string, id: Identity, ctx: { scopes: Readonly<Record<string, Scope>>; trust: Trust }, pos: () => Position, subject: string, label: string): SpecProblem[] {
  const scopes = ctx.scopes;
  const s = scopes[scope];
  if (!s) {
    if (!ctx.trust.scopes) return [];
    const guess = closest(scope, Object.keys(scopes));
    return [{ ...pos(), subject, message: `${label}: scope "${scope}" is not declared in any scopes.yaml`, hint: guess ? `did you mean "${guess}"? Otherwise declare it in scopes.yaml` : 'declare it in the service\'s scopes.yaml' }];
  }
  if (!s.identities.includes(id)) {
    return [{ ...pos(), subject, message: `${label}: scope "${scope}" does not apply to the ${id} identity (scopes.yaml lists ${s.identities.join(', ')})`, hint: `add ${id} to its identities in specs/${s.service}/scopes.yaml or use another scope` }];
  }
  return [];
}

export function checkSchemaRefs(raw: RawField, schemas: RawSchemas, at: (p: PathSegment[]) => Position, subject: string, trust: Trust): SpecProblem[] {
  const out: SpecProblem[] = [];
  const walk = (f: RawField, p: PathSegment[]) => {
    if (f.ref !== undefined && !schemas.has(f.ref) && trust.schemas) {
      const guess = closest(f.ref, schemas.keys());
      out.push({ ...at([...p, 'ref']), subject, message: `${p.length ? p.join('.') + ': ' : ''}unknown schema "${f.ref}"`, hint: guess ? `did you mean "${guess}"?` : 'declare it in a schemas/*.yaml file' });
    }
    out.push(...valueProblems(f, (q) => at([...p, ...q]), subject, p.length ? `field "${p.filter((x) => x !== 'properties').join('.')}"` : 'schema'));
    for (const [n, sub] of Object.entries(f.properties ?? {})) walk(sub, [...p, 'properties', n]);
    if (f.items) walk(f.items, [...p, 'items']);
    if (f.type === 'file') out.push({ ...at([...p, 'type']), subject, message: 'type "file" is only allowed in multipart bodies', hint: 'use type: string' });
  };
  walk(raw, []);
  return out;
}

const PLACEHOLDER = /^\s*TODO\b|\bTODO:|\bFIXME\b|\bTBD\b/;

/** Leftover placeholder text would end up in generated docs and help: refuse it. */
export function checkPlaceholders(src: SourceFile, kind: SpecFileKind, service: string, name: string): SpecProblem[] {
  const out: SpecProblem[] = [];
  const walk = (v: unknown, p: PathSegment[]) => {
    if (typeof v === 'string') {
      if (PLACEHOLDER.test(v)) {
        const d = describePath(kind, service, name, p);
        out.push({ file: src.file, ...locate(src, p), subject: d.subject, message: `${d.element}: placeholder text left ("${v.slice(0, 40)}")`, hint: 'write the real text' });
      }
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (PLACEHOLDER.test(k)) {
          const d = describePath(kind, service, name, [...p, k]);
          out.push({ file: src.file, ...locate(src, [...p, k], { key: true }), subject: d.subject, message: `${d.element}: placeholder key left ("${k}")`, hint: 'replace it with the real name' });
        }
        walk(x, [...p, k]);
      }
    }
  };
  walk(src.data, []);
  return out;
}

/** The platform's missing-scope codes: the app's (99991672) and the user's (99991679). */
export const SCOPE_ERROR_CODES: readonly number[] = [99991672, 99991679];

interface ShortcutContext {
  at: At;
  scopes: Readonly<Record<string, Scope>>;
  methods: ReadonlyMap<string, Method>;
  /** Error codes documented by the methods it calls or by its service's platform list. */
  errorCodes: ReadonlySet<number>;
  schemas: RawSchemas;
  trust: Trust;
}

export function checkShortcut(sc: Shortcut, raw: RawShortcut, ctx: ShortcutContext): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const subject = sc.command;
  const add = (at: readonly PathSegment[], message: string, hint?: string, key = false) =>
    problems.push({ ...ctx.at(at, key), subject, message, ...(hint ? { hint } : {}) });

  sc.callPlan.forEach((c, i) => {
    const at = typeof raw.calls[i] === 'string' ? ['calls', i] : ['calls', i, 'method'];
    const method = ctx.methods.get(c.method);
    if (!method) {
      if (ctx.trust.resources.has(c.method.split('.').slice(0, -1).join('.'))) return;
      const guess = closest(c.method, [...ctx.methods.keys()]);
      add(at, `calls "${c.method}", which no spec defines`, guess ? `did you mean "${guess}"?` : 'add the method to a resource spec or fix the id');
      return;
    }
    const as = (raw.calls[i] as { as?: Identity }).as;
    if (as && !sc.identityList.includes(as)) add(['calls', i, 'as'], `calls "${c.method}" as ${as}, which is not one of the shortcut's identities (${sc.identityList.join(', ')})`, `remove "as" or use ${sc.identityList.join(' or ')}`);
    else if (as && !method.identityList.includes(as)) add(['calls', i, 'as'], `calls "${c.method}" as ${as}, which that method does not allow (${method.identityList.join(', ')})`, `call it as ${method.identityList.join(' or ')}`);
    else if (!c.identities.length) add(at, `calls "${c.method}", which none of its identities (${sc.identityList.join(', ')}) may call`, `call a method a ${sc.identityList.join(' or ')} may use, or add that identity to the shortcut`);
    for (const condition of c.withFlags ?? []) {
      const [flag, value] = condition.split('=', 2) as [string, string | undefined];
      const f = sc.flags[flag];
      if (!f) {
        const guess = closest(flag, Object.keys(sc.flags));
        add(["calls", i, "with"], `calls "${c.method}" with --${flag}, which is not a flag of ${subject}`, guess ? `did you mean --${guess}?` : "name one of its flags");
      } else if (value !== undefined && f.enum && !f.enum.includes(value)) {
        add(['calls', i, 'with'], `calls "${c.method}" with --${flag} ${value}, which is not one of its values (${f.enum.join(', ')})`, 'use one of the listed values');
      }
    }
    if (c.withFlags && c.enriches) add(['calls', i], `calls "${c.method}" both "with" a flag and to "enrich" the output`, 'keep the one that says why the call is made');
  });
  sc.errors.forEach((e, i) => {
    if (SCOPE_ERROR_CODES.includes(e.code)) add(['errors', i, 'code'], `error ${e.code} (a missing scope) must not be written by hand: its fix is computed from the scopes of the methods the shortcut calls`, 'remove this entry');
    else if (!ctx.errorCodes.has(e.code)) add(['errors', i, 'code'], `error ${e.code} is documented by none of the methods it calls nor by the service's platformErrors`, 'add the code to the method that answers with it, or to platformErrors in service.yaml, so its meaning is known');
  });
  if (!sc.identityList.includes(sc.defaultIdentity)) add(['defaultIdentity'], `default identity "${sc.defaultIdentity}" is not among its identities (${sc.identityList.join(', ')})`, `use ${sc.identityList[0]}`);
  for (const id of sc.identityList) {
    const rule = sc.identities[id]!;
    for (const list of ['anyOf', 'allOf'] as const) {
      rule.scopes[list].forEach((scope, i) => problems.push(...scopeProblems(scope, id, ctx, () => ctx.at(['identities', id, 'scopes', list, i]), subject, `identity "${id}"`)));
    }
  }
  const flagNames = Object.keys(sc.flags);
  const RESERVED = shortcutGlobalFlagNames();
  const seenErrors = new Map<string, number>();
  sc.errors.forEach((e, i) => {
    if (e.as && !sc.identityList.includes(e.as)) add(['errors', i, 'as'], `error #${i + 1}: identity "${e.as}" is not one of the shortcut's identities`, `use ${sc.identityList.join(' or ')}, or drop "as"`);
    const key = `${e.code}|${e.as ?? ''}`;
    if (seenErrors.has(key)) add(['errors', i, 'code'], `error #${i + 1}: code ${e.code}${e.as ? ` as ${e.as}` : ''} is listed twice (also error #${seenErrors.get(key)! + 1})`, 'merge the two entries');
    else seenErrors.set(key, i);
  });
  for (const [name, f] of Object.entries(sc.flags)) {
    if (RESERVED.includes(name) && !(name === 'page-limit' || name === 'page-all')) add(['flags', name], `flag --${name} is a global flag and cannot be redefined`, 'rename the flag', true);
    if (f.identity && !sc.identityList.includes(f.identity)) add(['flags', name, 'identity'], `flag --${name}: identity "${f.identity}" is not one of the shortcut's identities`, `use ${sc.identityList.join(' or ')}`);
    if (f.enum && f.type !== 'string' && f.type !== 'list') add(['flags', name, 'enum'], `flag --${name}: enum needs type string or list`, 'set type: string');
    if (f.default !== undefined) {
      const ok = f.type === 'integer' ? Number.isInteger(f.default) : f.type === 'boolean' ? typeof f.default === 'boolean' : typeof f.default === 'string';
      if (!ok) add(['flags', name, 'default'], `flag --${name}: default ${JSON.stringify(f.default)} does not fit type ${f.type}`, `write a ${f.type === 'list' || f.type === 'path' ? 'string' : f.type}`);
      else if (f.enum && typeof f.default === 'string' && !f.enum.includes(f.default)) add(['flags', name, 'default'], `flag --${name}: default "${f.default}" is not one of ${f.enum.join(', ')}`, 'pick an enum value');
    }
    if (f.pattern !== undefined) {
      try {
        new RegExp(f.pattern, 'u');
      } catch {
        add(['flags', name, 'pattern'], `flag --${name}: pattern is not a valid regular expression`, 'fix the regular expression');
      }
    }
    if (f.stdin && f.type !== 'string') add(['flags', name, 'stdin'], `flag --${name}: stdin input needs type string`, 'set type: string');
    if (f.minimum !== undefined && f.maximum !== undefined && f.minimum > f.maximum) add(['flags', name, 'minimum'], `flag --${name}: minimum is greater than maximum`, 'correct the bounds');
  }
  (raw.rules ?? []).forEach((r, i) => {
    for (const [kind, value] of Object.entries(r)) {
      if (kind === 'message') continue;
      const names = kind === 'requires' ? [(value as { flag: string }).flag, ...(value as { with: string[] }).with] : (value as string[]);
      for (const n of names) {
        if (!flagNames.includes(n)) {
          const guess = closest(n, flagNames);
          add(['rules', i, kind], `rule #${i + 1} (${kind}) names unknown flag --${n}`, guess ? `did you mean --${guess}?` : 'use a flag declared under flags');
        }
      }
    }
  });
  sc.examples.forEach((ex, i) => {
    const want = `lark-cli ${sc.service} ${sc.command}`;
    if (!ex.command.startsWith(want + ' ') && ex.command !== want) add(['examples', i, 'command'], `example #${i + 1} does not run this shortcut`, `start the command with "${want}"`);
  });
  for (const [name, f] of Object.entries(raw.output.fields)) {
    problems.push(...checkSchemaRefs(f, ctx.schemas, (p) => ctx.at(['output', 'fields', name, ...p]), subject, ctx.trust));
  }
  return problems;
}
