/**
 * Times in and out of the shortcuts. --start/--end accept what people type (RFC 3339, a local
 * date-time, a date, Unix seconds or ms) and the platform wants Unix seconds; message times come
 * back as ms strings and are shown as local `YYYY-MM-DD HH:MM`.
 *
 * Every function takes the time zone as an option so tests do not depend on the machine: an IANA
 * name (`Asia/Shanghai`), `UTC`, or a fixed offset (`+08:00`, `-0530`); undefined means the
 * system's zone. Only `Intl` is used, no Date parsing of strings.
 */
import { ContentError, shown } from './errors.js';

/** Which end of a range a value is for: a date alone means 00:00:00 or 23:59:59 of that day. */
export type TimeBound = 'start' | 'end';

/** Options for `parseTimeFlag`. */
export interface TimeParseOptions {
  /** start (default) or end. */
  readonly bound?: TimeBound;
  /** Flag name for errors (default: the bound, i.e. `start` or `end`). */
  readonly field?: string;
  /** Zone for values without an offset; undefined = system zone. */
  readonly timeZone?: string;
  /** The current time in ms for relative values (`-2h`, `yesterday`); default Date.now(). */
  readonly now?: number;
}

const MAX_SECONDS = 253402300799; // 9999-12-31T23:59:59Z

interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([Zz]|[+-]\d{2}:?\d{2}))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formsHint(): string {
  return 'Use a relative time (-2h, -30m, -7d, now, today, yesterday), RFC 3339 (2026-11-24T10:30:00+08:00), a local date-time (2026-11-24 10:30), a date (2026-11-24), Unix seconds (1795999800) or Unix milliseconds.';
}

const RELATIVE = /^([+-])(\d+)\s*(s|m|h|d|w)$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 };

/** `now`, `-2h`, `+30m`, `today`, `yesterday` → Unix seconds; undefined for other forms. */
function relativeSeconds(v: string, bound: TimeBound, options: TimeParseOptions, field: string): number | undefined {
  const nowMs = options.now ?? Date.now();
  const lower = v.toLowerCase();
  if (lower === 'now') return Math.floor(nowMs / 1000);
  const rel = RELATIVE.exec(v);
  if (rel) {
    const delta = Number(rel[2]) * UNIT_SECONDS[rel[3]!.toLowerCase()]!;
    if (!Number.isSafeInteger(delta)) throw new ContentError(field, `--${field} ${shown(v)} is too far away.`, formsHint());
    return Math.floor(nowMs / 1000) + (rel[1] === '-' ? -delta : delta);
  }
  if (lower !== 'today' && lower !== 'yesterday') return undefined;
  const today = wallClock(nowMs, zoneOf(options.timeZone, field));
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day - (lower === 'yesterday' ? 1 : 0)));
  const f = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), ...(bound === 'end' ? { hour: 23, minute: 59, second: 59 } : { hour: 0, minute: 0, second: 0 }) };
  return Math.floor(localToEpochMs(f, options.timeZone, field) / 1000);
}

/**
 * Parses a --start/--end value into Unix seconds. Accepted: relative times (`now`, `-2h`, `+30m`,
 * `-7d`, `-1w`, `today`, `yesterday`: a day is its 00:00:00 for start, 23:59:59 for end); RFC 3339 with `Z` or an offset; a
 * local date-time `YYYY-MM-DD HH:MM[:SS]` (space or T) read in `timeZone`; a date `YYYY-MM-DD`
 * (00:00:00 for start, 23:59:59 for end); Unix seconds; Unix ms (a number above 1e12, floored to
 * seconds). Anything else, or an impossible date, throws a ContentError naming the flag.
 */
export function parseTimeFlag(value: string, options: TimeParseOptions = {}): number {
  const bound = options.bound ?? 'start';
  const field = options.field ?? bound;
  const v = value.trim();
  if (v === '') throw new ContentError(field, `--${field} is empty.`, formsHint());
  const relative = relativeSeconds(v, bound, options, field);
  if (relative !== undefined) return relative;
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    const seconds = n > 1e12 ? Math.floor(n / 1000) : n;
    if (!Number.isSafeInteger(n) || seconds > MAX_SECONDS) throw new ContentError(field, `--${field} ${shown(v)} is too large for a Unix time.`, formsHint());
    return seconds;
  }
  const date = DATE.exec(v);
  if (date) {
    const f = checkFields(field, v, { year: +date[1]!, month: +date[2]!, day: +date[3]!, ...(bound === 'end' ? { hour: 23, minute: 59, second: 59 } : { hour: 0, minute: 0, second: 0 }) });
    return Math.floor(localToEpochMs(f, options.timeZone, field) / 1000);
  }
  const dt = RFC3339.exec(v);
  if (dt) {
    const f = checkFields(field, v, { year: +dt[1]!, month: +dt[2]!, day: +dt[3]!, hour: +dt[4]!, minute: +dt[5]!, second: dt[6] ? +dt[6] : 0 });
    const offset = dt[7];
    if (offset === undefined) return Math.floor(localToEpochMs(f, options.timeZone, field) / 1000);
    const minutes = offsetMinutes(offset);
    if (minutes === undefined) throw new ContentError(field, `--${field} ${shown(v)} has an impossible UTC offset.`, formsHint());
    return Math.floor((fieldsToUtcMs(f) - minutes * 60_000) / 1000);
  }
  throw new ContentError(field, `--${field} ${shown(v)} is not a time this command understands.`, formsHint());
}

