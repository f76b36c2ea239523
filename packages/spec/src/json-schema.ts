import type { Field, FieldMap } from './model.js';

/** A JSON Schema (2020-12 / OpenAPI 3.1 dialect) as plain data. */
export type JsonSchema = { [key: string]: unknown };

export interface JsonSchemaOptions {
  /** Turns a shared schema name into a `$ref` target. */
  readonly ref: (name: string) => string;
  /** Whether to carry descriptions, examples and `x-` annotations (off for pure validation). */
  readonly annotations?: boolean;
}

const DIGITS = '^[0-9]+$';
const SIGNED_DIGITS = '^-?[0-9]+$';

/** The JSON Schema of one field: the single place where the spec's type language meets JSON Schema. */
export function fieldToJsonSchema(field: Field, opts: JsonSchemaOptions): JsonSchema {
  const annotate = opts.annotations ?? true;
  const s: JsonSchema = {};
  if (field.ref) {
    s.$ref = opts.ref(field.ref);
  } else if (field.repeated) {
    s.type = 'array';
    s.items = scalarSchema(field, opts);
    if (field.minItems !== undefined) s.minItems = field.minItems;
    if (field.maxItems !== undefined) s.maxItems = field.maxItems;
  } else {
    Object.assign(s, scalarSchema(field, opts));
  }
  if (annotate) {
    if (field.description) s.description = field.description;
    if (field.default !== undefined) s.default = field.default;
    if (field.example !== undefined) s.examples = [field.example];
    if (field.deprecated) s.deprecated = true;
    if (field.enumDescriptions) s['x-enum-descriptions'] = field.enumDescriptions;
    if (field.format) s['x-lark-format'] = field.format;
  }
  return s;
}

function scalarSchema(field: Field, opts: JsonSchemaOptions): JsonSchema {
  const s: JsonSchema = {};
  switch (field.type) {
    case 'string':
      s.type = 'string';
      if (field.pattern) s.pattern = field.pattern;
      else if (field.format === 'unix-seconds' || field.format === 'unix-ms') s.pattern = DIGITS;
      else if (field.format === 'int64') s.pattern = SIGNED_DIGITS;
      if (field.format === 'email' || field.format === 'uri' || field.format === 'date-time') s.format = field.format;
      if (field.format === 'json') s.contentMediaType = 'application/json';
      if (field.minLength !== undefined) s.minLength = field.minLength;
      if (field.maxLength !== undefined) s.maxLength = field.maxLength;
      break;
    case 'integer':
    case 'number':
      s.type = field.type;
      if (field.minimum !== undefined) s.minimum = field.minimum;
      if (field.maximum !== undefined) s.maximum = field.maximum;
      break;
    case 'boolean':
      s.type = 'boolean';
      break;
    case 'file':
      s.type = 'string';
      s.format = 'binary';
      break;
    case 'array':
      s.type = 'array';
      if (field.items) s.items = fieldToJsonSchema(field.items, opts);
      if (!field.repeated) {
        if (field.minItems !== undefined) s.minItems = field.minItems;
        if (field.maxItems !== undefined) s.maxItems = field.maxItems;
      }
      break;
    case 'object': {
      s.type = 'object';
      if (field.properties) Object.assign(s, objectSchema(field.properties, opts));
      if (field.additionalProperties !== undefined) {
        s.additionalProperties =
          typeof field.additionalProperties === 'boolean'
            ? field.additionalProperties
            : fieldToJsonSchema(field.additionalProperties, opts);
      }
      break;
    }
    case 'any':
      break;
  }
  if (field.enum) s.enum = [...field.enum];
  return s;
}

/**
 * An object schema for a field map. Declared objects are closed (`additionalProperties: false`):
 * an unknown key is a mistake worth reporting, in a request and in an emulated answer alike.
 */
export function objectSchema(fields: FieldMap, opts: JsonSchemaOptions): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, f] of Object.entries(fields)) {
    properties[name] = fieldToJsonSchema(f, opts);
    if (f.required) required.push(name);
  }
  const s: JsonSchema = { type: 'object', properties, additionalProperties: false };
  if (required.length > 0) s.required = required;
  return s;
}
