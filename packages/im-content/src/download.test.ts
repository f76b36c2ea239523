import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, PROBE_BYTES, parseContentRange, probeRange, remainingRanges, sizeMismatch } from './download.js';

describe('ranged download arithmetic', () => {
  it('probes the first 128 KiB and continues in 8 MiB', () => {
    expect(probeRange()).toBe('bytes=0-131071');
    expect([PROBE_BYTES, CHUNK_BYTES]).toEqual([131072, 8388608]);
  });

  it.each([
    ['bytes 0-131071/20000000', { start: 0, end: 131071, total: 20000000 }],
    ['BYTES 0-99/100', { start: 0, end: 99, total: 100 }],
    ['bytes 0-99/*', { start: 0, end: 99 }],
    ['bytes 5-4/100', undefined],
    ['bytes 0-100/100', undefined],
    ['bytes */100', undefined],
    ['items 0-1/2', undefined],
    ['', undefined],
    [null, undefined],
  ])('parseContentRange(%j)', (header, expected) => {
    expect(parseContentRange(header)).toEqual(expected);
  });

  it.each([
    [131072, 131072, []],
    [131072, 200000, ['bytes=131072-199999']],
    [131072, 131072 + CHUNK_BYTES + 1, ['bytes=131072-8519679', 'bytes=8519680-8519680']],
    [0, 10, ['bytes=0-3', 'bytes=4-7', 'bytes=8-9'], 4],
  ] as Array<[number, number, string[], number?]>)('remainingRanges(%d, %d)', (received, total, expected, chunk) => {
    expect(remainingRanges(received, total, chunk)).toEqual(expected);
  });

  it('refuses a bad chunk size', () => {
    expect(() => remainingRanges(0, 10, 0)).toThrow(RangeError);
  });

  it.each([
    [100, 100, undefined],
    [100, undefined, undefined],
    [99, 100, 'received 99 bytes but the platform announced 100'],
  ])('sizeMismatch(%d, %s)', (received, expected, problem) => {
    expect(sizeMismatch(received, expected)).toBe(problem);
  });
});
