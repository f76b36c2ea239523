import { describe, expect, it } from 'vitest';
import { checkTimeRange, formatLocalTime, formatPlatformTime, formatRfc3339, parseTimeFlag, zoneOffsetAt, type TimeBound } from './time.js';
import { errorOf } from './test-support.js';

/** Unix seconds of a UTC wall time (month 1-based). */
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

describe('parseTimeFlag', () => {
  const SH = 'Asia/Shanghai';
  const cases: Array<[string, TimeBound, string | undefined, number]> = [
    // RFC 3339: the offset decides, the zone option does not matter
    ['2026-11-24T10:30:00+08:00', 'start', 'UTC', utc(2026, 11, 24, 2, 30)],
    ['2026-11-24T10:30:00Z', 'start', SH, utc(2026, 11, 24, 10, 30)],
    ['2026-11-24t10:30:00z', 'start', SH, utc(2026, 11, 24, 10, 30)],
    ['2026-11-24T10:30:00.987-05:30', 'end', SH, utc(2026, 11, 24, 16, 0)],
    ['2026-11-24T10:30:00+0800', 'start', 'UTC', utc(2026, 11, 24, 2, 30)],
    ['2026-11-24 10:30:00+08:00', 'start', 'UTC', utc(2026, 11, 24, 2, 30)],
    ['2026-11-24T10:30+08:00', 'start', 'UTC', utc(2026, 11, 24, 2, 30)],
    // local date-time: read in the zone
    ['2026-11-24 10:30', 'start', SH, utc(2026, 11, 24, 2, 30)],
    ['2026-11-24T10:30', 'start', SH, utc(2026, 11, 24, 2, 30)],
    ['2026-11-24 10:30:15', 'end', 'UTC', utc(2026, 11, 24, 10, 30, 15)],
    ['2026-11-24 10:30', 'start', '+08:00', utc(2026, 11, 24, 2, 30)],
    ['2026-11-24 10:30', 'start', 'UTC-0530', utc(2026, 11, 24, 16, 0)],
    ['2026-07-01 12:00', 'start', 'Europe/Berlin', utc(2026, 7, 1, 10, 0)],
    ['2026-01-01 12:00', 'start', 'Europe/Berlin', utc(2026, 1, 1, 11, 0)],
    // date only: start or end of the day
    ['2026-11-24', 'start', SH, utc(2026, 11, 23, 16, 0)],
    ['2026-11-24', 'end', SH, utc(2026, 11, 24, 15, 59, 59)],
    ['2026-11-24', 'end', 'UTC', utc(2026, 11, 24, 23, 59, 59)],
    ['2024-02-29', 'start', 'UTC', utc(2024, 2, 29)],
    // Unix seconds and ms
    ['1795999800', 'start', SH, 1795999800],
    ['0', 'start', SH, 0],
    ['1795999800123', 'end', SH, 1795999800],
    ['  1795999800  ', 'start', SH, 1795999800],
    // DST: a skipped time lands after the gap, a repeated time on its first occurrence
    ['2026-03-29 02:30', 'start', 'Europe/Berlin', utc(2026, 3, 29, 1, 30)],
    ['2026-10-25 02:30', 'start', 'Europe/Berlin', utc(2026, 10, 25, 0, 30)],
  ];
  it.each(cases)('%j (%s, %s)', (value, bound, timeZone, expected) => {
    expect(parseTimeFlag(value, { bound, ...(timeZone ? { timeZone } : {}) })).toBe(expected);
  });

  const hint =
    'Use a relative time (-2h, -30m, -7d, now, today, yesterday), RFC 3339 (2026-11-24T10:30:00+08:00), a local date-time (2026-11-24 10:30), a date (2026-11-24), Unix seconds (1795999800) or Unix milliseconds.';
  const bad: Array<[string, string]> = [
    ['', '--start is empty. ' + hint],
    ['the day before', '--start "the day before" is not a time this command understands. ' + hint],
    ['2026/11/24', '--start "2026/11/24" is not a time this command understands. ' + hint],
    ['24.11.2026', '--start "24.11.2026" is not a time this command understands. ' + hint],
    ['-5', '--start "-5" is not a time this command understands. ' + hint],
    ['1.5', '--start "1.5" is not a time this command understands. ' + hint],
    ['2026-11-24T10', '--start "2026-11-24T10" is not a time this command understands. ' + hint],
    ['2026-13-01', '--start "2026-13-01" is not a real date and time. Check the month (01–12), the day of the month, and the time (00:00–23:59).'],
    ['2026-02-29', '--start "2026-02-29" is not a real date and time. Check the month (01–12), the day of the month, and the time (00:00–23:59).'],
    ['2026-11-24 24:00', '--start "2026-11-24 24:00" is not a real date and time. Check the month (01–12), the day of the month, and the time (00:00–23:59).'],
    ['1969-12-31', '--start "1969-12-31" is not a real date and time. Check the month (01–12), the day of the month, and the time (00:00–23:59).'],
    ['2026-11-24T10:30:00+25:00', '--start "2026-11-24T10:30:00+25:00" has an impossible UTC offset. ' + hint],
    ['99999999999999999999', '--start "99999999999999999999" is too large for a Unix time. ' + hint],
  ];
  it.each(bad)('refuses %j', (value, message) => {
    const e = errorOf(() => parseTimeFlag(value, { timeZone: 'UTC' }));
    expect(e.field).toBe('start');
    expect(e.message).toBe(message);
  });

  it('names the field it was given', () => {
    expect(errorOf(() => parseTimeFlag('x', { bound: 'end' })).field).toBe('end');
    expect(errorOf(() => parseTimeFlag('x', { field: 'until' })).field).toBe('until');
  });

  it('refuses an unknown time zone', () => {
    const e = errorOf(() => parseTimeFlag('2026-11-24', { timeZone: 'Mars/Olympus' }));
    expect(e.message).toBe('The time zone "Mars/Olympus" is not known. Use an IANA name such as Asia/Shanghai or Europe/Berlin, UTC, or an offset such as +08:00.');
  });
});

