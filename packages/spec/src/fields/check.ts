/**
 * The one value checker: does a value fit its spec field? It interprets the field directly (no
 * compilation step) and returns structured violations; each consumer words them for its audience
 * (spec lint, SDK errors, CLI messages, the emulator's `field_violations`), but the rules live
 * only here.
 */
import type { Field, FieldFormat, FieldMap, FieldType } from './field.js';
import { jsonShapeProblem } from './json-shape.js';

export type PathSegment = string | number;

interface At {
  /** Where inside the checked value: member names and list indexes. */
  readonly path: readonly PathSegment[];
  /** The offending value (undefined for a missing member). */
  readonly value: unknown;
}

export type Violation = At &
  (
    | { readonly kind: 'required' }
    | { readonly kind: 'unknown'; readonly known: readonly string[] }
    | { readonly kind: 'type'; readonly expected: FieldType; readonly format?: FieldFormat }
    | { readonly kind: 'enum'; readonly allowed: readonly (string | number)[] }
    | { readonly kind: 'pattern'; readonly pattern: string }
    | { readonly kind: 'format'; readonly format: FieldFormat }
    | { readonly kind: 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems' | 'maxBytes'; readonly limit: number; readonly actual: number }
    | { readonly kind: 'empty' }
  );

export interface CheckOptions {
  /** Shared schemas by name, for `ref` fields. */
  readonly schemas?: Readonly<Record<string, Field>>;
  /**
   * Which members count as absent (not checked; reported when required): `missing` keys only,
   * also those holding `undefined` (the default), or also those holding `null`.
   */
  readonly absent?: 'missing' | 'undefined' | 'nullish';
  /** A repeated field given a single value stands for a list of one. */
  readonly scalarAsList?: boolean;
  /**
   * The byte size of a value given for a `file` field, or undefined when it is not file content.
   * Without it a file field takes a string (a file name, as examples and flags give one).
   */
  readonly fileSize?: (value: unknown) => number | undefined;
}

/** Checks a value against one field. */
export function checkValue(field: Field, value: unknown, options: CheckOptions = {}, path: readonly PathSegment[] = []): Violation[] {
  const out: Violation[] = [];
  new Checker(options, out, path).value(field, value);
  return out;
}

/** Checks an object against a field map (a request's path, query or body): closed unless `extra` says otherwise. */
export function checkFields(fields: FieldMap, value: unknown, options: CheckOptions = {}, path: readonly PathSegment[] = [], extra?: boolean | Field): Violation[] {
  const out: Violation[] = [];
  new Checker(options, out, path).object(fields, extra, value);
  return out;
}

/** A field with its `ref` followed: the shared schema, keeping the referring field's presence flags. */
export function resolveRef(field: Field, schemas: Readonly<Record<string, Field>> | undefined): Field {
  if (!field.ref) return field;
  const target = schemas?.[field.ref];
  return target ? { ...target, required: field.required ?? false, repeated: field.repeated ?? false } : field;
}

// The checker runs on every request and answer (the emulator checks both), so what it derives from
// a field (its ref followed, the element of a list) is kept per field object and schema table.
const NO_SCHEMAS: Readonly<Record<string, Field>> = {};
const resolvedRefs = new WeakMap<object, WeakMap<Field, Field>>();
const listElements = new WeakMap<Field, Field>();

function resolveRefCached(field: Field, schemas: Readonly<Record<string, Field>> | undefined): Field {
  if (!field.ref) return field;
  let byField = resolvedRefs.get(schemas ?? NO_SCHEMAS);
  if (!byField) resolvedRefs.set(schemas ?? NO_SCHEMAS, (byField = new WeakMap()));
  let r = byField.get(field);
  if (!r) byField.set(field, (r = resolveRef(field, schemas)));
  return r;
}

function listElement(f: Field): Field {
  let e = listElements.get(f);
  if (!e) listElements.set(f, (e = uniform({ ...f, repeated: false, minItems: undefined, maxItems: undefined })));
  return e;
}

const uniforms = new WeakMap<Field, Field>();

/**
 * The field with every member the checker reads, in one order. Fields as written each have their
 * own set of members, so reading them directly is slow in V8 (a different object shape at every
 * site); the checker reads this copy, made once per field.
 */
function uniform(f: Field): Field {
  let u = uniforms.get(f);
  if (!u) {
    u = {
      type: f.type, ref: f.ref, required: f.required, repeated: f.repeated, enum: f.enum, format: f.format,
      minimum: f.minimum, maximum: f.maximum, minLength: f.minLength, maxLength: f.maxLength, minItems: f.minItems, maxItems: f.maxItems,
      maxBytes: f.maxBytes, pattern: f.pattern, properties: f.properties, items: f.items, additionalProperties: f.additionalProperties,
    };
    uniforms.set(f, u);
    uniforms.set(u, u);
  }
  return u;
}

const DIGITS = /^\d+$/;
const SIGNED_DIGITS = /^-?\d+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const patterns = new Map<string, RegExp | null>();

/** Does a string fit a format? (Formats on strings only; `type` is checked before.) */
export function fitsFormat(format: FieldFormat, v: string): boolean {
  switch (format) {
    case 'int64':
      return SIGNED_DIGITS.test(v);
    case 'unix-seconds':
    case 'unix-ms':
      return DIGITS.test(v);
    case 'json':
      // The shape is bounded first: parsing a few megabytes nested millions deep takes seconds.
      if (jsonShapeProblem(v) !== undefined) return false;
      try {
        JSON.parse(v);
        return true;
      } catch {
        return false;
      }
    case 'email':
      return EMAIL.test(v);
    case 'uri':
      return URL.canParse(v);
    case 'date-time':
      return DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
  }
}

function regex(p: string): RegExp | null {
  let r = patterns.get(p);
  if (r === undefined) {
    try {
      r = new RegExp(p, 'u');
    } catch {
      r = null; // the loader reports a bad pattern; a checker never throws on one
    }
    patterns.set(p, r);
  }
  return r;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Code points in a string (what minLength and maxLength count). */
function codePoints(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

class Checker {
  /** Where the checker is inside the value: pushed on the way down, popped on the way up, copied into a violation. */
  private readonly at: PathSegment[];

  constructor(
    private readonly o: CheckOptions,
    private readonly out: Violation[],
    base: readonly PathSegment[],
  ) {
    this.at = [...base];
  }

  private path(): PathSegment[] {
    return [...this.at];
  }

  private isAbsent(v: unknown, key: string, obj: Record<string, unknown>): boolean {
    // A value other than undefined or null is there whatever the mode (the common case, decided first).
    if (v !== undefined && v !== null) return false;
    const mode = this.o.absent ?? 'undefined';
    if (!(key in obj)) return true;
    if (mode === 'missing') return false;
    return v === undefined || (mode === 'nullish' && v === null);
  }

  object(fields: FieldMap, extra: boolean | Field | undefined, value: unknown): void {
    if (!isPlainObject(value)) return void this.out.push({ kind: 'type', expected: 'object', path: this.path(), value });
    for (const k in fields) {
      const f = fields[k]!;
      const v = value[k];
      this.at.push(k);
      if (this.isAbsent(v, k, value)) {
        if (f.required) this.out.push({ kind: 'required', path: this.path(), value: undefined });
      } else this.value(f, v);
      this.at.pop();
    }
    if (extra === true) return;
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      const v = value[k];
      if (Object.hasOwn(fields, k) || this.isAbsent(v, k, value)) continue;
      this.at.push(k);
      if (extra && typeof extra === 'object') this.value(extra, v);
      else this.out.push({ kind: 'unknown', known: Object.keys(fields), path: this.path(), value: v });
      this.at.pop();
    }
  }

  value(raw: Field, v: unknown): void {
    const f = uniform(resolveRefCached(raw, this.o.schemas));
    if (!f.repeated) return this.single(f, v);
    if (!Array.isArray(v) && !this.o.scalarAsList) return void this.out.push({ kind: 'type', expected: 'array', path: this.path(), value: v });
    const list = Array.isArray(v) ? v : [v];
    this.count(f, list);
    const element = listElement(f);
    for (let i = 0; i < list.length; i++) {
      this.at.push(i);
      this.single(element, list[i]);
      this.at.pop();
    }
  }

  private count(f: Field, list: readonly unknown[]): void {
    if (f.minItems !== undefined && list.length < f.minItems) this.out.push({ kind: 'minItems', limit: f.minItems, actual: list.length, path: this.path(), value: list });
    if (f.maxItems !== undefined && list.length > f.maxItems) this.out.push({ kind: 'maxItems', limit: f.maxItems, actual: list.length, path: this.path(), value: list });
  }

  private wrongType(f: Field, v: unknown): void {
    this.out.push({ kind: 'type', expected: f.type, ...(f.format ? { format: f.format } : {}), path: this.path(), value: v });
  }

  private single(f: Field, v: unknown): void {
    const out = this.out;
    switch (f.type) {
      case 'file':
        return this.file(f, v);
      case 'string':
        if (typeof v !== 'string') return this.wrongType(f, v);
        break;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) return this.wrongType(f, v);
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) return this.wrongType(f, v);
        break;
      case 'boolean':
        if (typeof v !== 'boolean') return this.wrongType(f, v);
        break;
      case 'array':
        if (!Array.isArray(v)) return this.wrongType(f, v);
        break;
      case 'object':
        if (!isPlainObject(v)) return this.wrongType(f, v);
        break;
      case 'any':
        return;
    }
    if (f.enum && !f.enum.includes(v as string | number)) return void out.push({ kind: 'enum', allowed: f.enum, path: this.path(), value: v });
    if (typeof v === 'string') {
      if (f.minLength !== undefined || f.maxLength !== undefined) {
        const length = codePoints(v);
        if (f.minLength !== undefined && length < f.minLength) out.push({ kind: 'minLength', limit: f.minLength, actual: length, path: this.path(), value: v });
        if (f.maxLength !== undefined && length > f.maxLength) out.push({ kind: 'maxLength', limit: f.maxLength, actual: length, path: this.path(), value: v });
      }
      if (f.pattern !== undefined && regex(f.pattern)?.test(v) === false) out.push({ kind: 'pattern', pattern: f.pattern, path: this.path(), value: v });
      if (f.format && !fitsFormat(f.format, v)) out.push({ kind: 'format', format: f.format, path: this.path(), value: v });
    } else if (typeof v === 'number') {
      if (f.minimum !== undefined && v < f.minimum) out.push({ kind: 'minimum', limit: f.minimum, actual: v, path: this.path(), value: v });
      if (f.maximum !== undefined && v > f.maximum) out.push({ kind: 'maximum', limit: f.maximum, actual: v, path: this.path(), value: v });
    } else if (Array.isArray(v)) {
      this.count(f, v);
      if (f.items) {
        for (let i = 0; i < v.length; i++) {
          this.at.push(i);
          this.value(f.items, v[i]);
          this.at.pop();
        }
      }
    } else if (f.type === 'object' && isPlainObject(v)) {
      if (f.properties) this.object(f.properties, f.additionalProperties, v);
      else if (typeof f.additionalProperties === 'object') this.object({}, f.additionalProperties, v);
    }
  }

  private file(f: Field, v: unknown): void {
    if (!this.o.fileSize) {
      if (typeof v !== 'string') this.out.push({ kind: 'type', expected: 'file', path: this.path(), value: v });
      return;
    }
    const size = this.o.fileSize(v);
    if (size === undefined) this.out.push({ kind: 'type', expected: 'file', path: this.path(), value: v });
    else if (size === 0) this.out.push({ kind: 'empty', path: this.path(), value: v });
    else if (f.maxBytes !== undefined && size > f.maxBytes) this.out.push({ kind: 'maxBytes', limit: f.maxBytes, actual: size, path: this.path(), value: v });
  }
}

/** `a.b[2].c`: the usual way to show a path (`prefix` first, e.g. `data`). */
export function pathText(path: readonly PathSegment[], prefix = ''): string {
  let s = prefix;
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}
