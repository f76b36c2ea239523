/**
 * Output formats (json, pretty, table, ndjson, csv) and the terminal-safety filters: text shown
 * to humans has escape sequences, control, zero-width and bidi-override characters removed, and
 * CSV cells that a spreadsheet would run as a formula are neutralised.
 */
import type { Paint } from './io.js';

export const FORMATS = ['json', 'pretty', 'table', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), ESC P/X/^/_ … ESC \ (DCS, SOS, PM, APC), other two-byte ESC sequences.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// C0 controls except tab and newline, DEL, C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Zero-width characters, bidi embeddings, overrides and isolates, the Arabic letter mark, BOM.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u180e]/g;

/** Text safe to show on a terminal: escapes, controls (tab and newline kept), invisibles removed. */
export function sanitize(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '').replace(INVISIBLE, '');
}

/** A single-line safe cell: sanitised, with newlines and tabs turned into spaces. */
export function sanitizeCell(text: string): string {
  return sanitize(text).replace(/[\t\n]+/g, ' ');
}

/** Recursively sanitises every string (keys too) in a JSON value. */
export function sanitizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return sanitize(value);
  if (Array.isArray(value)) return value.map(sanitizeDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[sanitize(k)] = sanitizeDeep(v);
    return out;
  }
  return value;
}

/** A CSV cell: sanitised, formula prefixes neutralised with a leading quote, quoted when needed. */
export function csvCell(value: unknown): string {
  let s: string;
  if (value === undefined || value === null) s = '';
  else if (typeof value === 'object') s = JSON.stringify(value);
  else s = String(value);
  s = sanitize(s).replace(/\r/g, '');
  if (typeof value === 'string' && /^[=+\-@\t\r|]/.test(s)) s = `'${s}`;
  else if (typeof value === 'object' && value !== null && /^[=+\-@]/.test(s)) s = `'${s}`;
  if (/[",\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return sanitizeCell(JSON.stringify(value));
  return sanitizeCell(String(value));
}

function columnsOf(rows: readonly unknown[]): string[] {
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const r of rows.slice(0, 200)) {
    if (r && typeof r === 'object' && !Array.isArray(r)) {
      for (const k of Object.keys(r)) {
        if (!seen.has(k)) {
          seen.add(k);
          cols.push(k);
        }
      }
    }
  }
  return cols;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function toCsv(rows: readonly unknown[]): string {
  const cols = columnsOf(rows);
  if (!cols.length) return rows.map((r) => csvCell(r)).join('\n') + (rows.length ? '\n' : '');
  const lines = [cols.map((c) => csvCell(c)).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvCell(isRecord(r) ? r[c] : undefined)).join(','));
  return lines.join('\n') + '\n';
}

const MAX_CELL = 60;

/** Display width, counting wide (CJK, emoji) characters as two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd)) ? 2 : 1;
  }
  return w;
}

function clip(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

export function toTable(rows: readonly unknown[], p: Paint): string {
  if (!rows.length) return '(no rows)\n';
  let cols = columnsOf(rows);
  let matrix: string[][];
  if (!cols.length) {
    cols = ['value'];
    matrix = rows.map((r) => [clip(cellText(r), MAX_CELL)]);
  } else {
    matrix = rows.map((r) => cols.map((c) => clip(cellText(isRecord(r) ? r[c] : undefined), MAX_CELL)));
  }
  const header = cols.map((c) => clip(sanitizeCell(c), MAX_CELL));
  const widths = header.map((h, i) => Math.max(width(h), ...matrix.map((row) => width(row[i]!))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  const out = [p.bold(line(header.map((h, i) => pad(h.toUpperCase(), widths[i]!)))), ...matrix.map(line)];
  return out.join('\n') + '\n';
}

/** An indented, human-readable rendering of a JSON value. */
export function toPretty(value: unknown, p: Paint): string {
  const lines: string[] = [];
  const walk = (v: unknown, indent: string, key: string | undefined) => {
    const label = key === undefined ? '' : `${p.cyan(sanitizeCell(key))}: `;
    if (Array.isArray(v)) {
      if (!v.length) {
        lines.push(`${indent}${label}[]`);
        return;
      }
      if (key !== undefined) lines.push(`${indent}${label.trimEnd()}`);
      const inner = key !== undefined ? indent + '  ' : indent;
      for (const item of v) {
        if (isRecord(item) || Array.isArray(item)) {
          lines.push(`${inner}-`);
          walk(item, inner + '  ', undefined);
        } else lines.push(`${inner}- ${scalar(item)}`);
      }
      return;
    }
    if (isRecord(v)) {
      const entries = Object.entries(v);
      if (!entries.length) {
        lines.push(`${indent}${label}{}`);
        return;
      }
      if (key !== undefined) lines.push(`${indent}${label.trimEnd()}`);
      const inner = key !== undefined ? indent + '  ' : indent;
      for (const [k, x] of entries) walk(x, inner, k);
      return;
    }
    const text = scalar(v);
    if (text.includes('\n')) {
      lines.push(`${indent}${label}|`);
      for (const l of text.split('\n')) lines.push(`${indent}  ${l}`);
    } else lines.push(`${indent}${label}${text}`);
  };
  const scalar = (v: unknown) => (v === null || v === undefined ? p.dim('null') : typeof v === 'string' ? sanitize(v).replace(/\t/g, ' ') : String(v));
  walk(value, '', undefined);
  return lines.join('\n') + '\n';
}

/**
 * The rows a list-style format shows: the named list in `data`, or the only array of objects in
 * it, or the data itself as one row.
 */
export function rowsOf(data: unknown, itemsKey?: string): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return data === undefined ? [] : [data];
  if (itemsKey && Array.isArray(data[itemsKey])) return data[itemsKey] as unknown[];
  const arrays = Object.entries(data).filter(([, v]) => Array.isArray(v) && (v as unknown[]).every((x) => isRecord(x)));
  if (arrays.length === 1) return arrays[0]![1] as unknown[];
  return [data];
}

export interface RenderInput {
  /** What `json` prints (the raw API answer or the success envelope). */
  readonly payload: unknown;
  /** What pretty shows (usually the data part). */
  readonly data: unknown;
  /** Rows for table/csv/ndjson. */
  readonly rows: readonly unknown[];
}

export function render(format: Format, input: RenderInput, p: Paint): string {
  switch (format) {
    case 'json':
      return JSON.stringify(input.payload, null, 2) + '\n';
    case 'ndjson':
      return input.rows.map((r) => JSON.stringify(r)).join('\n') + (input.rows.length ? '\n' : '');
    case 'table':
      return toTable(input.rows, p);
    case 'csv':
      return toCsv(input.rows);
    case 'pretty':
      return toPretty(input.data, p);
  }
}
