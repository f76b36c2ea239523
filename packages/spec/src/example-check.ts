/**
 * Spec lint's wording of the shared checker's violations, for examples checked against their
 * method's definitions: `sort must be one of "asc", "desc"`, `missing required field "a.b"`.
 */
import { checkFields, checkValue, type CheckOptions, type Violation } from './fields/index.js';
import type { Field, FieldMap } from './model.js';

/** Examples are YAML data: a key written with no value is present (and null), not absent. */
const options = (schemas: Readonly<Record<string, Field>>): CheckOptions => ({ schemas, absent: 'missing' });

export function exampleFieldsProblems(fields: FieldMap, value: unknown, schemas: Readonly<Record<string, Field>>): string[] {
  return messages(checkFields(fields, value, options(schemas)));
}

export function exampleValueProblems(field: Field, value: unknown, schemas: Readonly<Record<string, Field>>): string[] {
  return messages(checkValue(field, value, options(schemas)));
}

function messages(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map(message))];
}

function message(v: Violation): string {
  const path = v.path.join('.');
  const name = path || 'value';
  switch (v.kind) {
    case 'required':
      return `missing required field "${path}"`;
    case 'unknown':
      return `unknown field "${path}"`;
    case 'type':
      return `${name} must be ${v.expected === 'file' ? 'string' : v.expected}`;
    case 'enum':
      return `${name} must be one of ${v.allowed.map((x) => JSON.stringify(x)).join(', ')}`;
    case 'pattern':
      return `${name} must match pattern "${v.pattern}"`;
    case 'format':
      return `${name} must match format "${v.format}"`;
    case 'minLength':
      return `${name} must NOT have fewer than ${v.limit} characters`;
    case 'maxLength':
      return `${name} must NOT have more than ${v.limit} characters`;
    case 'minimum':
      return `${name} must be >= ${v.limit}`;
    case 'maximum':
      return `${name} must be <= ${v.limit}`;
    case 'minItems':
      return `${name} must NOT have fewer than ${v.limit} items`;
    case 'maxItems':
      return `${name} must NOT have more than ${v.limit} items`;
    case 'maxBytes':
      return `${name} must NOT have more than ${v.limit} bytes`;
    case 'empty':
      return `${name} must NOT be empty`;
  }
}
