/**
 * Request and response checks of the emulator: the spec package's one value checker, worded as
 * Lark's `field_violations` (`{ field: 'content', value: '…', description: 'must be of type string' }`).
 */
import { checkValue, fieldsChecker, JSON_LIMITS, pathText, valueChecker, type CheckOptions, type CompiledCheck, type Violation } from '@larkgen/spec/fields';
import type { EventType, Field, FieldMap, Method, SpecModel } from '@larkgen/spec';
import type { FieldViolation } from './errors.js';
import { resolveField } from './model.js';

/** JSON data: a member sent as null is present (and checked), as on the platform. Made once per model. */
const checkOptions = new WeakMap<SpecModel, CheckOptions>();
function optionsFor(model: SpecModel): CheckOptions {
  let o = checkOptions.get(model);
  if (!o) checkOptions.set(model, (o = { schemas: model.schemas, absent: 'missing' }));
  return o;
}

/** A method's checks, compiled once by the spec package's checker: each part of a request, and the answer's `data`. */
export interface MethodChecks {
  readonly path: CompiledCheck;
  readonly query: CompiledCheck;
  /** The JSON body, or the non-file fields of a multipart one. */
  readonly body: CompiledCheck;
  /** Undefined for a binary answer. */
  readonly response: CompiledCheck | undefined;
}
const methodChecks = new WeakMap<Method, MethodChecks>();

/** The compiled checks of `method` (made on first use; `compileChecks` makes them all at start-up). */
export function checksFor(model: SpecModel, method: Method): MethodChecks {
  let c = methodChecks.get(method);
  if (c) return c;
  const o = optionsFor(model);
  const body = method.body?.encoding === 'multipart' ? splitMultipart(method).plain : (method.body?.fields ?? {});
  c = {
    path: fieldsChecker(method.pathParams, o),
    query: fieldsChecker(method.query, o),
    body: fieldsChecker(body, o),
    response: method.response.kind === 'json' ? valueChecker(method.response.data, o) : undefined,
  };
  methodChecks.set(method, c);
  return c;
}

/** Compiles every method's checks now, so that no request pays for it. */
export function compileChecks(model: SpecModel): void {
  for (const m of model.methods) checksFor(model, m);
}

/** The violations of one part of a request (path, query or body), found by its compiled check and worded. */
export function requestViolations(check: CompiledCheck, value: Record<string, unknown>): readonly FieldViolation[] {
  return worded(check(value));
}

/** The violations of a success answer's `data` (empty for a binary answer). */
export function responseViolations(model: SpecModel, method: Method, data: unknown): readonly FieldViolation[] {
  const check = checksFor(model, method).response;
  return check ? worded(check(data)) : NONE;
}

export interface MultipartFields {
  readonly files: Readonly<Record<string, Field>>;
  readonly plain: FieldMap;
}
const multipartFields = new WeakMap<Method, MultipartFields>();

/** The file fields and the other fields of a multipart body (split once per method). */
export function splitMultipart(method: Method): MultipartFields {
  let split = multipartFields.get(method);
  if (split) return split;
  const files: Record<string, Field> = {};
  const plain: Record<string, Field> = {};
  for (const [k, f] of Object.entries(method.body?.fields ?? {})) (f.type === 'file' ? files : plain)[k] = f;
  multipartFields.set(method, (split = { files, plain }));
  return split;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** How a string sent for a field becomes the type the field declares (left a string when it cannot be). */
type Coerce = (raw: string) => unknown;
const asNumber: Coerce = (raw) => (NUMERIC.test(raw) ? Number(raw) : raw);
const asBoolean: Coerce = (raw) => (raw === 'true' ? true : raw === 'false' ? false : raw);
const asString: Coerce = (raw) => raw;

function coercerOf(model: SpecModel, field: Field): Coerce {
  const f = resolveField(model, field);
  return f.type === 'integer' || f.type === 'number' ? asNumber : f.type === 'boolean' ? asBoolean : asString;
}

/** Each field's coercion and whether it repeats, found once per field map (the ref followed then, not per request). */
interface FieldCoercion {
  readonly repeated: boolean;
  readonly coerce: Coerce;
}
const coercions = new WeakMap<FieldMap, Map<string, FieldCoercion>>();
function coercionsOf(model: SpecModel, fields: FieldMap): Map<string, FieldCoercion> {
  let c = coercions.get(fields);
  if (!c) {
    c = new Map();
    for (const [k, f] of Object.entries(fields)) c.set(k, { repeated: Boolean(f.repeated), coerce: coercerOf(model, f) });
    coercions.set(fields, c);
  }
  return c;
}

/**
 * Turns string values (query, path, multipart fields) into the types the spec declares, so they
 * can be checked. A key sent more than once for a non-repeated field is reported.
 */
export function coerceStrings(
  model: SpecModel,
  fields: FieldMap,
  raw: Record<string, string | string[] | undefined>,
  violations: FieldViolation[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = coercionsOf(model, fields);
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    if (v === undefined) continue;
    const f = known.get(k);
    if (!f) {
      out[k] = v;
      continue;
    }
    if (f.repeated) {
      out[k] = Array.isArray(v) ? v.map(f.coerce) : [f.coerce(v)];
    } else if (Array.isArray(v)) {
      violations.push({ field: k, value: v.join(','), description: 'was sent more than once; this parameter takes a single value' });
      out[k] = f.coerce(v[0] ?? '');
    } else {
      out[k] = f.coerce(v);
    }
  }
  return out;
}

function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

const JSON_FORMAT = `must be a JSON document encoded as a string, at most ${JSON_LIMITS.maxDepth} levels deep with at most ${JSON_LIMITS.maxKeys} keys`;

function describe(v: Violation): string {
  switch (v.kind) {
    case 'required':
      return 'is required';
    case 'unknown':
      return 'is not a field of this request';
    case 'type':
      return v.expected === 'file' ? 'must be a file part' : `must be of type ${v.expected}`;
    case 'enum':
      return `must be one of ${JSON.stringify(v.allowed)}`;
    case 'pattern':
      return `must match ${v.pattern}`;
    case 'format':
      return v.format === 'json' ? JSON_FORMAT : `must match format "${v.format}"`;
    case 'minLength':
      return `must NOT have fewer than ${v.limit} characters`;
    case 'maxLength':
      return `must NOT have more than ${v.limit} characters`;
    case 'minimum':
      return `must be >= ${v.limit}`;
    case 'maximum':
      return `must be <= ${v.limit}`;
    case 'minItems':
      return `must NOT have fewer than ${v.limit} items`;
    case 'maxItems':
      return `must NOT have more than ${v.limit} items`;
    case 'maxBytes':
      return `must be at most ${v.limit} bytes`;
    case 'empty':
      return 'must not be empty';
  }
}

/** What a value without violations gets: one shared, frozen empty list, not a new one per check. */
const NONE: readonly FieldViolation[] = Object.freeze([]);

function worded(violations: readonly Violation[]): readonly FieldViolation[] {
  if (violations.length === 0) return NONE;
  const out: FieldViolation[] = [];
  const seen = new Set<string>();
  for (const v of violations) {
    const field = pathText(v.path);
    const description = describe(v);
    const key = `${field}|${description}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = v.kind === 'required' || v.kind === 'unknown' ? undefined : show(v.value);
    out.push(value === undefined ? { field, description } : { field, value, description });
  }
  return out;
}

/** The violations of an event or callback payload against its spec (empty when it matches). */
export function eventViolations(model: SpecModel, event: EventType, payload: unknown): readonly FieldViolation[] {
  return worded(checkValue(event.payload, payload, optionsFor(model)));
}
