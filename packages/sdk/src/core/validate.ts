import { LarkValidationError, type ValidationIssue } from './errors.js';
import type { FieldMapSpec, FieldSpec, Identity, LarkRequest, MethodDescriptor } from './types.js';

type Add = (field: string, message: string) => void;

const patterns = new Map<string, RegExp>();
const NAMES: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', array: 'an array', object: 'an object' };

/** Checks a request against its descriptor; throws a LarkValidationError listing every problem. */
export function validateRequest(d: MethodDescriptor, req: LarkRequest, as: Identity): void {
  const issues: ValidationIssue[] = [];
  const add: Add = (field, message) => issues.push({ field, message });
  if (!d.identities[as]) add('as', `must be ${Object.keys(d.identities).join(' or ')}: ${d.id} cannot be called as ${as}`);
  fields(d.pathParams, req.path ?? {}, 'path', add, undefined, true);
  fields(d.query, req.params ?? {}, 'params', add);
  if (d.body) {
    if (req.data !== undefined || d.body.required) fields(d.body.fields, req.data ?? {}, 'data', add);
  } else if (req.data !== undefined && Object.keys(req.data).length > 0) add('data', 'must be absent: this method takes no body');
  if (issues.length > 0) throw new LarkValidationError(d.id, issues);
}

/** The members of an object: unknown keys (unless `extra` allows them), missing required ones, each value. */
function fields(props: FieldMapSpec, v: unknown, at: string, add: Add, extra?: boolean | FieldSpec, allRequired = false): void {
  if (!isObject(v)) return add(at, `must be an object, not ${kind(v)}`);
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    const p = props[k] ?? (typeof extra === 'object' ? extra : undefined);
    if (p) check(p, x, `${at}.${k}`, add);
    else if (extra !== true) add(`${at}.${k}`, `is not a known field${suggest(k, Object.keys(props))}`);
  }
  for (const [k, p] of Object.entries(props)) if ((p.required || allRequired) && v[k] === undefined) add(`${at}.${k}`, 'is required');
}

function check(s: FieldSpec, v: unknown, at: string, add: Add): void {
  if (s.repeated) {
    const list = Array.isArray(v) ? v : [v];
    count(s, list.length, at, add);
    list.forEach((x, i) => check({ ...s, repeated: false, minItems: undefined, maxItems: undefined }, x, `${at}[${i}]`, add));
    return;
  }
  const t = s.type;
  if (t === 'file') {
    // Multipart bodies are validated once their files were read (see encodeMultipart).
    const size = (v as { blob?: unknown }).blob instanceof Blob ? (v as { blob: Blob }).blob.size : -1;
    if (size < 0) add(at, 'must be file content: a Blob, Buffer, Uint8Array, ArrayBuffer or stream');
    else if (size === 0) add(at, 'must not be empty');
    else if (s.maxBytes !== undefined && size > s.maxBytes) add(at, `must be at most ${s.maxBytes} bytes (got ${size})`);
    return;
  }
  const ok =
    t === 'string' ? typeof v === 'string'
    : t === 'integer' ? Number.isInteger(v)
    : t === 'number' ? Number.isFinite(v)
    : t === 'boolean' ? typeof v === 'boolean'
    : t === 'array' ? Array.isArray(v)
    : t === 'object' ? isObject(v)
    : true;
  if (!ok) return add(at, s.format === 'json' ? 'must be a string holding JSON (use JSON.stringify)' : `must be ${NAMES[t]}, not ${kind(v)}`);
  if (typeof v === 'string') {
    const n = v.length;
    if (s.minLength !== undefined && n < s.minLength) add(at, `must be at least ${s.minLength} characters long`);
    if (s.maxLength !== undefined && n > s.maxLength) add(at, `must be at most ${s.maxLength} characters long`);
    const f = s.format;
    let re = s.pattern ?? (f === 'int64' ? '^-?\\d+$' : f === 'unix-seconds' || f === 'unix-ms' ? '^\\d+$' : undefined);
    if (re !== undefined) {
      let r = patterns.get(re);
      if (!r) patterns.set(re, (r = new RegExp(re, 'u')));
      if (!r.test(v)) add(at, s.pattern ? `must match ${re}` : 'must be a string of digits');
    }
    if (f === 'json') {
      try {
        JSON.parse(v);
      } catch {
        add(at, 'must hold a valid JSON document');
      }
    }
  } else if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) add(at, `must be >= ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum) add(at, `must be <= ${s.maximum}`);
  } else if (Array.isArray(v)) {
    count(s, v.length, at, add);
    if (s.items) v.forEach((x, i) => check(s.items!, x, `${at}[${i}]`, add));
  } else if (t === 'object' && (s.properties || typeof s.additionalProperties === 'object')) {
    fields(s.properties ?? {}, v, at, add, s.additionalProperties);
  }
  if (s.enum && !s.enum.includes(v as string | number)) add(at, `must be one of ${s.enum.join(', ')}${suggest(String(v), s.enum.map(String))}`);
}

function count(s: FieldSpec, n: number, at: string, add: Add): void {
  if (s.minItems !== undefined && n < s.minItems) add(at, `must have at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
  if (s.maxItems !== undefined && n > s.maxItems) add(at, `must have at most ${s.maxItems} items`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** ` (did you mean "x"?)` for the closest candidate within a small edit distance. */
function suggest(word: string, candidates: readonly string[]): string {
  let best = '';
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    // Levenshtein distance, one row at a time.
    let prev = Array.from({ length: c.length + 1 }, (_, j) => j);
    for (let i = 1; i <= word.length; i++) {
      const cur = [i];
      for (let j = 1; j <= c.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (word[i - 1]!.toLowerCase() === c[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
    if (prev[c.length]! < bestD) [best, bestD] = [c, prev[c.length]!];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}
