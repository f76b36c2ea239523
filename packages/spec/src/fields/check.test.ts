import { describe, expect, it } from 'vitest';
import { checkFields, checkValue, fieldsChecker, nearest, pathText, valueChecker, type Field, type Violation } from './index.js';

const kinds = (vs: Violation[]) => vs.map((v) => [pathText(v.path), v.kind]);

describe('checkValue: one rule per constraint', () => {
  const cases: [string, Field, unknown, [string, Violation['kind']][]][] = [
    ['string ok', { type: 'string' }, 'x', []],
    ['string type', { type: 'string' }, 1, [['', 'type']]],
    ['integer type', { type: 'integer' }, 1.5, [['', 'type']]],
    ['number infinite', { type: 'number' }, Infinity, [['', 'type']]],
    ['boolean', { type: 'boolean' }, 'yes', [['', 'type']]],
    ['minimum/maximum', { type: 'integer', minimum: 2, maximum: 3 }, 1, [['', 'minimum']]],
    ['maximum', { type: 'integer', maximum: 3 }, 4, [['', 'maximum']]],
    ['length in code points', { type: 'string', maxLength: 2 }, '😀😀', []],
    ['maxLength', { type: 'string', maxLength: 2 }, 'abc', [['', 'maxLength']]],
    ['minLength', { type: 'string', minLength: 2 }, 'a', [['', 'minLength']]],
    ['pattern', { type: 'string', pattern: '^oc_' }, 'om_1', [['', 'pattern']]],
    ['bad pattern never throws', { type: 'string', pattern: '(' }, 'x', []],
    ['enum stops further checks', { type: 'string', enum: ['a'], maxLength: 1 }, 'bbb', [['', 'enum']]],
    ['int64', { type: 'string', format: 'int64' }, '-12', []],
    ['int64 bad', { type: 'string', format: 'int64' }, '1.2', [['', 'format']]],
    ['unix-ms bad', { type: 'string', format: 'unix-ms' }, '-1', [['', 'format']]],
    ['json bad', { type: 'string', format: 'json' }, '{', [['', 'format']]],
    ['email bad', { type: 'string', format: 'email' }, 'me', [['', 'format']]],
    ['uri bad', { type: 'string', format: 'uri' }, 'not a url', [['', 'format']]],
    ['date-time', { type: 'string', format: 'date-time' }, '2024-05-01T09:30:00Z', []],
    ['date-time bad', { type: 'string', format: 'date-time' }, '2024-05-01', [['', 'format']]],
    ['array items and count', { type: 'array', maxItems: 1, items: { type: 'integer' } }, [1, 'a'], [['', 'maxItems'], ['[1]', 'type']]],
    ['repeated needs a list', { type: 'string', repeated: true }, 'a', [['', 'type']]],
    ['repeated elements', { type: 'string', repeated: true, minItems: 2 }, ['a'], [['', 'minItems']]],
    ['closed object', { type: 'object', properties: { a: { type: 'integer', required: true } } }, { b: 1 }, [['a', 'required'], ['b', 'unknown']]],
    ['open object', { type: 'object', properties: {}, additionalProperties: true }, { b: 1 }, []],
    ['map of values', { type: 'object', additionalProperties: { type: 'string' } }, { b: 1 }, [['b', 'type']]],
    ['any', { type: 'any' }, Symbol.iterator, []],
    ['file as a name', { type: 'file' }, 'logo.png', []],
  ];
  it.each(cases)('%s', (_name, field, value, expected) => {
    expect(kinds(checkValue(field, value))).toEqual(expected);
  });

  it('follows refs to shared schemas, keeping the referring field required', () => {
    const schemas = { Level: { type: 'string', enum: ['all'] } } as const;
    expect(kinds(checkFields({ l: { type: 'string', ref: 'Level', required: true } }, { l: 'x' }, { schemas }))).toEqual([['l', 'enum']]);
    expect(kinds(checkFields({ l: { type: 'string', ref: 'Level', required: true } }, {}, { schemas }))).toEqual([['l', 'required']]);
  });

  it('absent members: missing, undefined or nullish, as each consumer needs', () => {
    const fields = { a: { type: 'string', required: true } } as const;
    expect(kinds(checkFields(fields, { a: null }, { absent: 'missing' }))).toEqual([['a', 'type']]);
    expect(kinds(checkFields(fields, { a: undefined }))).toEqual([['a', 'required']]);
    expect(kinds(checkFields(fields, { a: null }, { absent: 'nullish' }))).toEqual([['a', 'required']]);
  });

  it('a single value for a repeated field, and file content, when asked', () => {
    expect(kinds(checkValue({ type: 'integer', repeated: true, maxItems: 1 }, 'x', { scalarAsList: true }))).toEqual([['[0]', 'type']]);
    const fileSize = (v: unknown) => (v instanceof Uint8Array ? v.length : undefined);
    expect(kinds(checkValue({ type: 'file', maxBytes: 2 }, new Uint8Array(3), { fileSize }))).toEqual([['', 'maxBytes']]);
    expect(kinds(checkValue({ type: 'file' }, new Uint8Array(0), { fileSize }))).toEqual([['', 'empty']]);
    expect(kinds(checkValue({ type: 'file' }, 'a.png', { fileSize }))).toEqual([['', 'type']]);
  });

  it('a schema that contains itself is checked as deep as the value goes', () => {
    const schemas = {
      Node: { type: 'object', properties: { name: { type: 'string', required: true }, children: { type: 'array', items: { type: 'object', ref: 'Node' } } } },
    } as const;
    const tree = { name: 'a', children: [{ name: 'b', children: [{ children: [] }, { name: 1 }] }] };
    expect(checkValue({ type: 'object', ref: 'Node' }, tree, { schemas })).toEqual([
      { kind: 'required', path: ['children', 0, 'children', 0, 'name'], value: undefined },
      { kind: 'type', expected: 'string', path: ['children', 0, 'children', 1, 'name'], value: 1 },
    ]);
  });

  it('compiled once, the same answers as checkValue and checkFields, each call on its own', () => {
    const fields = { id: { type: 'string', required: true, pattern: '^oc_' }, n: { type: 'integer', maximum: 3 } } as const;
    const check = fieldsChecker(fields, { absent: 'missing' });
    const bad = { id: 'om_1', n: 4, x: true };
    expect(check(bad)).toEqual(checkFields(fields, bad, { absent: 'missing' }));
    expect(check(bad, ['body'])).toEqual([
      { kind: 'pattern', pattern: '^oc_', path: ['body', 'id'], value: 'om_1' },
      { kind: 'maximum', limit: 3, actual: 4, path: ['body', 'n'], value: 4 },
      { kind: 'unknown', known: ['id', 'n'], path: ['body', 'x'], value: true },
    ]);
    expect(check({ id: 'oc_1' })).toEqual([]);
    const list = valueChecker({ type: 'string', repeated: true, maxItems: 1, enum: ['a'] });
    expect(list(['a', 'b'])).toEqual([
      { kind: 'maxItems', limit: 1, actual: 2, path: [], value: ['a', 'b'] },
      { kind: 'enum', allowed: ['a'], path: [1], value: 'b' },
    ]);
    expect(list('a')).toEqual([{ kind: 'type', expected: 'array', path: [], value: 'a' }]);
  });

  it('did you mean', () => {
    expect(nearest('recieve_id', ['receive_id', 'msg_type'])).toEqual(['receive_id']);
    expect(nearest('zzzzzz', ['messages'])).toEqual([]);
  });
});