/** Range-checks the parts of a date-time (month 1–12, a day that exists, 00:00:00–23:59:59). */
function checkFields(field: string, raw: string, f: Fields): Fields {
  const days = new Date(Date.UTC(f.year, f.month, 0)).getUTCDate();
  const ok = f.year >= 1970 && f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= days && f.hour <= 23 && f.minute <= 59 && f.second <= 59;
  if (!ok) throw new ContentError(field, `--${field} ${shown(raw)} is not a real date and time.`, 'Check the month (01–12), the day of the month, and the time (00:00–23:59).');
  return f;
}

/** `Z`, `+08:00`, `-0530` → minutes east of UTC; undefined when out of range. */
function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z' || offset === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return undefined;
  const h = +m[2]!;
  const min = +m[3]!;
  if (h > 23 || min > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

function fieldsToUtcMs(f: Fields): number {
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

/** A time zone resolved once: a fixed offset or an Intl formatter. */
type Zone = { readonly fixed: number } | { readonly format: Intl.DateTimeFormat };

const zoneCache = new Map<string, Zone>();

/** Resolves a zone option; throws a ContentError (field `time-zone`) for an unknown zone. */
function zoneOf(timeZone: string | undefined, field = 'time-zone'): Zone {
  const key = timeZone ?? '';
  const cached = zoneCache.get(key);
  if (cached) return cached;
  let zone: Zone;
  const fixed = timeZone === undefined ? undefined : /^(?:UTC|GMT|Z)$/i.test(timeZone) ? 0 : /^(?:UTC|GMT)?[+-]\d{2}:?\d{2}$/i.test(timeZone) ? offsetMinutes(timeZone.replace(/^(?:UTC|GMT)/i, '')) : undefined;
  if (fixed !== undefined) zone = { fixed };
  else {
    try {
      zone = {
        format: new Intl.DateTimeFormat('en-US', {
          ...(timeZone ? { timeZone } : {}),
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        }),
      };
    } catch {
      throw new ContentError(field, `The time zone ${shown(timeZone ?? '')} is not known.`, 'Use an IANA name such as Asia/Shanghai or Europe/Berlin, UTC, or an offset such as +08:00.');
    }
  }
  zoneCache.set(key, zone);
  return zone;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(epochMs: number, zone: Zone): Fields {
  if ('fixed' in zone) {
    const d = new Date(epochMs + zone.fixed * 60_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  }
  const parts: Record<string, number> = {};
  for (const p of zone.format.formatToParts(new Date(epochMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** Minutes east of UTC that `timeZone` observes at `epochMs` (e.g. 480 for Asia/Shanghai). */
export function zoneOffsetAt(epochMs: number, timeZone?: string): number {
  const zone = zoneOf(timeZone);
  if ('fixed' in zone) return zone.fixed;
  const wall = wallClock(Math.floor(epochMs / 1000) * 1000, zone);
  return Math.round((fieldsToUtcMs(wall) - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant (ms) at which `timeZone` shows the wall-clock `fields`. A time skipped by a DST
 * change resolves to the same wall time under the earlier offset (so it lands after the gap); a
 * repeated time resolves to its first occurrence.
 */
function localToEpochMs(f: Fields, timeZone: string | undefined, field: string): number {
  const zone = zoneOf(timeZone, field);
  const guess = fieldsToUtcMs(f);
  if ('fixed' in zone) return guess - zone.fixed * 60_000;
  const before = zoneOffsetAt(guess - 86_400_000, timeZone);
  const after = zoneOffsetAt(guess + 86_400_000, timeZone);
  // Try both offsets around the instant; keep the earliest candidate that shows the wanted wall time.
  const candidates = [...new Set([before, after])].map((o) => guess - o * 60_000).sort((a, b) => a - b);
  for (const c of candidates) {
    const w = wallClock(c, zone);
    if (fieldsToUtcMs(w) === guess) return c;
  }
  return guess - before * 60_000;
}

/**
 * Refuses a range whose start is after its end (both in Unix seconds; either may be missing).
 */
export function checkTimeRange(start: number | undefined, end: number | undefined, fields: { start?: string; end?: string } = {}): void {
  if (start === undefined || end === undefined || start <= end) return;
  const s = fields.start ?? 'start';
  const e = fields.end ?? 'end';
  throw new ContentError(s, `--${s} is later than --${e}, so the range holds nothing.`, `Swap the two values, or move --${s} before --${e}.`);
}

/** Options for formatting an instant. */
export interface FormatTimeOptions {
  readonly timeZone?: string;
  /** Add `:SS` (as +messages-send's create_time does). */
  readonly seconds?: boolean;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An instant (ms since the epoch) as local `YYYY-MM-DD HH:MM` (or `…:SS` with `seconds`). */
export function formatLocalTime(epochMs: number, options: FormatTimeOptions = {}): string {
  const w = wallClock(epochMs, zoneOf(options.timeZone));
  const base = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
  return options.seconds ? `${base}:${pad(w.second)}` : base;
}

/**
 * A platform time string (ms since the epoch, as message create_time is; 10-digit seconds are
 * also accepted) as local time; a value that is not a number is returned unchanged.
 */
export function formatPlatformTime(value: string | number | undefined, options: FormatTimeOptions = {}): string {
  if (value === undefined || value === '') return '';
  const s = String(value).trim();
  if (!/^\d+$/.test(s)) return s;
  const n = Number(s);
  return formatLocalTime(n < 1e11 ? n * 1000 : n, options);
}

/** Unix seconds as RFC 3339 with the zone's offset at that instant: `2026-11-24T10:30:00+08:00`. */
export function formatRfc3339(epochSeconds: number, timeZone?: string): string {
  const ms = epochSeconds * 1000;
  const w = wallClock(ms, zoneOf(timeZone));
  const off = zoneOffsetAt(ms, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
