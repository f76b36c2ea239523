import { describe, expect, it } from 'vitest';
import { z as z4 } from 'zod';
import { z as z3 } from 'zod3';
import { sampleValue, zodToField, zodToFields, type FieldPlace, type SpecField } from './zod-fields.js';

/** The cases use only the part of the API that zod 3 and zod 4 share; they are typed with zod 4's. */
type Z = typeof z4;
// Each case builds its schema with whichever zod it is given: the walker must read both versions.
type Case = [title: string, build: (z: Z) => unknown, place: FieldPlace, expected: SpecField | ((f: SpecField) => void)];

const b = (name: string): string => `Body field ${name}.`;

const cases: Case[] = [
  ['string', (z) => z.string(), 'body', { type: 'string', description: b('f'), required: true }],
  ['optional string', (z) => z.string().optional(), 'body', { type: 'string', description: b('f') }],
  ['nullable string stays required', (z) => z.string().nullable(), 'body', { type: 'string', description: b('f'), required: true }],
  ['number', (z) => z.number(), 'body', { type: 'number', description: b('f'), required: true }],
  ['integer with bounds', (z) => z.number().int().min(1).max(50), 'query', { type: 'integer', description: 'Query parameter f.', required: true, minimum: 1, maximum: 50 }],
  ['boolean', (z) => z.boolean().optional(), 'body', { type: 'boolean', description: b('f') }],
  ['enum', (z) => z.enum(['open_id', 'union_id']), 'query', { type: 'string', description: 'Query parameter f.', required: true, enum: ['open_id', 'union_id'] }],
  ['string literal', (z) => z.literal('docx'), 'body', { type: 'string', description: b('f'), required: true, enum: ['docx'] }],
  ['number literal', (z) => z.literal(3), 'body', { type: 'integer', description: b('f'), required: true, enum: [3] }],
  ['boolean literal', (z) => z.literal(true), 'body', { type: 'boolean', description: b('f'), required: true }],
  ['string with default', (z) => z.string().default('user_id'), 'query', { type: 'string', description: 'Query parameter f.', default: 'user_id' }],
  ['email', (z) => z.string().email(), 'body', { type: 'string', description: b('f'), required: true, format: 'email' }],
  ['string lengths', (z) => z.string().min(2).max(10), 'body', { type: 'string', description: b('f'), required: true, minLength: 2, maxLength: 10 }],
  ['array in a body', (z) => z.array(z.string()).optional(), 'body', { type: 'array', description: b('f'), items: { type: 'string' } }],
  ['array in a query is repeated', (z) => z.array(z.string()).optional(), 'query', { type: 'string', description: 'Query parameter f.', repeated: true }],
  ['array of enums in a query', (z) => z.array(z.enum(['a', 'b'])), 'query', { type: 'string', description: 'Query parameter f.', required: true, enum: ['a', 'b'], repeated: true }],
  ['array bounds', (z) => z.array(z.number()).min(1).max(3), 'body', { type: 'array', description: b('f'), required: true, minItems: 1, maxItems: 3, items: { type: 'number' } }],
  ['object', (z) => z.object({ a: z.string(), b: z.number().optional() }), 'body', {
    type: 'object', description: b('f'), required: true,
    properties: { a: { type: 'string', description: 'Field a.', required: true }, b: { type: 'number', description: 'Field b.' } },
  }],
  ['empty object stays open', (z) => z.object({}).optional(), 'body', { type: 'object', description: b('f') }],
  ['passthrough object', (z) => z.object({ a: z.string() }).passthrough(), 'body', {
    type: 'object', description: b('f'), required: true, properties: { a: { type: 'string', description: 'Field a.', required: true } }, additionalProperties: true,
  }],
  ['catchall any object', (z) => z.object({ a: z.string() }).catchall(z.any()), 'body', {
    type: 'object', description: b('f'), required: true, properties: { a: { type: 'string', description: 'Field a.', required: true } }, additionalProperties: true,
  }],
  ['record', (z) => z.record(z.string(), z.number()), 'body', { type: 'object', description: b('f'), required: true, additionalProperties: { type: 'number' } }],
  ['array of objects', (z) => z.array(z.object({ id: z.string() })), 'body', {
    type: 'array', description: b('f'), required: true, items: { type: 'object', properties: { id: { type: 'string', description: 'Field id.', required: true } } },
  }],
  ['union of literals', (z) => z.union([z.literal('a'), z.literal('b')]), 'body', { type: 'string', description: b('f'), required: true, enum: ['a', 'b'] }],
  ['union of types', (z) => z.union([z.string(), z.number()]), 'body', { type: 'any', description: b('f'), required: true }],
  ['any', (z) => z.any(), 'body', { type: 'any', description: b('f'), required: true }],
  ['object in a query becomes a string', (z) => z.object({ a: z.string() }), 'query', { type: 'string', description: 'Query parameter f.', required: true }],
  ['path param', (z) => z.string(), 'path', { type: 'string', description: 'Path parameter f.', required: true }],
  ['describe() text is never copied', (z) => z.string().describe('Third-party prose.').optional(), 'body', (f) => {
    expect(f.description).toBe(b('f'));
    expect(JSON.stringify(f)).not.toContain('Third-party');
  }],
];

describe.each([
  ['zod 4', z4 as Z],
  ['zod 3', z3 as unknown as Z],
])('zodToField with %s', (_, z) => {
  it.each(cases)('%s', (_title, build, place, expected) => {
    const f = zodToField(build(z) as never, place, {}, 'f');
    if (typeof expected === 'function') expected(f);
    else expect(f).toEqual(expected);
  });

  it('converts an object schema to a field map and counts what it approximates', () => {
    const losses = new Map<string, number>();
    const fields = zodToFields(z.object({ chat_id: z.string(), filter: z.object({ a: z.string() }).optional() }) as never, 'query', { losses });
    expect(fields).toEqual({
      chat_id: { type: 'string', description: 'Query parameter chat_id.', required: true },
      filter: { type: 'string', description: 'Query parameter filter.' },
    });
    expect([...losses.entries()]).toEqual([['an object query parameter became a JSON string', 1]]);
  });

  it('lets the caller choose the descriptions', () => {
    const f = zodToField(z.object({ a: z.string() }) as never, 'body', { describe: () => undefined }, 'f');
    expect(f).toEqual({ type: 'object', required: true, properties: { a: { type: 'string', required: true } } });
  });
});

describe('sampleValue', () => {
  it.each<[string, SpecField, unknown]>([
    ['an id string', { type: 'string' }, 'chat_id_1'],
    ['an enum', { type: 'string', enum: ['b', 'a'] }, 'b'],
    ['a default', { type: 'integer', default: 20 }, 20],
    ['an integer above its minimum', { type: 'integer', minimum: 5 }, 5],
    ['a boolean', { type: 'boolean' }, true],
    ['a repeated param', { type: 'integer', repeated: true }, [1]],
    ['a short string', { type: 'string', maxLength: 3 }, 'cha'],
    ['an array of two at least', { type: 'array', minItems: 2, items: { type: 'number' } }, [1, 1]],
    ['an object: required properties only', {
      type: 'object',
      properties: { a: { type: 'string', required: true }, b: { type: 'string' }, c: { type: 'object', required: true, properties: { d: { type: 'boolean', required: true } } } },
    }, { a: 'example', c: { d: true } }],
  ])('%s', (_, f, expected) => {
    expect(sampleValue(f, 'chat_id')).toEqual(expected === 'example' ? 'example' : expected);
  });
});
