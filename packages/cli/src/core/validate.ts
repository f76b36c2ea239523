/**
 * Checks a request against the spec before anything is sent, with the spec package's one value
 * checker, and words what it finds for the command line (`data.uuid must be a string, got an
 * integer`, with a "did you mean" for unknown fields and enum values).
 */
import { checkFields, nearest, pathText, type CheckOptions, type Field, type FieldMap, type Violation } from '@larkgen/spec/fields';

export interface Issue {
  /** e.g. `params.receive_id_type`, `data.i18n_names.zh_cn`, `data.id_list[2]`. */
  readonly field: string;
  readonly message: string;
}

/** Collects the issues of the parts of one request (`params`, `data`). */
export class Validator {
  readonly issues: Issue[] = [];
  private readonly options: CheckOptions;
  constructor(schemas: FieldMap) {
    // A flag left unset arrives as undefined or null; a repeated query key may hold one value.
    this.options = { schemas, absent: 'nullish', scalarAsList: true };
  }

  /** Checks an object of fields: required ones present, no unknown ones, each value valid. */
  object(where: string, value: Record<string, unknown>, fields: FieldMap, extra: boolean | Field = false): void {
    for (const v of checkFields(fields, value, this.options, [], extra)) this.issues.push({ field: pathText(v.path, where), message: message(v) });
  }
}

const clip = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);

function message(v: Violation): string {
  const got = v.value;
  switch (v.kind) {
    case 'required':
      return 'is required but missing';
    case 'unknown': {
      const near = nearest(String(v.path.at(-1)), v.known);
      return `is not a known field${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}; known: ${v.known.join(', ') || 'none'}`;
    }
    case 'type':
      switch (v.expected) {
        case 'integer':
          return `must be an integer, got ${kindOf(got)}${typeof got === 'string' ? ` "${got}"` : ''}`;
        case 'boolean':
          return `must be true or false, got ${kindOf(got)}`;
        case 'file':
          return `must be a file path, got ${kindOf(got)}`;
        default:
          return `must be ${v.expected === 'object' || v.expected === 'array' ? 'an' : 'a'} ${v.expected}, got ${kindOf(got)}`;
      }
    case 'enum': {
      const near = typeof got === 'string' ? nearest(got, v.allowed.map(String)) : [];
      return `must be one of ${v.allowed.map((e) => JSON.stringify(e)).join(', ')}; got ${JSON.stringify(got)}${near.length ? ` (did you mean "${near[0]}"?)` : ''}`;
    }
    case 'minimum':
      return `must be at least ${v.limit}, got ${v.actual}`;
    case 'maximum':
      return `must be at most ${v.limit}, got ${v.actual}`;
    case 'minLength':
      return `must be at least ${v.limit} characters long, got ${v.actual}`;
    case 'maxLength':
      return `must be at most ${v.limit} characters long, got ${v.actual}`;
    case 'pattern':
      return `does not match the pattern ${v.pattern}: ${clip(String(got))}`;
    case 'minItems':
      return `needs at least ${v.limit} item(s), got ${v.actual}`;
    case 'maxItems':
      return `takes at most ${v.limit} item(s), got ${v.actual}`;
    case 'maxBytes':
      return `is over the ${v.limit}-byte limit, got ${v.actual} bytes`;
    case 'empty':
      return 'is an empty file';
    case 'format':
      switch (v.format) {
        case 'int64':
          return `must be a 64-bit integer written as a string of digits, got ${JSON.stringify(got)}`;
        case 'unix-seconds':
        case 'unix-ms':
          return `must be a Unix timestamp in ${v.format === 'unix-ms' ? 'milliseconds' : 'seconds'} (digits only), got ${JSON.stringify(got)}`;
        case 'json':
          return `must be a string holding JSON (e.g. "{\\"text\\":\\"hi\\"}"), got ${clip(String(got))}`;
        case 'email':
          return `must be an email address, got ${JSON.stringify(got)}`;
        case 'uri':
          return `must be a URL, got ${JSON.stringify(got)}`;
        case 'date-time':
          return `must be a date and time such as 2024-05-01T09:30:00Z, got ${JSON.stringify(got)}`;
      }
  }
}

export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}
