import { describe, expect, it } from 'vitest';
import { InsertionOrderedMap } from './ordered-map.js';

const filled = (...keys: string[]) => {
  const m = new InsertionOrderedMap<string, string>();
  for (const k of keys) m.set(k, k.toUpperCase());
  return m;
};

describe('InsertionOrderedMap.valuesAfter', () => {
  it.each([
    ['nothing added', filled('a', 'b'), 2, []],
    ['a larger size than the map', filled('a'), 5, []],
    ['the entries after the first n', filled('a', 'b', 'c', 'd'), 2, ['C', 'D']],
    ['every entry from 0', filled('a', 'b'), 0, ['A', 'B']],
  ] as const)('%s', (_, map, size, values) => {
    expect(map.valuesAfter(size)).toEqual(values);
  });

  it('keeps the first insertion position when a key is set again', () => {
    const m = filled('a', 'b', 'c');
    m.set('a', 'again');
    expect(m.valuesAfter(0)).toEqual(['again', 'B', 'C']);
    expect([...m.values()]).toEqual(['again', 'B', 'C']);
  });

  it('follows deletes and clear as a Map does', () => {
    const m = filled('a', 'b', 'c');
    m.delete('b');
    m.set('d', 'D');
    expect(m.valuesAfter(1)).toEqual([...m.values()].slice(1));
    expect(m.valuesAfter(1)).toEqual(['C', 'D']);
    m.clear();
    m.set('e', 'E');
    expect(m.valuesAfter(0)).toEqual(['E']);
  });
});
