/**
 * The platform-neutral half of path handling: lexical checks of a user-given path, file names
 * and extensions, and the extension that fits a Content-Type. The file-system half (symlinks,
 * the deepest existing folder) is in `safe-path.ts`, exported from `@larkgen/im-content/node`.
 */
import { ContentError, shown } from './errors.js';

// C0, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The segments of a path, split on both `/` and `\` (Windows separators are refused as escapes too). */
export function pathSegments(p: string): string[] {
  return p.split(/[\\/]+/).filter((s) => s !== '');
}

/** The last segment of a path (`./out/a.png` → `a.png`), on either separator. */
export function baseName(p: string): string {
  const segs = pathSegments(p);
  return segs[segs.length - 1] ?? '';
}

/**
 * The extension of a file name, lower case and without the dot (`Report.PDF` → `pdf`); empty for
 * none. A leading dot (`.env`) is not an extension; neither is a suffix with anything but letters
 * and digits, or longer than 10 characters.
 */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = base.slice(dot + 1);
  return /^[A-Za-z0-9]{1,10}$/.test(ext) ? ext.toLowerCase() : '';
}

/**
 * Lexical checks of a path given in a flag: not empty, no control characters, relative (no `/x`,
 * `C:\x`, `\\server`, `~`), and no `..` segment. Returns the path unchanged. The file-system
 * check that it stays inside the working directory after symlinks is `resolveInside` (./node).
 */
export function checkRelativePath(p: string, field: string): string {
  const fix = 'Give a relative path inside the working directory, for example ./out/file.png.';
  if (p.trim() === '') throw new ContentError(field, `--${field} is an empty path.`, fix);
  if (CONTROL.test(p)) throw new ContentError(field, `--${field} ${shown(p)} contains control characters.`, fix);
  if (/^[\\/]/.test(p) || /^[A-Za-z]:/.test(p)) throw new ContentError(field, `--${field} ${shown(p)} is an absolute path; only relative paths are accepted.`, fix);
  if (p.startsWith('~')) throw new ContentError(field, `--${field} ${shown(p)} starts with ~; home-relative paths are not accepted.`, fix);
  if (pathSegments(p).includes('..')) throw new ContentError(field, `--${field} ${shown(p)} contains a ".." segment, which could lead outside the working directory.`, fix);
  return p;
}

const CONTENT_TYPE_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/x-ms-bmp': 'bmp',
  'image/tiff': 'tiff',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/gzip': 'gz',
  'application/x-gzip': 'gz',
  'application/x-tar': 'tar',
  'application/x-7z-compressed': '7z',
  'application/vnd.rar': 'rar',
  'application/x-rar-compressed': 'rar',
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/markdown': 'md',
  'text/html': 'html',
  'audio/opus': 'opus',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/aac': 'aac',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/x-msvideo': 'avi',
};

/**
 * The extension (without dot) for a Content-Type header value, ignoring parameters and case
 * (`image/png; charset=x` → `png`); empty for unknown types and application/octet-stream.
 */
export function extensionForContentType(contentType: string | null | undefined): string {
  if (!contentType) return '';
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return CONTENT_TYPE_EXTENSIONS[type] ?? '';
}

/**
 * Adds the extension matching `contentType` to `fileName` when the name has none; a name that
 * already has an extension, or an unknown type, leaves it unchanged.
 */
export function withContentTypeExtension(fileName: string, contentType: string | null | undefined): string {
  if (extensionOf(fileName) !== '') return fileName;
  const ext = extensionForContentType(contentType);
  return ext ? `${fileName}.${ext}` : fileName;
}

// Characters no file name may hold on common file systems, and Windows' reserved device names.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/g;
const RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Longest file name kept, in UTF-8 bytes (file systems allow 255). */
const MAX_NAME_BYTES = 200;
const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/**
 * A name from a server (Content-Disposition, a message's file_name) made safe to create inside a
 * chosen folder: only its last path segment, separators and characters file systems refuse
 * replaced by `_`, leading dots and trailing dots and spaces removed (no hidden files, no `..`),
 * reserved device names prefixed, at most 200 bytes with the extension kept. `fallback` (itself
 * made safe) is used when nothing is left.
 */
export function safeFileName(name: string | undefined, fallback: string): string {
  const clean = (s: string) =>
    s
      .replace(UNSAFE_NAME_CHARS, '_')
      .replace(/^[.\s]+/, '')
      .replace(/[.\s]+$/, '');
  let out = clean(baseName(name ?? '').normalize('NFC'));
  if (out === '' || /^_+$/.test(out)) out = clean(baseName(fallback)) || 'resource';
  if (RESERVED_NAMES.test(out)) out = `_${out}`;
  if (utf8Bytes(out) > MAX_NAME_BYTES) {
    const ext = extensionOf(out);
    const tail = ext ? `.${ext}` : '';
    let stem = out.slice(0, out.length - tail.length);
    while (utf8Bytes(stem + tail) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
    out = stem + tail;
  }
  return out;
}

/**
 * The first of `name`, `stem (1).ext`, `stem (2).ext`, … for which `taken` is false: files are
 * never overwritten, a second file of the same name is saved beside the first.
 */
export function freeFileName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  const ext = extensionOf(name);
  const stem = ext ? name.slice(0, name.length - ext.length - 1) : name;
  for (let n = 1; ; n++) {
    const candidate = `${stem} (${n})${ext ? `.${ext}` : ''}`;
    if (!taken(candidate)) return candidate;
  }
}
