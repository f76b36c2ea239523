/**
 * Reads zod schema objects (zod 3's `_def.typeName` or zod 4's `_def.type`) without importing zod,
 * and turns them into fields of our spec language. The lark-mcp tool modules bring their own zod,
 * and which major version they get depends on how the package was installed, so both are read.
 *
 * The `describe()` text of the schemas is third-party prose: it is never copied. Descriptions are
 * generated from the field's name and place instead ("Query parameter page_size.").
 */

import type { RawField } from '@larkgen/spec';

/** A field as written in a spec file: the loader's raw shape (the importer always sets `type`). */
export type SpecField = RawField;

/** Where a field sits: top-level path and query params have stricter rules than body fields. */
export type FieldPlace = 'path' | 'query' | 'body' | 'nested';

/** Counts of conversions that lost information, by reason (reported by the importer). */
export type LossCounter = Map<string, number>;

export type ZodKind =
  | 'string' | 'number' | 'bigint' | 'boolean' | 'date' | 'object' | 'array' | 'enum' | 'literal' | 'union'
  | 'record' | 'any' | 'optional' | 'nullable' | 'default' | 'wrapper' | 'null' | 'other';

type Def = Record<string, unknown>;
interface ZodNode {
  _def: Def;
  description?: string;
  [key: string]: unknown;
}

const V3_KINDS: Readonly<Record<string, ZodKind>> = {
  ZodString: 'string', ZodNumber: 'number', ZodBigInt: 'bigint', ZodBoolean: 'boolean', ZodDate: 'date',
  ZodObject: 'object', ZodArray: 'array', ZodSet: 'array', ZodEnum: 'enum', ZodNativeEnum: 'enum', ZodLiteral: 'literal',
  ZodUnion: 'union', ZodDiscriminatedUnion: 'union', ZodRecord: 'record', ZodMap: 'record', ZodAny: 'any', ZodUnknown: 'any',
  ZodOptional: 'optional', ZodNullable: 'nullable', ZodDefault: 'default', ZodCatch: 'wrapper',
  ZodEffects: 'wrapper', ZodPipeline: 'wrapper', ZodBranded: 'wrapper', ZodReadonly: 'wrapper', ZodLazy: 'wrapper',
  ZodNull: 'null', ZodUndefined: 'null', ZodVoid: 'null',
};

const V4_KINDS: Readonly<Record<string, ZodKind>> = {
  string: 'string', number: 'number', int: 'number', bigint: 'bigint', boolean: 'boolean', date: 'date',
  object: 'object', array: 'array', set: 'array', enum: 'enum', literal: 'literal', union: 'union',
  record: 'record', map: 'record', any: 'any', unknown: 'any', optional: 'optional', nullable: 'nullable',
  default: 'default', prefault: 'default', catch: 'wrapper', pipe: 'wrapper', readonly: 'wrapper', lazy: 'wrapper',
  nonoptional: 'wrapper', success: 'wrapper', null: 'null', undefined: 'null', void: 'null',
};

export function isZodSchema(v: unknown): v is ZodNode {
  return typeof v === 'object' && v !== null && typeof (v as { _def?: unknown })._def === 'object' && (v as { _def: unknown })._def !== null;
}

/** The kind of a zod node in either major version; `other` for what the importer does not read. */
export function zodKind(s: ZodNode): ZodKind {
  const def = s._def;
  if (typeof def.typeName === 'string') return V3_KINDS[def.typeName] ?? 'other';
  if (typeof def.type === 'string') return V4_KINDS[def.type] ?? 'other';
  return 'other';
}

function node(v: unknown): ZodNode | undefined {
  return isZodSchema(v) ? v : undefined;
}

/** The schema a wrapper (optional, nullable, default, effects, pipe, lazy, …) stands for. */
function wrapped(s: ZodNode): ZodNode | undefined {
  const def = s._def;
  if (def.innerType) return node(def.innerType);
  if (def.schema) return node(def.schema); // zod 3 effects
  if (def.in) return node(def.in); // pipe: what the caller sends
  if (typeof def.getter === 'function') return node((def.getter as () => unknown)()); // lazy
  if (def.typeName === 'ZodBranded') return node(def.type);
  return undefined;
}

