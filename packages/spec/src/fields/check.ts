/**
 * The one value checker: does a value fit its spec field? Each field is compiled once into a
 * closure (see below) that returns structured violations; each consumer words them for its audience
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

/** A checker compiled for one field or field map: the violations of `value` (under `path`). */
export type CompiledCheck = (value: unknown, path?: readonly PathSegment[]) => Violation[];

/** Checks a value against one field. */
export function checkValue(field: Field, value: unknown, options: CheckOptions = {}, path: readonly PathSegment[] = []): Violation[] {
  return run(valueRun(field, compiled(options.schemas)), value, options, path);
}

/** Checks an object against a field map (a request's path, query or body): closed unless `extra` says otherwise. */
export function checkFields(fields: FieldMap, value: unknown, options: CheckOptions = {}, path: readonly PathSegment[] = [], extra?: boolean | Field): Violation[] {
  return run(objectRun(fields, extra, compiled(options.schemas)), value, options, path);
}

/**
 * `checkValue` for one field, compiled now rather than looked up on each call: for a caller that
 * checks the same field over and over (the emulator, on every answer).
 */
export function valueChecker(field: Field, options: CheckOptions = {}): CompiledCheck {
  const r = valueRun(field, compiled(options.schemas));
  return (value, path = []) => run(r, value, options, path);
}

/** `checkFields` for one field map, compiled now (see `valueChecker`). */
export function fieldsChecker(fields: FieldMap, options: CheckOptions = {}, extra?: boolean | Field): CompiledCheck {
  const r = objectRun(fields, extra, compiled(options.schemas));
  return (value, path = []) => run(r, value, options, path);
}

