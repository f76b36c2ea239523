import type { ErrorObject, ValidateFunction } from 'ajv';
import { closest, type SpecProblem } from './problems.js';
import { describePath, type SpecFileKind } from './describe.js';
import { locate, type PathSegment, type SourceFile } from './yaml-source.js';

/**
 * Turns ajv's errors for one file into positioned problems: one per spot, the most specific
 * message kept, with a fix hint (the allowed keys or values, a "did you mean").
 */
export function structuralProblems(
  src: SourceFile,
  kind: SpecFileKind,
  service: string,
  resource: string,
  validate: ValidateFunction,
): SpecProblem[] {
  if (validate(src.data)) return [];
  const errors = (validate.errors ?? []).filter((e) => !isCompositeNoise(e));
  const bySpot = new Map<string, ErrorObject>();
  for (const e of errors) {
    const spot = spotOf(e);
    const prev = bySpot.get(spot);
    if (!prev || rank(e) > rank(prev)) bySpot.set(spot, e);
  }
  // A field that names both or neither of type/ref fails oneOf without a more specific error.
  for (const e of validate.errors ?? []) {
    if (e.keyword !== 'oneOf') continue;
    const data = e.data as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object' || Array.isArray(data)) continue;
    if ('type' in data && 'ref' in data) bySpot.set(e.instancePath + '#oneOf', e);
    else if (!('type' in data) && !('ref' in data) && looksLikeField(e)) bySpot.set(e.instancePath + '#oneOf', e);
  }
  const problems: SpecProblem[] = [];
  for (const e of bySpot.values()) {
    const path = pointerToPath(e.instancePath);
    const where = describePath(kind, service, resource, path);
    const { message, hint, keyPath } = explain(e, path);
    const pos = locate(src, keyPath ?? path, { key: keyPath !== undefined });
    problems.push({
      file: src.file,
      line: pos.line,
      column: pos.column,
      subject: where.subject,
      message: where.element ? `${where.element}: ${message}` : message,
      ...(hint ? { hint } : {}),
    });
  }
  return problems;
}

function looksLikeField(e: ErrorObject): boolean {
  return /field/.test(e.schemaPath) || /\$defs\/field/.test(JSON.stringify(e.parentSchema ?? ''));
}

/** ajv reports a failed oneOf/anyOf branch by branch; the branches' own errors say more. */
function isCompositeNoise(e: ErrorObject): boolean {
  if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'not' || e.keyword === 'if') return true;
  // Errors raised inside the second branch of the response oneOf (binary) are noise for JSON responses.
  if (/\/response\/oneOf\/1\//.test(e.schemaPath)) return true;
  // For a field, the branch that wants `ref` is noise when `type` is there, and the other way round.
  if (e.keyword === 'required' && /\/oneOf\/[01]\/required$/.test(e.schemaPath)) return true;
  return false;
}

function spotOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${String(e.params.additionalProperty)}`;
  if (e.keyword === 'required') return `${e.instancePath}#${String(e.params.missingProperty)}`;
  const propertyName = e.propertyName ?? (e.params.propertyName as string | undefined);
  if (propertyName !== undefined) return `${e.instancePath}/${propertyName}#name`;
  return e.instancePath;
}

function rank(e: ErrorObject): number {
  switch (e.keyword) {
    case 'type':
      return 3;
    case 'enum':
    case 'const':
      return 2;
    default:
      return 1;
  }
}

export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function explain(e: ErrorObject, path: PathSegment[]): { message: string; hint?: string; keyPath?: PathSegment[] } {
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys((parent.properties as object | undefined) ?? {});
      const guess = closest(key, allowed);
      return {
        message: `unknown key "${key}"`,
        hint: guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`,
        keyPath: [...path, key],
      };
    }
    case 'required':
      return { message: `missing required key "${String(e.params.missingProperty)}"`, hint: `add "${String(e.params.missingProperty)}"` };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const guess = typeof e.data === 'string' ? closest(e.data, (e.params.allowedValues as unknown[]).map(String)) : undefined;
      return {
        message: `${JSON.stringify(e.data)} is not allowed`,
        hint: guess ? `did you mean "${guess}"?` : `use one of ${allowed.join(', ')}`,
      };
    }
    case 'const':
      return { message: `must be ${JSON.stringify(e.params.allowedValue)}`, hint: `set it to ${JSON.stringify(e.params.allowedValue)}` };
    case 'type':
      return { message: `must be ${String(e.params.type)}, got ${typeName(e.data)}`, hint: `write a ${String(e.params.type)} here` };
    case 'pattern':
      if (e.propertyName !== undefined) {
        return { message: `name "${e.propertyName}" is not valid`, hint: `names must match ${String(e.params.pattern)}`, keyPath: [...path, e.propertyName] };
      }
      return { message: `${JSON.stringify(e.data)} does not match ${String(e.params.pattern)}`, hint: describePattern(String(e.params.pattern)) };
    case 'propertyNames':
      return { message: `name "${String(e.params.propertyName)}" is not valid`, hint: 'see the allowed name pattern in the schema', keyPath: [...path, String(e.params.propertyName)] };
    case 'minItems':
      return { message: `needs at least ${String(e.params.limit)} item(s)`, hint: `add entries` };
    case 'maxItems':
      return { message: `has more than ${String(e.params.limit)} items`, hint: `remove entries` };
    case 'minLength':
      return { message: 'must not be empty', hint: 'write the text' };
    case 'maxLength':
      return { message: `is longer than ${String(e.params.limit)} characters`, hint: 'shorten it' };
    case 'minProperties':
      return { message: `needs at least ${String(e.params.limit)} entr${e.params.limit === 1 ? 'y' : 'ies'}`, hint: 'add an entry' };
    case 'maxProperties':
      return { message: `allows at most ${String(e.params.limit)} keys`, hint: 'split it into separate entries' };
    case 'uniqueItems':
      return { message: 'has duplicate items', hint: 'remove the repeated item' };
    case 'oneOf': {
      const data = e.data as Record<string, unknown>;
      if (data && 'type' in data && 'ref' in data) return { message: 'has both "type" and "ref"', hint: 'keep one: "ref" names a shared schema, "type" declares the value inline' };
      return { message: 'needs a "type" or a "ref"', hint: 'add type: string|integer|number|boolean|object|array|file|any, or ref: <SharedSchema>' };
    }
    default:
      return { message: e.message ?? `fails ${e.keyword}` };
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describePattern(p: string): string {
  if (p.startsWith('^/open-apis/')) return 'paths start with /open-apis/ and use lowercase, digits, _, / and {param}';
  if (p.startsWith('^v[0-9]')) return 'write a version such as v1';
  if (p.startsWith('^lark-cli ')) return 'examples start with "lark-cli "';
  return `the value must match ${p}`;
}