export interface Unwrapped {
  readonly schema: ZodNode;
  readonly kind: ZodKind;
  readonly optional: boolean;
  readonly nullable: boolean;
  readonly default?: unknown;
  /** The describe() text, outermost first. Kept for callers that want to inspect it; never emitted. */
  readonly upstreamDescription?: string;
}

/** Strips optional/nullable/default/effects wrappers, remembering what they said. */
export function unwrap(s: ZodNode): Unwrapped {
  let optional = false;
  let nullable = false;
  let dflt: unknown;
  let description: string | undefined;
  let cur = s;
  for (let depth = 0; depth < 32; depth++) {
    if (description === undefined && typeof cur.description === 'string') description = cur.description;
    const kind = zodKind(cur);
    if (kind === 'optional') optional = true;
    else if (kind === 'nullable') nullable = true;
    else if (kind === 'default') {
      optional = true;
      const d = cur._def.defaultValue;
      dflt = typeof d === 'function' ? (d as () => unknown)() : d;
    } else if (kind !== 'wrapper') break;
    const inner = wrapped(cur);
    if (!inner) break;
    cur = inner;
  }
  return {
    schema: cur, kind: zodKind(cur), optional, nullable,
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(description !== undefined ? { upstreamDescription: description } : {}),
  };
}

/** The properties of an object schema, in declaration order. */
export function shapeOf(s: ZodNode): Record<string, ZodNode> {
  let shape: unknown = s._def.shape;
  if (typeof shape === 'function') shape = (shape as () => unknown)();
  if (shape === undefined) shape = s.shape;
  const out: Record<string, ZodNode> = {};
  if (shape && typeof shape === 'object') {
    for (const [k, v] of Object.entries(shape)) if (isZodSchema(v)) out[k] = v;
  }
  return out;
}

/** Whether an object schema accepts keys it does not declare (passthrough or a non-never catchall). */
function isOpenObject(s: ZodNode): boolean {
  const def = s._def;
  if (def.unknownKeys === 'passthrough') return true;
  const c = node(def.catchall);
  return c !== undefined && zodKind(c) !== 'other' && !isNever(c);
}

function isNever(s: ZodNode): boolean {
  return s._def.typeName === 'ZodNever' || s._def.type === 'never';
}