/** A field with its `ref` followed: the shared schema, keeping the referring field's presence flags. */
export function resolveRef(field: Field, schemas: Readonly<Record<string, Field>> | undefined): Field {
  if (!field.ref) return field;
  const target = schemas?.[field.ref];
  return target ? { ...target, required: field.required ?? false, repeated: field.repeated ?? false } : field;
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

/*
 * The checker is compiled: each field becomes a closure that holds what it tests (its type test,
 * its limits, its pattern as a RegExp, its members' closures), made once per field object and
 * schema table, so checking a value walks only the value. The emulator checks every request and
 * answer; interpreting the field on each call (following refs, reading optional members of
 * differently shaped objects) cost more than the checks themselves.
 */

/** One check in progress: what it reports to, and where inside the value it is. */
interface Ctx {
  readonly options: CheckOptions;
  readonly absent: 'missing' | 'undefined' | 'nullish';
  readonly out: Violation[];
  /** Member names and list indexes: pushed on the way down, popped on the way up, copied into a violation. */
  readonly at: PathSegment[];
}

type Run = (v: unknown, c: Ctx) => void;

/** The closures made for one schema table (a ref resolves differently in another). */
interface Compiled {
  readonly schemas: Readonly<Record<string, Field>> | undefined;
  readonly values: WeakMap<Field, Run>;
  readonly objects: WeakMap<FieldMap, Map<boolean | Field | undefined, Run>>;
}

const NO_SCHEMAS: Readonly<Record<string, Field>> = {};
const NO_FIELDS: FieldMap = {};
const bySchemas = new WeakMap<object, Compiled>();

function compiled(schemas: Readonly<Record<string, Field>> | undefined): Compiled {
  const key = schemas ?? NO_SCHEMAS;
  let c = bySchemas.get(key);
  if (!c) bySchemas.set(key, (c = { schemas, values: new WeakMap(), objects: new WeakMap() }));
  return c;
}

function run(r: Run, value: unknown, options: CheckOptions, path: readonly PathSegment[]): Violation[] {
  const out: Violation[] = [];
  r(value, { options, absent: options.absent ?? 'undefined', out, at: [...path] });
  return out;
}

type Found = Violation extends infer V ? (V extends Violation ? Omit<V, 'path' | 'value'> : never) : never;

function report(c: Ctx, found: Found, value: unknown): void {
  c.out.push({ ...found, path: [...c.at], value } as Violation);
}

/**
 * The closure of one field, made once. A field reached again while its closure is being made
 * (a schema that contains itself) gets a stand-in that calls the finished closure.
 */
function valueRun(raw: Field, s: Compiled): Run {
  const known = s.values.get(raw);
  if (known) return known;
  let made: Run | undefined;
  s.values.set(raw, (v, c) => made!(v, c));
  made = listOrSingle(resolveRef(raw, s.schemas), s);
  s.values.set(raw, made);
  return made;
}

function listOrSingle(f: Field, s: Compiled): Run {
  if (!f.repeated) return singleRun(f, s, true);
  const element = singleRun(f, s, false);
  const count = countRun(f);
  return (v, c) => {
    if (!Array.isArray(v) && !c.options.scalarAsList) return report(c, { kind: 'type', expected: 'array' }, v);
    const list = Array.isArray(v) ? v : [v];
    count?.(list, c);
    for (let i = 0; i < list.length; i++) {
      c.at.push(i);
      element(list[i], c);
      c.at.pop();
    }
  };
}

function countRun(f: Field): ((list: readonly unknown[], c: Ctx) => void) | undefined {
  const { minItems, maxItems } = f;
  if (minItems === undefined && maxItems === undefined) return undefined;
  return (list, c) => {
    if (minItems !== undefined && list.length < minItems) report(c, { kind: 'minItems', limit: minItems, actual: list.length }, list);
    if (maxItems !== undefined && list.length > maxItems) report(c, { kind: 'maxItems', limit: maxItems, actual: list.length }, list);
  };
}

const TYPE_TESTS: Readonly<Record<FieldType, (v: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  array: Array.isArray,
  object: isPlainObject,
  file: () => true,
  any: () => true,
};
const ANYTHING: Run = () => {};

/** A field's checks for one value (a list's element when `counted` is false: its item counts belong to the list). */
function singleRun(f: Field, s: Compiled, counted: boolean): Run {
  const type = f.type;
  if (type === 'any') return ANYTHING;
  if (type === 'file') return (v, c) => checkFile(f, v, c);
  const isType = TYPE_TESTS[type] ?? TYPE_TESTS.any;
  const wrong: Found = { kind: 'type', expected: type, ...(f.format ? { format: f.format } : {}) };
  const allowed = f.enum;
  const rest =
    type === 'string' ? stringRun(f)
    : type === 'integer' || type === 'number' ? numberRun(f)
    : type === 'array' ? arrayRun(f, s, counted)
    : type === 'object' ? membersRun(f, s)
    : undefined;
  return (v, c) => {
    if (!isType(v)) return report(c, wrong, v);
    if (allowed && !allowed.includes(v as string | number)) return report(c, { kind: 'enum', allowed }, v);
    rest?.(v, c);
  };
}

function stringRun(f: Field): Run | undefined {
  const { minLength, maxLength, pattern, format } = f;
  const measured = minLength !== undefined || maxLength !== undefined;
  const re = pattern === undefined ? undefined : regex(pattern);
  if (!measured && !re && !format) return undefined;
  return (raw, c) => {
    const v = raw as string;
    if (measured) {
      const length = codePoints(v);
      if (minLength !== undefined && length < minLength) report(c, { kind: 'minLength', limit: minLength, actual: length }, v);
      if (maxLength !== undefined && length > maxLength) report(c, { kind: 'maxLength', limit: maxLength, actual: length }, v);
    }
    if (re && !re.test(v)) report(c, { kind: 'pattern', pattern: pattern! }, v);
    if (format && !fitsFormat(format, v)) report(c, { kind: 'format', format }, v);
  };
}

function numberRun(f: Field): Run | undefined {
  const { minimum, maximum } = f;
  if (minimum === undefined && maximum === undefined) return undefined;
  return (raw, c) => {
    const v = raw as number;
    if (minimum !== undefined && v < minimum) report(c, { kind: 'minimum', limit: minimum, actual: v }, v);
    if (maximum !== undefined && v > maximum) report(c, { kind: 'maximum', limit: maximum, actual: v }, v);
  };
}

function arrayRun(f: Field, s: Compiled, counted: boolean): Run | undefined {
  const count = counted ? countRun(f) : undefined;
  const item = f.items ? valueRun(f.items, s) : undefined;
  if (!count && !item) return undefined;
  return (raw, c) => {
    const list = raw as unknown[];
    count?.(list, c);
    if (!item) return;
    for (let i = 0; i < list.length; i++) {
      c.at.push(i);
      item(list[i], c);
      c.at.pop();
    }
  };
}

function membersRun(f: Field, s: Compiled): Run | undefined {
  if (f.properties) return objectRun(f.properties, f.additionalProperties, s);
  if (typeof f.additionalProperties === 'object') return objectRun(NO_FIELDS, f.additionalProperties, s);
  return undefined;
}

/** Is a member absent (not checked; reported when required)? Depends on the caller's `absent`. */
function isAbsent(c: Ctx, v: unknown, key: string, obj: Record<string, unknown>): boolean {
  // A value other than undefined or null is there whatever the mode (the common case, decided first).
  if (v !== undefined && v !== null) return false;
  if (!(key in obj)) return true;
  if (c.absent === 'missing') return false;
  return v === undefined || (c.absent === 'nullish' && v === null);
}

/** An object against a field map: each declared member, then the members it does not declare (unless `extra` is true). */
function objectRun(fields: FieldMap, extra: boolean | Field | undefined, s: Compiled): Run {
  let byExtra = s.objects.get(fields);
  if (!byExtra) s.objects.set(fields, (byExtra = new Map()));
  const known = byExtra.get(extra);
  if (known) return known;
  const keys: string[] = [];
  for (const k in fields) keys.push(k);
  const required = keys.map((k) => Boolean(fields[k]!.required));
  const names = new Set(keys);
  let made: Run | undefined;
  // Stand-in while the members are made: an object type may contain itself.
  byExtra.set(extra, (v, c) => made!(v, c));
  const members = keys.map((k) => valueRun(fields[k]!, s));
  // A member that only has a type (most of them) is tested inline: no call, no path kept.
  const plain = keys.map((k) => plainTest(resolveRef(fields[k]!, s.schemas)));
  const open = extra === true;
  const other = extra && typeof extra === 'object' ? valueRun(extra, s) : undefined;
  made = (value, c) => {
    if (!isPlainObject(value)) return report(c, { kind: 'type', expected: 'object' }, value);
    const at = c.at;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = value[k];
      const test = plain[i];
      if (test !== undefined && test(v)) continue;
      at.push(k);
      if (isAbsent(c, v, k, value)) {
        if (required[i]) report(c, { kind: 'required' }, undefined);
      } else members[i]!(v, c);
      at.pop();
    }
    if (open) return;
    for (const k in value) {
      if (names.has(k) || !Object.hasOwn(value, k)) continue;
      const v = value[k];
      if (isAbsent(c, v, k, value)) continue;
      at.push(k);
      if (other) other(v, c);
      else report(c, { kind: 'unknown', known: [...keys] }, v);
      at.pop();
    }
  };
  byExtra.set(extra, made);
  return made;
}

