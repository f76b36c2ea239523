import { describe, expect, it } from 'vitest';
import { checkValue } from './check.js';
import { JSON_LIMITS, JsonShapeScanner, jsonShapeProblem } from './json-shape.js';

const limits = { maxDepth: 3, maxKeys: 4 };
const scan = (...chunks: string[]) => {
  const s = new JsonShapeScanner(limits);
  for (const c of chunks) s.feed(new TextEncoder().encode(c));
};

describe('the JSON shape scanner', () => {
  it.each([
    ['[[[1]]]', undefined],
    ['[[[[1]]]]', 'nested deeper than 3 levels'],
    ['{"a":1,"b":2,"c":3,"d":4}', undefined],
    ['{"a":1,"b":2,"c":3,"d":4,"e":5}', 'more than 4 object keys'],
    // Brackets, braces and colons inside strings (escaped quotes too) do not count.
    ['{"k":"[[[[{{{{:::::\\"[[[["}', undefined],
    ['["\\\\",[[[1]]]]', 'nested deeper than 3 levels'],
  ])('%s -> %s', (body, error) => {
    if (error) expect(() => scan(body)).toThrow(error);
    else expect(() => scan(body)).not.toThrow();
  });

  it('keeps its state across chunk boundaries', () => {
    expect(() => scan('{"a":"x\\', '"[[[[', '"}')).not.toThrow();
    expect(() => scan('[[', '[[')).toThrow('nested deeper');
  });
});

describe('text and bytes read the same', () => {
  it.each(['{"报告":"[[[[","k":[[1]]}', '["😀",[[[1]]]]'])('%s', (doc) => {
    const limits = { maxDepth: 3, maxKeys: 1 };
    const fromBytes = (() => {
      try {
        new JsonShapeScanner(limits).feed(new TextEncoder().encode(doc));
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(jsonShapeProblem(doc, limits)).toBe(fromBytes);
  });
});

describe('format json: a document inside a string is bounded before it is parsed', () => {
  const deep = (n: number) => '['.repeat(n) + '1' + ']'.repeat(n);
  const wide = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 0])));
  it.each([
    ['64 levels', deep(JSON_LIMITS.maxDepth), []],
    ['65 levels', deep(JSON_LIMITS.maxDepth + 1), ['format']],
    ['3 million levels, never parsed', '['.repeat(3_000_000), ['format']],
    ['20,000 keys', wide(JSON_LIMITS.maxKeys), []],
    ['20,001 keys', wide(JSON_LIMITS.maxKeys + 1), ['format']],
  ])('%s', (_name, doc, kinds) => {
    expect(checkValue({ type: 'string', format: 'json' }, doc).map((v) => v.kind)).toEqual(kinds);
  });
});
