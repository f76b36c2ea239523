import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fieldToJsonSchema, objectSchema, type Field, type FieldMap, type JsonSchema, type Method, type SpecModel } from '@larkgen/spec';
import type { FieldViolation } from './errors.js';
import { resolveField } from './model.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

const SCHEMA_BASE = 'https://larkgen.invalid/schemas/';
const refOf = (name: string): string => SCHEMA_BASE + name;

export interface MethodValidators {
  readonly method: Method;
  readonly pathFields: FieldMap;
  readonly queryFields: FieldMap;
  readonly path: ValidateFunction;
  readonly query: ValidateFunction;
  /** JSON body, or the non-file fields of a multipart body. */
  readonly body?: ValidateFunction;
  readonly bodyFields: FieldMap;
  /** Multipart file fields by name. */
  readonly files: Readonly<Record<string, Field>>;
  /** The `data` of a success answer (JSON answers only). */
  readonly response?: ValidateFunction;
}

/** Marks JSON-in-a-string fields so the custom `larkJson` keyword checks that they parse. */
function markJson(s: unknown): void {
  if (Array.isArray(s)) {
    for (const x of s) markJson(x);
    return;
  }
  if (!s || typeof s !== 'object') return;
  const o = s as Record<string, unknown>;
  if (o.contentMediaType === 'application/json') {
    delete o.contentMediaType;
    o.larkJson = true;
  }
  for (const v of Object.values(o)) markJson(v);
}

function newAjv(model: SpecModel, allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors, strict: false, verbose: allErrors, validateFormats: true });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: 'larkJson',
    type: 'string',
    schemaType: 'boolean',
    errors: false,
    validate: (on: boolean, data: string) => {
      if (!on) return true;
      try {
        JSON.parse(data);
        return true;
      } catch {
        return false;
      }
    },
  });
  for (const [name, field] of Object.entries(model.schemas)) {
    const s = fieldToJsonSchema(field, { ref: refOf, annotations: false });
    markJson(s);
    ajv.addSchema({ ...s, $id: refOf(name) });
  }
  return ajv;
}

function compile(ajv: Ajv2020, schema: JsonSchema): ValidateFunction {
  markJson(schema);
  return ajv.compile(schema);
}

const cache = new WeakMap<SpecModel, Map<string, MethodValidators>>();

/** Compiles every method's validators once per model (start-up cost, never per request). */
export function compileValidators(model: SpecModel): Map<string, MethodValidators> {
  const hit = cache.get(model);
  if (hit) return hit;
  const reqAjv = newAjv(model, true);
  const resAjv = newAjv(model, false);
  const out = new Map<string, MethodValidators>();
  for (const m of model.methods) {
    const opts = { ref: refOf, annotations: false };
    const files: Record<string, Field> = {};
    const plain: Record<string, Field> = {};
    if (m.body) {
      for (const [k, f] of Object.entries(m.body.fields)) {
        if (f.type === 'file') files[k] = f;
        else plain[k] = f;
      }
    }
    out.set(m.id, {
      method: m,
      pathFields: m.pathParams,
      queryFields: m.query,
      path: compile(reqAjv, objectSchema(m.pathParams, opts)),
      query: compile(reqAjv, objectSchema(m.query, opts)),
      body: m.body ? compile(reqAjv, objectSchema(plain, opts)) : undefined,
      bodyFields: plain,
      files,
      response: m.response.kind === 'json' ? compile(resAjv, fieldToJsonSchema(m.response.data, opts)) : undefined,
    });
  }
  cache.set(model, out);
  return out;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function coerceScalar(model: SpecModel, field: Field, raw: string): unknown {
  const f = resolveField(model, field);
  switch (f.type) {
    case 'integer':
    case 'number':
      return NUMERIC.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}

/**
 * Turns string values (query, path, multipart fields) into the types the spec declares, so the
 * JSON Schema can check them. A key sent more than once for a non-repeated field is reported.
 */
export function coerceStrings(
  model: SpecModel,
  fields: FieldMap,
  raw: Record<string, string | string[] | undefined>,
  violations: FieldViolation[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    const f = fields[k];
    if (!f) {
      out[k] = v;
      continue;
    }
    if (f.repeated) {
      const list = Array.isArray(v) ? v : [v];
      out[k] = list.map((x) => coerceScalar(model, f, x));
    } else if (Array.isArray(v)) {
      violations.push({ field: k, value: v.join(','), description: 'was sent more than once; this parameter takes a single value' });
      out[k] = coerceScalar(model, f, v[0] ?? '');
    } else {
      out[k] = coerceScalar(model, f, v);
    }
  }
  return out;
}

function pathOf(instancePath: string): string {
  if (!instancePath) return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('')
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
}

function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 200)}…` : v;
  const s = JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a field of this request';
    case 'type':
      return `must be of type ${String((e.params as { type: unknown }).type)}`;
    case 'enum':
      return `must be one of ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}`;
    case 'larkJson':
      return 'must be a JSON document encoded as a string';
    case 'pattern':
      return `must match ${String((e.params as { pattern: unknown }).pattern)}`;
    default:
      return e.message ?? 'is not valid';
  }
}

/** Ajv errors as Lark `field_violations`, with dotted field paths. */
export function violationsOf(errors: readonly ErrorObject[] | null | undefined, prefix = ''): FieldViolation[] {
  if (!errors) return [];
  const out: FieldViolation[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    let field = pathOf(e.instancePath);
    if (e.keyword === 'required') {
      const p = (e.params as { missingProperty: string }).missingProperty;
      field = field ? `${field}.${p}` : p;
    } else if (e.keyword === 'additionalProperties') {
      const p = (e.params as { additionalProperty: string }).additionalProperty;
      field = field ? `${field}.${p}` : p;
    }
    if (prefix) field = field ? `${prefix}.${field}` : prefix;
    const description = describe(e);
    const key = `${field}|${description}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = e.keyword === 'required' || e.keyword === 'additionalProperties' ? undefined : show(e.data);
    out.push(value === undefined ? { field, description } : { field, value, description });
  }
  return out;
}

const eventCache = new WeakMap<SpecModel, Map<string, ValidateFunction>>();

/** The payload checker of every event and callback of the model, by event key (compiled once). */
export function compileEventValidators(model: SpecModel): Map<string, ValidateFunction> {
  const hit = eventCache.get(model);
  if (hit) return hit;
  const ajv = newAjv(model, true);
  const out = new Map<string, ValidateFunction>();
  for (const e of model.events) out.set(e.key, compile(ajv, fieldToJsonSchema(e.payload, { ref: refOf, annotations: false })));
  eventCache.set(model, out);
  return out;
}