function enumValues(s: ZodNode): unknown[] {
  const def = s._def;
  if (Array.isArray(def.values)) return def.values as unknown[]; // zod 3 enum, zod 4 literal
  if (def.entries && typeof def.entries === 'object') return uniq(Object.values(def.entries as object)); // zod 4 enum
  if (def.values && typeof def.values === 'object') {
    // zod 3 native enum: numeric enums map names to numbers and numbers back to names.
    const vals = Object.values(def.values as object);
    const nums = vals.filter((v) => typeof v === 'number');
    return uniq(nums.length > 0 ? nums : vals);
  }
  if ('value' in def) return [def.value]; // zod 3 literal
  return [];
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

interface Bounds {
  int: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  format?: SpecField['format'];
  pattern?: string;
}

/** Number and length bounds, integer-ness and string formats, from the checks of either version. */
function boundsOf(s: ZodNode, kind: ZodKind): Bounds {
  const b: Bounds = { int: s.isInt === true };
  const def = s._def;
  const checks = Array.isArray(def.checks) ? (def.checks as unknown[]) : [];
  const setMin = (v: number, inclusive: boolean) => {
    const m = inclusive ? v : b.int ? v + 1 : undefined;
    if (m !== undefined) b.min = b.min === undefined ? m : Math.max(b.min, m);
  };
  const setMax = (v: number, inclusive: boolean) => {
    const m = inclusive ? v : b.int ? v - 1 : undefined;
    if (m !== undefined) b.max = b.max === undefined ? m : Math.min(b.max, m);
  };
  for (const raw of checks) {
    if (!raw || typeof raw !== 'object') continue;
    const zod4 = (raw as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (zod4) {
      const c = zod4;
      if (c.check === 'number_format' && typeof c.format === 'string' && /int/.test(c.format)) b.int = true;
      else if (c.check === 'greater_than' && typeof c.value === 'number') setMin(c.value, c.inclusive === true);
      else if (c.check === 'less_than' && typeof c.value === 'number') setMax(c.value, c.inclusive === true);
      else if (c.check === 'min_length' && typeof c.minimum === 'number') b.minLength = c.minimum;
      else if (c.check === 'max_length' && typeof c.maximum === 'number') b.maxLength = c.maximum;
      else if (c.check === 'length_equals' && typeof c.length === 'number') b.minLength = b.maxLength = c.length;
      else if (c.check === 'string_format') applyFormat(b, c.format, c.pattern);
      continue;
    }
    const c = raw as { kind?: string; value?: unknown; inclusive?: boolean; regex?: unknown };
    if (c.kind === 'int') b.int = true;
    else if (c.kind === 'min' && typeof c.value === 'number') {
      if (kind === 'string') b.minLength = c.value;
      else setMin(c.value, c.inclusive !== false);
    } else if (c.kind === 'max' && typeof c.value === 'number') {
      if (kind === 'string') b.maxLength = c.value;
      else setMax(c.value, c.inclusive !== false);
    } else if (c.kind === 'length' && typeof c.value === 'number') b.minLength = b.maxLength = c.value;
    else if (c.kind === 'email' || c.kind === 'url' || c.kind === 'datetime') applyFormat(b, c.kind, undefined);
    else if (c.kind === 'regex') applyFormat(b, 'regex', c.regex);
  }
  // zod 4 string subtypes (z.email(), z.url(), …) carry the format on the definition itself.
  if (kind === 'string' && typeof def.format === 'string') applyFormat(b, def.format, def.pattern);
  if (kind === 'array') {
    const len = (v: unknown) => (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'number' ? (v as { value: number }).value : undefined);
    const exact = len(def.exactLength);
    const min = exact ?? len(def.minLength);
    const max = exact ?? len(def.maxLength);
    if (min !== undefined) b.minLength = min;
    if (max !== undefined) b.maxLength = max;
  }
  return b;
}

function applyFormat(b: Bounds, format: unknown, pattern: unknown): void {
  if (format === 'email') b.format = 'email';
  else if (format === 'url' || format === 'uri') b.format = 'uri';
  else if (format === 'datetime') b.format = 'date-time';
  else if (format === 'regex') {
    const src = pattern instanceof RegExp ? pattern.source : typeof pattern === 'string' ? pattern : undefined;
    if (src !== undefined && isValidUnicodeRegex(src)) b.pattern = src;
  }
}

function isValidUnicodeRegex(src: string): boolean {
  try {
    new RegExp(src, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Keeps only bounds a human wrote: zod 4 reports ±MAX_SAFE_INTEGER and ±Infinity for "none". */
function realBound(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v) && Math.abs(v) < Number.MAX_SAFE_INTEGER;
}

const SCALARS = new Set<SpecField['type']>(['string', 'integer', 'number', 'boolean']);

export interface ConvertContext {
  /** Counts information the spec language cannot carry (e.g. a union that became `any`). */
  readonly losses?: LossCounter;
  /** Generates the description of a named field; `undefined` leaves it out. */
  readonly describe?: (name: string, place: FieldPlace) => string | undefined;
}

function lose(ctx: ConvertContext, reason: string): void {
  if (ctx.losses) ctx.losses.set(reason, (ctx.losses.get(reason) ?? 0) + 1);
}

export const defaultDescribe = (name: string, place: FieldPlace): string =>
  place === 'path' ? `Path parameter ${name}.` : place === 'query' ? `Query parameter ${name}.` : place === 'body' ? `Body field ${name}.` : `Field ${name}.`;

/**
 * Converts one zod schema to a spec field. `place` decides the extra rules of path and query
 * params: lists in a query become `repeated` scalars, objects there become JSON strings.
 */
export function zodToField(s: ZodNode, place: FieldPlace, ctx: ConvertContext = {}, name?: string): SpecField {
  const u = unwrap(s);
  const f = convertInner(u, place, ctx);
  if (name !== undefined) {
    const d = (ctx.describe ?? defaultDescribe)(name, place);
    if (d !== undefined) f.description = d;
  }
  if (!u.optional && name !== undefined) f.required = true;
  if (u.default !== undefined && defaultFits(f, u.default)) f.default = u.default;
  // Key order of the emitted YAML: type first, then description and required.
  return orderKeys(f);
}

/** Converts an object schema's shape to a field map (the `fields` of a body, the query, …). */
export function zodToFields(s: ZodNode, place: Exclude<FieldPlace, 'nested'>, ctx: ConvertContext = {}): Record<string, SpecField> {
  const u = unwrap(s);
  if (u.kind !== 'object') {
    lose(ctx, `a ${place} schema that is not an object was ignored`);
    return {};
  }
  const out: Record<string, SpecField> = {};
  for (const [k, v] of Object.entries(shapeOf(u.schema))) out[k] = zodToField(v, place, ctx, k);
  return out;
}

function convertInner(u: Unwrapped, place: FieldPlace, ctx: ConvertContext): SpecField {
  const s = u.schema;
  const b = (kind: ZodKind) => boundsOf(s, kind);
  switch (u.kind) {
    case 'string': {
      const x = b('string');
      const f: SpecField = { type: 'string' };
      if (x.format) f.format = x.format;
      if (x.pattern !== undefined) f.pattern = x.pattern;
      if (x.minLength !== undefined) f.minLength = x.minLength;
      if (x.maxLength !== undefined) f.maxLength = x.maxLength;
      return f;
    }
    case 'number': {
      const x = b('number');
      const f: SpecField = { type: x.int ? 'integer' : 'number' };
      if (realBound(x.min)) f.minimum = x.min;
      if (realBound(x.max)) f.maximum = x.max;
      return f;
    }
    case 'bigint':
      lose(ctx, 'a bigint became an integer');
      return { type: 'integer' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date-time' };
    case 'enum':
    case 'literal':
      return enumField(enumValues(s), ctx);
    case 'union':
      return unionField(s, place, ctx);
    case 'object':
      return scalarOnly(objectField(s, ctx), place, ctx);
    case 'array': {
      const el = node(s._def.element) ?? node(s._def.type) ?? node(s._def.valueType);
      const items: SpecField = el ? zodToField(el, 'nested', ctx) : { type: 'any' };
      if (place === 'query' && SCALARS.has(items.type) && !items.repeated) {
        const { description: _d, required: _r, ...element } = items;
        const x = b('array');
        return { ...element, repeated: true, ...(x.minLength !== undefined ? { minItems: x.minLength } : {}), ...(x.maxLength !== undefined ? { maxItems: x.maxLength } : {}) };
      }
      const x = b('array');
      const f: SpecField = { type: 'array', items };
      if (x.minLength !== undefined) f.minItems = x.minLength;
      if (x.maxLength !== undefined) f.maxItems = x.maxLength;
      return scalarOnly(f, place, ctx);
    }
    case 'record': {
      const v = node(s._def.valueType);
      const f: SpecField = { type: 'object', additionalProperties: v && zodKind(unwrap(v).schema) !== 'any' ? zodToField(v, 'nested', ctx) : true };
      return scalarOnly(f, place, ctx);
    }
    case 'any':
      return { type: 'any' };
    case 'null':
      lose(ctx, 'a null/undefined type became any');
      return { type: 'any' };
    default:
      lose(ctx, `an unsupported zod type (${String(s._def.typeName ?? s._def.type)}) became any`);
      return { type: 'any' };
  }
}

function objectField(s: ZodNode, ctx: ConvertContext): SpecField {
  const shape = shapeOf(s);
  const f: SpecField = { type: 'object' };
  const names = Object.keys(shape);
  // An object without declared properties stays open; declared properties close it unless
  // the schema passes unknown keys through.
  if (names.length > 0) {
    f.properties = {};
    for (const k of names) f.properties[k] = zodToField(shape[k]!, 'nested', ctx, k);
    if (isOpenObject(s)) f.additionalProperties = true;
  }
  return f;
}

/** Path and query params must be scalars: anything else travels as a JSON-encoded string. */
function scalarOnly(f: SpecField, place: FieldPlace, ctx: ConvertContext): SpecField {
  if (place !== 'path' && place !== 'query') return f;
  lose(ctx, `an ${f.type} ${place} parameter became a JSON string`);
  return { type: 'string' };
}

function enumField(values: unknown[], ctx: ConvertContext): SpecField {
  if (values.length > 0 && values.every((v) => typeof v === 'string')) return { type: 'string', enum: values as string[] };
  if (values.length > 0 && values.every((v) => Number.isInteger(v))) return { type: 'integer', enum: values as number[] };
  if (values.length > 0 && values.every((v) => typeof v === 'number')) {
    lose(ctx, 'non-integer enum values were dropped');
    return { type: 'number' };
  }
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return { type: 'boolean' };
  lose(ctx, 'a mixed enum/literal became any');
  return { type: 'any' };
}

function unionField(s: ZodNode, place: FieldPlace, ctx: ConvertContext): SpecField {
  const options = (Array.isArray(s._def.options) ? (s._def.options as unknown[]) : []).map(node).filter((x): x is ZodNode => !!x);
  const parts = options.map((o) => unwrap(o));
  if (parts.length > 0 && parts.every((p) => p.kind === 'enum' || p.kind === 'literal')) {
    return enumField(uniq(parts.flatMap((p) => enumValues(p.schema))), ctx);
  }
  const converted = parts.map((p) => convertInner(p, place, ctx));
  const types = uniq(converted.map((c) => c.type));
  if (types.length === 1 && SCALARS.has(types[0]!)) return { type: types[0]! };
  if (types.length === 2 && types.includes('integer') && types.includes('number')) return { type: 'number' };
  lose(ctx, 'a union of different types became any');
  return { type: 'any' };
}

function defaultFits(f: SpecField, v: unknown): boolean {
  if (f.enum && !f.enum.includes(v as string)) return false;
  switch (f.type) {
    case 'string': return typeof v === 'string';
    case 'integer': return Number.isInteger(v);
    case 'number': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    default: return false;
  }
}

const KEY_ORDER = [
  'type', 'description', 'required', 'enum', 'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'pattern', 'default', 'repeated', 'properties', 'additionalProperties', 'items',
] as const;

function orderKeys(f: SpecField): SpecField {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as SpecField;
}

/**
 * A value that validates against the field: the first enum value, the lower bound, one element
 * for arrays, the required properties for objects. Used to build one example per method.
 */
export function sampleValue(f: SpecField, name = 'value'): unknown {
  if (f.repeated) return [sampleValue({ ...f, repeated: false }, name)];
  if (f.default !== undefined) return f.default;
  if (f.enum && f.enum.length > 0) return f.enum[0];
  switch (f.type) {
    case 'string': return sampleString(f, name);
    case 'integer': {
      const min = f.minimum !== undefined ? Math.ceil(f.minimum) : undefined;
      const max = f.maximum !== undefined ? Math.floor(f.maximum) : undefined;
      return min !== undefined ? min : max !== undefined ? Math.min(1, max) : 1;
    }
    case 'number':
      return f.minimum !== undefined ? f.minimum : f.maximum !== undefined ? Math.min(1, f.maximum) : 1;
    case 'boolean': return true;
    case 'array': {
      const n = Math.max(f.minItems ?? 1, 0);
      const count = f.maxItems !== undefined ? Math.min(n, f.maxItems) : n;
      return Array.from({ length: count }, () => (f.items ? sampleValue(f.items, name) : 'example'));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(f.properties ?? {})) if (p.required) out[k] = sampleValue(p, k);
      return out;
    }
    default:
      return 'example';
  }
}

function sampleString(f: SpecField, name: string): string {
  let s: string;
  if (f.format === 'email') s = 'someone@example.com';
  else if (f.format === 'uri') s = 'https://example.com/';
  else if (f.format === 'date-time') s = '2026-01-01T00:00:00Z';
  else if (name.endsWith('_id') || name === 'id') s = `${name}_1`;
  else s = 'example';
  if (f.pattern !== undefined && !new RegExp(f.pattern, 'u').test(s)) s = '';
  if (f.minLength !== undefined && s.length < f.minLength) s = s.padEnd(f.minLength, 'x');
  if (f.maxLength !== undefined && s.length > f.maxLength) s = s.slice(0, f.maxLength);
  return s;
}
