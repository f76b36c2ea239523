/**
 * `Content-Disposition` file names, both ways (RFC 6266 with RFC 5987 `filename*`). Header values
 * must be Latin-1 without control characters, so a name like `报告.pdf` or one holding CR/LF goes
 * out as a pure-ASCII `filename="…"` fallback plus the exact name percent-encoded as UTF-8 in
 * `filename*`. Readers prefer `filename*` and fall back to `filename`. Shared by the emulator
 * (writes), the SDK and the CLI (read).
 */

/** Characters RFC 5987 allows unencoded in an ext-value (attr-char). */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeExtValue(name: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(name)) {
    const c = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The ASCII stand-in for old readers: anything outside printable ASCII, `"` and `\` become `_`. */
export function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/gu, '_');
}

/** The header value announcing `name` as an attachment, safe to send for any name. */
export function formatContentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/** Splits `type; a=b; c="d;e"` into lower-cased parameter names and raw values. */
function parameters(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    const key = m[1]!.toLowerCase();
    if (!params.has(key)) params.set(key, m[2]!.trim());
  }
  return params;
}

function decodeExtValue(value: string): string | undefined {
  const m = /^([A-Za-z0-9!#$%&+\-^_`{}~]+)'[^']*'(.*)$/.exec(value);
  if (!m) return undefined;
  const charset = m[1]!.toLowerCase();
  const bytes: number[] = [];
  for (let i = 0; i < m[2]!.length; i++) {
    const ch = m[2]![i]!;
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(m[2]!.slice(i + 1, i + 3))) {
      bytes.push(parseInt(m[2]!.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(ch.charCodeAt(0) & 0xff);
  }
  if (charset === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      return undefined;
    }
  }
  if (charset === 'iso-8859-1') return String.fromCharCode(...bytes);
  return undefined;
}

/**
 * The file name a `Content-Disposition` header announces, or undefined. This is the name as sent:
 * callers that write it to disk must still make it safe (see the CLI's download target).
 */
export function parseContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const params = parameters(header);
  const star = params.get('filename*');
  const decoded = star !== undefined ? decodeExtValue(star) : undefined;
  if (decoded) return decoded;
  const plain = params.get('filename');
  if (plain === undefined) return undefined;
  const name = plain.startsWith('"') ? plain.slice(1, -1).replace(/\\(.)/g, '$1') : plain;
  return name || undefined;
}
