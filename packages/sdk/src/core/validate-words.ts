/**
 * Words what the request check found for SDK users (`data.receive_id is required`, with the
 * closest known name for a misspelt field). Loaded by the client only when a request fails its
 * check, so a bundle of correct calls leaves it out.
 */
import { nearest, type Violation } from '@larkgen/spec/fields';
import type { ValidationIssue } from './errors.js';
import type { Identity, MethodDescriptor } from './types.js';
import type { RequestProblem } from './validate.js';

const NAMES: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', array: 'an array', object: 'an object' };

/** The issues a LarkValidationError lists, one per problem, in the order found. */
export function wordProblems(d: MethodDescriptor, as: Identity, problems: readonly RequestProblem[]): ValidationIssue[] {
  return problems.map(([at, v]) => {
    if (v) return { field: fieldOf(at, v), message: message(v) };
    return at === 'as'
      ? { field: 'as', message: `must be ${Object.keys(d.identities).join(' or ')}: ${d.id} cannot be called as ${as}` }
      : { field: 'data', message: 'must be absent: this method takes no body' };
  });
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