/**
 * For a field with nothing to check but its type (no list, enum, limit, pattern or format): its
 * type test, which passing means the value has no violation. Undefined for any other field.
 */
function plainTest(f: Field): ((v: unknown) => boolean) | undefined {
  if (f.repeated || f.enum || f.format || f.pattern !== undefined) return undefined;
  if (f.minLength !== undefined || f.maxLength !== undefined || f.minimum !== undefined || f.maximum !== undefined) return undefined;
  return f.type === 'string' || f.type === 'integer' || f.type === 'number' || f.type === 'boolean' ? TYPE_TESTS[f.type] : undefined;
}

function checkFile(f: Field, v: unknown, c: Ctx): void {
  const fileSize = c.options.fileSize;
  if (!fileSize) {
    if (typeof v !== 'string') report(c, { kind: 'type', expected: 'file' }, v);
    return;
  }
  const size = fileSize(v);
  if (size === undefined) report(c, { kind: 'type', expected: 'file' }, v);
  else if (size === 0) report(c, { kind: 'empty' }, v);
  else if (f.maxBytes !== undefined && size > f.maxBytes) report(c, { kind: 'maxBytes', limit: f.maxBytes, actual: size }, v);
}

/** `a.b[2].c`: the usual way to show a path (`prefix` first, e.g. `data`). */
export function pathText(path: readonly PathSegment[], prefix = ''): string {
  let s = prefix;
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}
