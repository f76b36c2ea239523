/**
 * Text from messages is written by other people. Before it reaches a terminal or a spreadsheet
 * it must not be able to move the cursor, retitle the window, hide text, reorder what is shown,
 * or run as a formula. These functions are for human formats (pretty, table, csv); JSON output
 * keeps the exact text.
 */

// ESC-introduced sequences (7-bit):
//   CSI  ESC [ params intermediates final
//   OSC  ESC ] … (BEL | ESC \ | 8-bit ST); unterminated: up to the end of the line
//   DCS/SOS/PM/APC  ESC P|X|^|_ … ST; unterminated: up to the end of the line
//   others: ESC + optional intermediates + final byte (ESC c, ESC ( B, ESC 7 …)
// and their 8-bit forms (CSI 0x9b, OSC 0x9d, DCS 0x90, SOS 0x98, PM 0x9e, APC 0x9f).
const ESCAPE_SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]',
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c\\n]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[^\\u001b\\u009c\\n]*(?:\\u001b\\\\|\\u009c)?',
    '\\u001b[ -/]*[0-~]',
  ].join('|'),
  'g',
);

// C0 controls except tab (09) and newline (0a), DEL, C1 controls (incl. a lone ESC).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

// Bidi embeddings/overrides (202a–202e), isolates (2066–2069), marks (200e, 200f, 061c).
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

// Zero-width and invisible characters: ZWSP, word joiner, invisible operators, BOM, Mongolian
// vowel separator, Hangul fillers. ZWNJ and ZWJ are handled apart (see below).
const INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u180e\u115f\u1160\u3164\uffa0]/g;

// ZWNJ is kept between two letters (Persian and Indic spelling need it); ZWJ is kept inside emoji
// sequences (👩‍💻). Anywhere else they only hide things.
const ZWNJ_ALONE = /(?<!\p{L}\p{M}*)\u200c|\u200c(?!\p{L})/gu;
const ZWJ_ALONE = /(?<!\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/**
 * Text safe to print on a terminal: ANSI/VT escape sequences (CSI, OSC, DCS …, 7- and 8-bit),
 * C0 and C1 controls except `\n` and `\t` (so `\r` goes too), bidi overrides, isolates and marks,
 * and zero-width characters are removed. Printable text, emoji and joiners inside words and
 * emoji sequences stay.
 */
export function stripTerminalControls(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(CONTROLS, '')
    .replace(BIDI, '')
    .replace(INVISIBLE, '')
    .replace(ZWNJ_ALONE, '')
    .replace(ZWJ_ALONE, '');
}

/** `stripTerminalControls`, then newlines and tabs folded to single spaces: one table cell. */
export function singleLine(text: string): string {
  return stripTerminalControls(text).replace(/[\t\n]+/g, ' ');
}

/**
 * Neutralises a CSV cell a spreadsheet would run as a formula: a value starting with `=`, `+`,
 * `-`, `@`, tab or carriage return gets a leading single quote. Other values are unchanged.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * One CSV field (RFC 4180): controls stripped, formula prefixes of strings neutralised, and
 * quoted (with `"` doubled) when it holds a comma, quote or newline. null/undefined → empty;
 * objects → JSON; numbers and booleans as written (so -5 stays a number).
 */
export function csvField(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  const raw = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const cell = neutralizeFormula(stripTerminalControls(raw));
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
