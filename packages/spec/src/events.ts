import { exampleValueProblems } from './example-check.js';
import { resolveRef, type Field as AnyField } from './fields/index.js';
import type { EventParam, EventType, Field, Scope, SourceRef } from './model.js';
import { normalizeField, normalizeIdentities, type RawField, type RawMethod, type RefTypeLookup } from './normalize.js';
import { closest, type SpecProblem } from './problems.js';
import { checkSchemaRefs, scopeProblems, type Trust } from './semantics.js';
import type { PathSegment } from './yaml-source.js';

/** Shared schemas by name. */
type SchemaLookup = Readonly<Record<string, Field>>;

/** What a structurally valid `events/<key>.yaml` holds. */
export interface RawEvent {
  event: string;
  kind: 'event' | 'callback';
  version: string;
  summary: string;
  description: string;
  identities: RawMethod['identities'];
  console?: string[];
  payload: RawField;
  answer?: RawField;
  output?: 'envelope' | 'flat';
  params?: Record<string, { description: string; field: string; multi?: boolean; enum?: string[] }>;
  example: Record<string, unknown>;
  answerExample?: Record<string, unknown>;
  notes?: string[];
}

type Position = { file: string; line: number; column: number };

interface EventContext {
  service: string;
  /** The file's base name, which must equal the key. */
  fileName: string;
  at: (path: readonly PathSegment[], key?: boolean) => Position;
  source: SourceRef;
  refType: RefTypeLookup;
  rawSchemas: ReadonlyMap<string, { raw: RawField }>;
  schemas: SchemaLookup;
  scopes: Readonly<Record<string, Scope>>;
  trust: Trust;
}

/** Builds one event of the model from its file and reports everything inconsistent in it. */
export function buildEvent(raw: RawEvent, ctx: EventContext): { event: EventType; problems: SpecProblem[] } {
  const problems: SpecProblem[] = [];
  const subject = raw.event;
  const add = (at: readonly PathSegment[], message: string, hint: string, key = false) => problems.push({ ...ctx.at(at, key), subject, message, hint });

  if (raw.event !== ctx.fileName) add(['event'], `event "${raw.event}" does not match the file name "${ctx.fileName}.yaml"`, `rename the file to ${raw.event}.yaml or set event: ${ctx.fileName}`);
  const suffix = /_(v[0-9]+)$/.exec(raw.event)?.[1];
  if (suffix && suffix !== raw.version) add(['version'], `version "${raw.version}" disagrees with the key's suffix _${suffix}`, `set version: ${suffix}`);
  if (raw.kind === 'event' && (raw.answer || raw.answerExample)) add([raw.answer ? 'answer' : 'answerExample'], 'only callbacks are answered; an event is just acknowledged', 'remove it or set kind: callback');
  if (raw.answerExample && !raw.answer) add(['answerExample'], 'answerExample needs an answer schema', 'declare answer');
  const payloadType = raw.payload.type ?? (raw.payload.ref ? ctx.refType(raw.payload.ref) : undefined);
  if (payloadType !== undefined && payloadType !== 'object') add(['payload'], `the payload must be an object, not ${payloadType}`, 'describe the envelope\'s event object with type: object');

  const { identities, identityList } = normalizeIdentities(raw.identities);
  for (const id of identityList) {
    const rule = identities[id]!;
    for (const list of ['anyOf', 'allOf'] as const) {
      rule.scopes[list].forEach((scope, i) => {
        problems.push(...scopeProblems(scope, id, ctx, () => ctx.at(['identities', id, 'scopes', list, i]), subject, `identity "${id}"`));
      });
    }
  }

  for (const part of ['payload', 'answer'] as const) {
    const f = raw[part];
    if (f) problems.push(...checkSchemaRefs(f, ctx.rawSchemas, (p) => ctx.at([part, ...p]), subject, ctx.trust));
  }
  const payload = normalizeField(raw.payload, ctx.refType);
  const answer = raw.answer ? normalizeField(raw.answer, ctx.refType) : undefined;

  const params: Record<string, EventParam> = {};
  for (const [name, p] of Object.entries(raw.params ?? {})) {
    params[name] = { name, description: p.description, field: p.field, multi: p.multi ?? false, ...(p.enum ? { enum: p.enum } : {}) };
    if (!ctx.trust.schemas) continue;
    const target = fieldAt(payload, p.field.split('.'), ctx.schemas);
    if (!target.ok) add(['params', name, 'field'], `param "${name}": payload field "${p.field}" does not exist (${target.missing} is unknown)`, target.guess ? `did you mean "${target.guess}"?` : 'name a field of the payload, dotted');
    else if (target.field && !isScalar(target.field, ctx.schemas)) add(['params', name, 'field'], `param "${name}": payload field "${p.field}" is not a string or a list of strings`, 'filter on a scalar field');
  }

  if (ctx.trust.schemas) {
    for (const [part, field, value] of [['example', payload, raw.example], ['answerExample', answer, raw.answerExample]] as const) {
      if (!field || value === undefined) continue;
      for (const message of exampleValueProblems(field, value, ctx.schemas)) {
        add([part], `${part}: ${message}`, `make the ${part} match the ${part === 'example' ? 'payload' : 'answer'} schema`);
      }
    }
  }

  const event: EventType = {
    key: raw.event, service: ctx.service, kind: raw.kind, version: raw.version,
    summary: raw.summary, description: raw.description,
    identities, identityList, console: raw.console ?? [],
    payload, ...(answer ? { answer } : {}),
    output: raw.output ?? 'envelope', params, example: raw.example,
    ...(raw.answerExample ? { answerExample: raw.answerExample } : {}),
    notes: raw.notes ?? [], source: ctx.source,
  };
  return { event, problems };
}

/** `field` is absent when the path enters an open object or an unresolved ref: it cannot be checked. */
type FieldLookup = { ok: true; field?: AnyField } | { ok: false; missing: string; guess?: string };

/** Follows a dotted path through objects (and into array items), resolving refs. */
export function fieldAt(root: AnyField, path: readonly string[], schemas: Readonly<Record<string, AnyField>>): FieldLookup {
  let f = resolveRef(root, schemas);
  for (const name of path) {
    while (f.type === 'array' && f.items) f = resolveRef(f.items, schemas);
    if (f.ref || f.type === 'any' || (f.type === 'object' && !f.properties)) return { ok: true };
    const next = f.properties?.[name];
    if (!next) {
      const guess = f.properties ? closest(name, Object.keys(f.properties)) : undefined;
      return { ok: false, missing: name, ...(guess ? { guess } : {}) };
    }
    f = resolveRef(next, schemas);
  }
  return { ok: true, field: f };
}

function isScalar(f: AnyField, schemas: Readonly<Record<string, AnyField>>): boolean {
  const r = resolveRef(f, schemas);
  if (r.type === 'array') return r.items !== undefined && isScalar(r.items, schemas);
  return r.type === 'string' || r.type === 'integer' || r.type === 'boolean' || r.type === 'number';
}