describe('checkTimeRange', () => {
  it.each([
    [undefined, undefined],
    [1, undefined],
    [undefined, 1],
    [5, 5],
    [4, 5],
  ])('accepts start %s, end %s', (start, end) => {
    expect(() => checkTimeRange(start, end)).not.toThrow();
  });
  it('refuses start after end', () => {
    const e = errorOf(() => checkTimeRange(6, 5));
    expect(e.field).toBe('start');
    expect(e.message).toBe('--start is later than --end, so the range holds nothing. Swap the two values, or move --start before --end.');
  });
});

describe('formatting', () => {
  const ms = Date.UTC(2026, 10, 24, 2, 30, 45);
  it.each([
    ['Asia/Shanghai', false, '2026-11-24 10:30'],
    ['Asia/Shanghai', true, '2026-11-24 10:30:45'],
    ['UTC', false, '2026-11-24 02:30'],
    ['America/New_York', false, '2026-11-23 21:30'],
    ['-03:00', true, '2026-11-23 23:30:45'],
  ] as const)('formatLocalTime in %s (seconds %s)', (timeZone, seconds, expected) => {
    expect(formatLocalTime(ms, { timeZone, seconds })).toBe(expected);
  });

  it.each([
    [String(ms), '2026-11-24 10:30'],
    [ms, '2026-11-24 10:30'],
    [String(ms / 1000), '2026-11-24 10:30'],
    ['', ''],
    [undefined, ''],
    ['not-a-time', 'not-a-time'],
  ])('formatPlatformTime(%j)', (value, expected) => {
    expect(formatPlatformTime(value, { timeZone: 'Asia/Shanghai' })).toBe(expected);
  });

  it.each([
    [utc(2026, 11, 24, 2, 30), 'Asia/Shanghai', '2026-11-24T10:30:00+08:00'],
    [utc(2026, 11, 24, 2, 30), 'UTC', '2026-11-24T02:30:00+00:00'],
    [utc(2026, 7, 1, 10), 'Europe/Berlin', '2026-07-01T12:00:00+02:00'],
    [utc(2026, 1, 1, 10), 'Europe/Berlin', '2026-01-01T11:00:00+01:00'],
    [utc(2026, 11, 24, 2, 30), 'Asia/Kolkata', '2026-11-24T08:00:00+05:30'],
    [utc(2026, 11, 24, 2, 30), '-09:30', '2026-11-23T17:00:00-09:30'],
  ] as const)('formatRfc3339(%d, %s)', (seconds, timeZone, expected) => {
    expect(formatRfc3339(seconds, timeZone)).toBe(expected);
  });

  it('zoneOffsetAt follows DST', () => {
    expect(zoneOffsetAt(Date.UTC(2026, 0, 1), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetAt(Date.UTC(2026, 6, 1), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetAt(Date.UTC(2026, 6, 1), '+05:45')).toBe(345);
  });

  it('round-trips parse → RFC 3339 → parse', () => {
    const s = parseTimeFlag('2026-11-24 10:30', { timeZone: 'America/Sao_Paulo' });
    expect(parseTimeFlag(formatRfc3339(s, 'America/Sao_Paulo'))).toBe(s);
  });
});

describe('parseTimeFlag: relative times', () => {
  // 2026-11-24T10:30:00Z, a Tuesday.
  const now = Date.UTC(2026, 10, 24, 10, 30, 0);
  const nowS = now / 1000;
  it.each([
    ['now', 'start', nowS],
    ['-2h', 'start', nowS - 7_200],
    ['-30m', 'start', nowS - 1_800],
    ['-45s', 'start', nowS - 45],
    ['-7d', 'start', nowS - 7 * 86_400],
    ['-1w', 'start', nowS - 604_800],
    ['+1h', 'end', nowS + 3_600],
    ['today', 'start', Date.UTC(2026, 10, 24) / 1000],
    ['today', 'end', Date.UTC(2026, 10, 24, 23, 59, 59) / 1000],
    ['yesterday', 'start', Date.UTC(2026, 10, 23) / 1000],
    ['Yesterday', 'end', Date.UTC(2026, 10, 23, 23, 59, 59) / 1000],
  ] as const)('%s as %s', (value, bound, want) => {
    expect(parseTimeFlag(value, { bound, now, timeZone: 'UTC' })).toBe(want);
  });

  it('reads today in the given zone', () => {
    // 10:30Z is already 18:30 in Shanghai; today starts at 00:00+08:00 = 16:00Z the day before.
    expect(parseTimeFlag('today', { now, timeZone: 'Asia/Shanghai' })).toBe(Date.UTC(2026, 10, 23, 16) / 1000);
  });

  it.each(['-2x', '2h', 'tomorrow', '-h'])('refuses %s and names the forms that work', (value) => {
    expect(() => parseTimeFlag(value, { field: 'start', now })).toThrow(/not a time this command understands/);
    try {
      parseTimeFlag(value, { field: 'start', now });
    } catch (e) {
      expect(String((e as { hint?: string }).hint)).toMatch(/-2h.*yesterday.*RFC 3339/);
    }
  });
});
