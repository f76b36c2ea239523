/**
 * Checks a request against the spec before anything is sent: required fields, unknown fields
 * (with a "did you mean"), types, enums, ranges, lengths, patterns and formats.
 */
import type { FieldMapMeta, FieldMeta } from '../meta.js';
import { closest } from './suggest.js';

export interface Issue {
  /** e.g. `params.receive_id_type`, `data.i18n_names.zh_cn`, `data.id_list[2]`. */
  readonly field: string;
  readonly message: string;
}

export class Validator {
  readonly issues: Issue[] = [];
  constructor(private readonly schemas: FieldMapMeta) {}

  private resolve(f: FieldMeta): FieldMeta {
    if (!f.ref) return f;
    const target = this.schemas[f.ref];
    if (!target) return f;
    return { ...target, ...f, type: target.type, ...(target.enum && !f.enum ? { enum: target.enum } : {}) } as FieldMeta;
  }

  private add(field: string, message: string) {
    this.issues.push({ field, message });
  }

  /** Checks an object of fields: required ones present, no unknown ones, each value valid. */
  object(where: string, value: Record<string, unknown>, fields: FieldMapMeta, extra: boolean | FieldMeta | undefined = false): void {
    for (const [name, f] of Object.entries(fields)) {
      const v = value[name];
      if (v === undefined || v === null) {
        if (f.required) this.add(join(where, name), 'is required but missing');
        continue;
      }
      this.value(join(where, name), v, f);
    }
    for (const key of Object.keys(value)) {
      if (key in fields) continue;
      if (extra === true) continue;
      if (extra && typeof extra === 'object') {
        this.value(join(where, key), value[key], extra);
        continue;
      }
      const near = closest(key, Object.keys(fields));
      this.add(join(where, key), `is not a known field${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}; known: ${Object.keys(fields).join(', ') || 'none'}`);
    }
  }

  value(where: string, v: unknown, raw: FieldMeta): void {
    const f = this.resolve(raw);
    if (f.repeated) {
      const list = Array.isArray(v) ? v : [v];
      this.counts(where, list, f);
      list.forEach((x, i) => this.scalar(`${where}[${i}]`, x, f));
      return;
    }
    switch (f.type) {
      case 'any':
        return;
      case 'file':
        return;
      case 'object': {
        if (!v || typeof v !== 'object' || Array.isArray(v)) {
          this.add(where, `must be an object, got ${kindOf(v)}`);
          return;
        }
        if (f.properties) this.object(where, v as Record<string, unknown>, f.properties, f.additionalProperties ?? false);
        else if (f.additionalProperties && typeof f.additionalProperties === 'object') {
          for (const [k, x] of Object.entries(v)) this.value(join(where, k), x, f.additionalProperties);
        }
        return;
      }
      case 'array': {
        if (!Array.isArray(v)) {
          this.add(where, `must be an array, got ${kindOf(v)}`);
          return;
        }
        this.counts(where, v, f);
        if (f.items) v.forEach((x, i) => this.value(`${where}[${i}]`, x, f.items!));
        return;
      }
      default:
        this.scalar(where, v, f);
    }
  }

  private counts(where: string, list: readonly unknown[], f: FieldMeta) {
    if (f.minItems !== undefined && list.length < f.minItems) this.add(where, `needs at least ${f.minItems} item(s), got ${list.length}`);
    if (f.maxItems !== undefined && list.length > f.maxItems) this.add(where, `takes at most ${f.maxItems} item(s), got ${list.length}`);
  }

  private scalar(where: string, v: unknown, f: FieldMeta): void {
    switch (f.type) {
      case 'string':
        if (typeof v !== 'string') {
          this.add(where, `must be a string, got ${kindOf(v)}`);
          return;
        }
        break;
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v)) {
          this.add(where, `must be an integer, got ${kindOf(v)}${typeof v === 'string' ? ` "${v}"` : ''}`);
          return;
        }
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          this.add(where, `must be a number, got ${kindOf(v)}`);
          return;
        }
        break;
      case 'boolean':
        if (typeof v !== 'boolean') {
          this.add(where, `must be true or false, got ${kindOf(v)}`);
          return;
        }
        break;
      default:
        break;
    }
    if (f.enum && !f.enum.includes(v as string | number)) {
      const near = typeof v === 'string' ? closest(v, f.enum.map(String)) : [];
      this.add(where, `must be one of ${f.enum.map((e) => JSON.stringify(e)).join(', ')}; got ${JSON.stringify(v)}${near.length ? ` (did you mean "${near[0]}"?)` : ''}`);
      return;
    }
    if (typeof v === 'number') {
      if (f.minimum !== undefined && v < f.minimum) this.add(where, `must be at least ${f.minimum}, got ${v}`);
      if (f.maximum !== undefined && v > f.maximum) this.add(where, `must be at most ${f.maximum}, got ${v}`);
    }
    if (typeof v === 'string') {
      const len = [...v].length;
      if (f.minLength !== undefined && len < f.minLength) this.add(where, `must be at least ${f.minLength} characters long, got ${len}`);
      if (f.maxLength !== undefined && len > f.maxLength) this.add(where, `must be at most ${f.maxLength} characters long, got ${len}`);
      if (f.pattern) {
        let re: RegExp | undefined;
        try {
          re = new RegExp(f.pattern, 'u');
        } catch {
          re = undefined;
        }
        if (re && !re.test(v)) this.add(where, `does not match the pattern ${f.pattern}: ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`);
      }
      this.format(where, v, f.format);
    }
  }

  private format(where: string, v: string, format: string | undefined) {
    switch (format) {
      case 'int64':
        if (!/^-?\d+$/.test(v)) this.add(where, `must be a 64-bit integer written as a string of digits, got ${JSON.stringify(v)}`);
        break;
      case 'unix-seconds':
      case 'unix-ms':
        if (!/^\d+$/.test(v)) this.add(where, `must be a Unix timestamp in ${format === 'unix-ms' ? 'milliseconds' : 'seconds'} (digits only), got ${JSON.stringify(v)}`);
        break;
      case 'json':
        try {
          JSON.parse(v);
        } catch {
          this.add(where, `must be a string holding JSON (e.g. "{\\"text\\":\\"hi\\"}"), got ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`);
        }
        break;
      case 'email':
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) this.add(where, `must be an email address, got ${JSON.stringify(v)}`);
        break;
      case 'uri':
        try {
          new URL(v);
        } catch {
          this.add(where, `must be a URL, got ${JSON.stringify(v)}`);
        }
        break;
      default:
        break;
    }
  }
}

function join(where: string, name: string): string {
  return where ? `${where}.${name}` : name;
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
