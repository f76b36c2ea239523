import type { Field, FieldMap } from './model.js';

/** Why a value does not fit its definition, at a dotted path inside the value. */
export interface Violation {
  readonly path: string;
  readonly message: string;
}

export type SchemaLookup = Readonly<Record<string, Field>>;

const DIGITS = /^[0-9]+$/;
const SIGNED_DIGITS = /^-?[0-9]+$/;
const patternCache = new Map<string, RegExp>();

/**
 * Checks a value against a spec field by interpreting the field directly — no compilation step,
 * so checking hundreds of examples costs microseconds. Same rules as `fieldToJsonSchema`.
 */
export function checkValue(field: Field, value: unknown, schemas: SchemaLookup, path = ''): Violation[] {
  const out: Violation[] = [];
  check(field, value, schemas, path, out);
  return out;
}

/** Checks an object against a field map; unknown keys are violations (declared objects are closed). */
export function checkFields(fields: FieldMap, value: unknown, schemas: SchemaLookup, path = ''): Violation[] {
  const out: Violation[] = [];
  checkObject(fields, false, value, schemas, path, out);
  return out;
}

/** `missing required field "a.b"`-style sentences, one per violation. */
export function violationMessages(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map((v) => v.message))];
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function check(field: Field, value: unknown, schemas: SchemaLookup, path: string, out: Violation[]): void {
  if (field.ref) {
    const target = schemas[field.ref];
    if (target) check(target, value, schemas, path, out);
    return;
  }
  if (field.repeated) {
    if (!Array.isArray(value)) return void out.push({ path, message: `${path || 'value'} must be array` });
    if (field.minItems !== undefined && value.length < field.minItems) out.push({ path, message: `${path || 'value'} must NOT have fewer than ${field.minItems} items` });
    if (field.maxItems !== undefined && value.length > field.maxItems) out.push({ path, message: `${path || 'value'} must NOT have more than ${field.maxItems} items` });
    value.forEach((v, i) => checkScalar(field, v, schemas, `${path}.${i}`, out));
    return;
  }
  checkScalar(field, value, schemas, path, out);
}

function checkScalar(field: Field, value: unknown, schemas: SchemaLookup, path: string, out: Violation[]): void {
  const name = path || 'value';
  const typeError = (t: string) => out.push({ path, message: `${name} must be ${t}` });
  switch (field.type) {
    case 'string':
    case 'file': {
      if (typeof value !== 'string') return void typeError('string');
      const pattern = field.pattern ?? (field.format === 'unix-seconds' || field.format === 'unix-ms' ? DIGITS.source : field.format === 'int64' ? SIGNED_DIGITS.source : undefined);
      if (field.type === 'string' && pattern !== undefined && !regex(pattern).test(value)) out.push({ path, message: `${name} must match pattern "${pattern}"` });
      const length = [...value].length;
      if (field.minLength !== undefined && length < field.minLength) out.push({ path, message: `${name} must NOT have fewer than ${field.minLength} characters` });
      if (field.maxLength !== undefined && length > field.maxLength) out.push({ path, message: `${name} must NOT have more than ${field.maxLength} characters` });
      break;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (field.type === 'integer' && !Number.isInteger(value))) return void typeError(field.type);
      if (field.minimum !== undefined && value < field.minimum) out.push({ path, message: `${name} must be >= ${field.minimum}` });
      if (field.maximum !== undefined && value > field.maximum) out.push({ path, message: `${name} must be <= ${field.maximum}` });
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean') return void typeError('boolean');
      break;
    case 'array': {
      if (!Array.isArray(value)) return void typeError('array');
      if (field.minItems !== undefined && value.length < field.minItems) out.push({ path, message: `${name} must NOT have fewer than ${field.minItems} items` });
      if (field.maxItems !== undefined && value.length > field.maxItems) out.push({ path, message: `${name} must NOT have more than ${field.maxItems} items` });
      if (field.items) value.forEach((v, i) => check(field.items!, v, schemas, join(path, String(i)), out));
      break;
    }
    case 'object':
      if (field.properties) checkObject(field.properties, field.additionalProperties, value, schemas, path, out);
      else if (!isPlainObject(value)) return void typeError('object');
      else if (field.additionalProperties !== undefined && typeof field.additionalProperties !== 'boolean') {
        for (const [k, v] of Object.entries(value)) check(field.additionalProperties, v, schemas, join(path, k), out);
      }
      break;
    case 'any':
      break;
  }
  if (field.enum && !field.enum.includes(value as string | number)) {
    out.push({ path, message: `${name} must be one of ${field.enum.map((v) => JSON.stringify(v)).join(', ')}` });
  }
}

function checkObject(fields: FieldMap, extra: Field['additionalProperties'], value: unknown, schemas: SchemaLookup, path: string, out: Violation[]): void {
  if (!isPlainObject(value)) return void out.push({ path, message: `${path || 'value'} must be object` });
  for (const [k, f] of Object.entries(fields)) {
    if (f.required && !(k in value)) out.push({ path: join(path, k), message: `missing required field "${join(path, k)}"` });
  }
  for (const [k, v] of Object.entries(value)) {
    const f = fields[k];
    if (f) check(f, v, schemas, join(path, k), out);
    else if (extra === true) continue;
    else if (extra && typeof extra === 'object') check(extra, v, schemas, join(path, k), out);
    else out.push({ path: join(path, k), message: `unknown field "${join(path, k)}"` });
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function regex(p: string): RegExp {
  let r = patternCache.get(p);
  if (!r) {
    r = new RegExp(p, 'u');
    patternCache.set(p, r);
  }
  return r;
}
