/**
 * File-system checks of user-given paths (Node only; exported from `@larkgen/im-content/node`).
 * A path is accepted only when it is relative, has no `..` segment, and still lies inside the
 * base directory once symbolic links are resolved: for a file to read, the file itself; for a
 * file to write, the deepest folder that already exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, shown } from './errors.js';
import { checkFileKey } from './ids.js';
import { checkRelativePath, pathSegments, withContentTypeExtension } from './paths.js';

/** A checked path. */
export interface SafePath {
  /** Absolute path to use, with every existing folder resolved through its symlinks. */
  readonly absolute: string;
  /** The same location relative to the (resolved) base, with `/` separators, for output. */
  readonly relative: string;
}

/** Options for `resolveInside`. */
export interface ResolveOptions {
  /** Flag name for errors (without dashes). */
  readonly field: string;
  /** `read`: an existing regular file; `write`: a file that may not exist yet. */
  readonly mode: 'read' | 'write';
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function toOutput(root: string, target: string): string {
  return path.relative(root, target).split(path.sep).join('/');
}

const FIX = 'Give a relative path inside the working directory, for example ./out/file.png.';

/**
 * Checks `userPath` against `base` (usually the working directory) and returns where it really
 * points. Refuses absolute paths, `..` segments, control characters, a symlink anywhere that
 * leads outside `base`; for `read`, a missing file or a non-file; for `write`, an existing
 * symlink or directory at the target itself.
 */
export function resolveInside(base: string, userPath: string, options: ResolveOptions): SafePath {
  const { field, mode } = options;
  checkRelativePath(userPath, field);
  const root = fs.realpathSync(base);
  const segs = pathSegments(userPath).filter((s) => s !== '.');
  if (segs.length === 0) throw new ContentError(field, `--${field} ${shown(userPath)} names the working directory itself, not a file.`, FIX);
  const lexical = path.join(root, ...segs);

  if (mode === 'read') {
    let real: string;
    try {
      real = fs.realpathSync(lexical);
    } catch {
      throw new ContentError(field, `--${field} ${shown(userPath)} does not exist.`, 'Check the path; it is read relative to the working directory.');
    }
    if (!inside(root, real)) throw new ContentError(field, `--${field} ${shown(userPath)} leads outside the working directory through a symbolic link.`, FIX);
    if (!fs.statSync(real).isFile()) throw new ContentError(field, `--${field} ${shown(userPath)} is not a regular file.`, 'Point it at a file, not a folder or device.');
    return { absolute: real, relative: toOutput(root, real) };
  }

  // write: the target itself must not be a link or a folder …
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(lexical);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) throw new ContentError(field, `--${field} ${shown(userPath)} is a symbolic link; it will not be written through.`, 'Choose another file name, or remove the link first.');
  if (st?.isDirectory()) throw new ContentError(field, `--${field} ${shown(userPath)} is a folder.`, `Give a file name inside it, for example ${shown(`${userPath.replace(/[\\/]+$/, '')}/name.ext`)}.`);
  if (st && !st.isFile()) throw new ContentError(field, `--${field} ${shown(userPath)} exists and is not a regular file.`, 'Choose another file name.');
  // … and the deepest existing folder on the way must resolve inside the base.
  const absolute = inExistingFolder(root, path.dirname(lexical), [path.basename(lexical)], userPath, field, FIX);
  return { absolute, relative: toOutput(root, absolute) };
}

/**
 * `folder` joined with `rest`, where the deepest part of `folder` that exists is resolved through
 * its symbolic links and must be a folder inside `root`; the parts that do not exist yet are kept
 * as given. A dangling symlink counts as present (lstat), and then fails to resolve.
 */
function inExistingFolder(root: string, folder: string, rest: readonly string[], userPath: string, field: string, fix: string): string {
  let existing = folder;
  const missing: string[] = [];
  while (!lexists(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  let real: string;
  try {
    real = fs.realpathSync(existing);
  } catch {
    throw new ContentError(field, `--${field} ${shown(userPath)} goes through a symbolic link that points nowhere.`, fix);
  }
  if (!inside(root, real)) throw new ContentError(field, `--${field} ${shown(userPath)} leads outside the working directory through a symbolic link.`, fix);
  if (!fs.statSync(real).isDirectory()) throw new ContentError(field, `--${field} ${shown(userPath)} goes through ${shown(toOutput(root, real) || '.')}, which is a file, not a folder.`, fix);
  return path.join(real, ...missing, ...rest);
}

/** Whether anything (a file, a folder, a link, even a dangling one) is at `p`. */
export function lexists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Options for `downloadTarget`. */
export interface DownloadTargetOptions {
  /** --output as given, if any. */
  readonly output?: string;
  /** --file-key: the default file name. */
  readonly fileKey: string;
  /** Content-Type of the answer, to add a missing extension; may be unknown before the call. */
  readonly contentType?: string | null;
  /** Flag names (defaults `output` and `file-key`). */
  readonly outputField?: string;
  readonly keyField?: string;
}

/**
 * Where +messages-resources-download saves: --output, or the file key, with the extension for
 * the Content-Type added when the name has none; checked with `resolveInside` for writing.
 * Call it before the download (without contentType) to fail early, and again once the
 * Content-Type is known.
 */
export function downloadTarget(base: string, options: DownloadTargetOptions): SafePath {
  const key = checkFileKey(options.fileKey, options.keyField ?? 'file-key');
  const wanted = options.output ?? key;
  const named = withContentTypeExtension(wanted, options.contentType);
  return resolveInside(base, named, { field: options.output !== undefined ? options.outputField ?? 'output' : options.keyField ?? 'file-key', mode: 'write' });
}

/**
 * Checks a folder given in a flag (e.g. --resources-dir) against `base`: relative, no `..`, and
 * inside `base` once symbolic links are resolved (the folder itself when it exists, else the
 * deepest existing folder on the way). The folder may not exist yet; the caller creates it when
 * it first writes there. Refuses a path that names a file.
 */
export function resolveFolderInside(base: string, userPath: string, field: string): SafePath {
  checkRelativePath(userPath, field);
  const root = fs.realpathSync(base);
  const segs = pathSegments(userPath).filter((s) => s !== '.');
  const absolute = inExistingFolder(root, path.join(root, ...segs), [], userPath, field, FOLDER_FIX);
  return { absolute, relative: toOutput(root, absolute) || '.' };
}

const FOLDER_FIX = 'Give a relative folder inside the working directory, for example ./lark-im-resources.';
