/**
 * Checks a request against its descriptor with the spec package's one value checker, and words
 * what it finds for SDK users (`data.receive_id is required`).
 */
import { checkFields, nearest, type CheckOptions, type Violation } from '@larkgen/spec/fields';
import { LarkValidationError, type ValidationIssue } from './errors.js';
import type { FieldMapSpec, Identity, LarkRequest, MethodDescriptor } from './types.js';

/** Absent means undefined; a repeated query key may be given one value; files are checked once read (see encodeMultipart). */
const OPTIONS: CheckOptions = {
  scalarAsList: true,
  fileSize: (v) => ((v as { blob?: unknown } | null)?.blob instanceof Blob ? (v as { blob: Blob }).blob.size : undefined),
};
const NAMES: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', array: 'an array', object: 'an object' };
const allRequired = (m: FieldMapSpec): FieldMapSpec => Object.fromEntries(Object.entries(m).map(([k, f]) => [k, { ...f, required: true }]));

/** Checks a request against its descriptor; throws a LarkValidationError listing every problem. */
export function validateRequest(d: MethodDescriptor, req: LarkRequest, as: Identity): void {
  const issues: ValidationIssue[] = [];
  if (!d.identities[as]) issues.push({ field: 'as', message: `must be ${Object.keys(d.identities).join(' or ')}: ${d.id} cannot be called as ${as}` });
  const part = (at: string, fields: FieldMapSpec, value: unknown) => {
    for (const v of checkFields(fields, value, OPTIONS)) issues.push({ field: fieldOf(at, v), message: message(v) });
  };
  part('path', allRequired(d.pathParams), req.path ?? {});
  part('params', d.query, req.params ?? {});
  if (d.body) {
    if (req.data !== undefined || d.body.required) part('data', d.body.fields, req.data ?? {});
  } else if (req.data !== undefined && Object.keys(req.data).length > 0) issues.push({ field: 'data', message: 'must be absent: this method takes no body' });
  if (issues.length > 0) throw new LarkValidationError(d.id, issues);
}

function fieldOf(at: string, v: Violation): string {
  let s = at;
  for (const seg of v.path) s += typeof seg === 'number' ? `[${seg}]` : `.${seg}`;
  return s;
}

function message(v: Violation): string {
  switch (v.kind) {
    case 'required':
      return 'is required';
    case 'unknown':
      return `is not a known field${suggest(String(v.path.at(-1)), v.known)}`;
    case 'type':
      if (v.expected === 'file') return 'must be file content: a Blob, Buffer, Uint8Array, ArrayBuffer or stream';
      return v.format === 'json' ? 'must be a string holding JSON (use JSON.stringify)' : `must be ${NAMES[v.expected] ?? v.expected}, not ${kind(v.value)}`;
    case 'enum':
      return `must be one of ${v.allowed.join(', ')}${suggest(String(v.value), v.allowed.map(String))}`;
    case 'pattern':
      return `must match ${v.pattern}`;
    case 'format':
      return v.format === 'json' ? 'must hold a valid JSON document' : v.format === 'int64' || v.format.startsWith('unix') ? 'must be a string of digits' : `must be a valid ${v.format}`;
    case 'minLength':
      return `must be at least ${v.limit} characters long`;
    case 'maxLength':
      return `must be at most ${v.limit} characters long`;
    case 'minimum':
      return `must be >= ${v.limit}`;
    case 'maximum':
      return `must be <= ${v.limit}`;
    case 'minItems':
      return `must have at least ${v.limit} item${v.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${v.limit} items`;
    case 'maxBytes':
      return `must be at most ${v.limit} bytes (got ${v.actual})`;
    case 'empty':
      return 'must not be empty';
  }
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** ` (did you mean "x"?)` for the closest candidate. */
function suggest(word: string, candidates: readonly string[]): string {
  const best = nearest(word, candidates)[0];
  return best ? ` (did you mean "${best}"?)` : '';
}
