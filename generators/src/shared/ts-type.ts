/**
 * A field as an inline TypeScript type (no named interfaces): for outputs that only need the
 * shape, such as the emulator's handler types. Shared schemas are referenced through `refType`.
 */
import type { Field, FieldMap } from '@larkgen/spec';

export interface InlineTypeOptions {
  /** The type expression of a shared schema, e.g. `Schemas['Chat']`. */
  readonly refType: (name: string) => string;
  /** The type of a `file` field. */
  readonly fileType: string;
}

export function inlineType(f: Field, o: InlineTypeOptions, self = false): string {
  let ty: string;
  if (f.ref && !self) ty = o.refType(f.ref);
  else {
    switch (f.type) {
      case 'string':
      case 'integer':
      case 'number':
        ty = f.enum?.length ? f.enum.map((v) => JSON.stringify(v)).join(' | ') : f.type === 'string' ? 'string' : 'number';
        break;
      case 'boolean':
        ty = 'boolean';
        break;
      case 'file':
        ty = o.fileType;
        break;
      case 'any':
        ty = 'unknown';
        break;
      case 'array':
        ty = `Array<${f.items ? inlineType(f.items, o) : 'unknown'}>`;
        break;
      case 'object': {
        const extra = f.additionalProperties;
        if (f.properties && Object.keys(f.properties).length > 0) ty = inlineObject(f.properties, o, extra ? 'unknown' : undefined);
        else if (extra) ty = `Record<string, ${typeof extra === 'object' ? inlineType(extra, o) : 'unknown'}>`;
        else ty = f.properties ? 'Record<string, never>' : 'Record<string, unknown>';
        break;
      }
    }
  }
  return f.repeated ? `Array<${ty}>` : ty;
}

/** `{ a: string; b?: number }`; `rest` adds an index signature for open objects. */
export function inlineObject(fields: FieldMap, o: InlineTypeOptions, rest?: string): string {
  const members = Object.entries(fields).map(([k, f]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}${f.required ? '' : '?'}: ${inlineType(f, o)}`);
  if (rest) members.push(`[key: string]: ${rest}`);
  return members.length ? `{ ${members.join('; ')} }` : 'Record<string, never>';
}
