import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { GeneratedFile } from './files.js';

export interface FileChange {
  readonly path: string;
  readonly kind: 'create' | 'update' | 'delete';
}

export interface PlanInput {
  readonly root: string;
  readonly files: readonly GeneratedFile[];
  /** Paths (folders ending in /, or files) whose every file is generated. */
  readonly owned: readonly string[];
}

// Each file's UTF-8 bytes, made once: compared with the file on disk (bytes against bytes, so the
// current file is never decoded), hashed for the stamp and written when it changed.
const encodedFiles = new WeakMap<GeneratedFile, Buffer>();

/** The bytes `file` is written as (UTF-8). */
export function encoded(file: GeneratedFile): Buffer {
  let bytes = encodedFiles.get(file);
  if (!bytes) {
    bytes = Buffer.from(file.content, 'utf8');
    encodedFiles.set(file, bytes);
  }
  return bytes;
}

/** What regenerating would change on disk: created, updated and stale (deleted) files. */
export function planChanges({ root, files, owned }: PlanInput): FileChange[] {
  const changes: FileChange[] = [];
  const wanted = new Map(files.map((f) => [f.path, f]));
  if (wanted.size !== files.length) {
    const seen = new Set<string>();
    for (const f of files) {
      if (seen.has(f.path)) throw new Error(`two generators emit ${f.path}`);
      seen.add(f.path);
    }
  }
  for (const f of files) {
    const abs = path.join(root, f.path);
    let current: Buffer | undefined;
    try {
      current = fs.readFileSync(abs);
    } catch {
      current = undefined;
    }
    if (current === undefined) changes.push({ path: f.path, kind: 'create' });
    else if (!current.equals(encoded(f))) changes.push({ path: f.path, kind: 'update' });
  }
  for (const existing of listOwned(root, owned)) {
    if (!wanted.has(existing)) changes.push({ path: existing, kind: 'delete' });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A change written to disk but not yet in place: a temporary file beside its target, or a deletion. */
export interface Staged {
  readonly path: string;
  readonly tmp?: string;
}

/** The sha1 the stamp records for a file's content (of its UTF-8 bytes). */
export function contentHash(content: string | Buffer): string {
  return crypto.createHash('sha1').update(content).digest('hex');
}

/** Writes the new content of every created or updated file to a temporary file beside it. */
export function stageChanges(root: string, files: readonly GeneratedFile[], changes: readonly FileChange[]): Staged[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const staged: Staged[] = [];
  for (const c of changes) {
    if (c.kind === 'delete') {
      staged.push({ path: c.path });
      continue;
    }
    const abs = path.join(root, c.path);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, encoded(byPath.get(c.path)!));
    staged.push({ path: c.path, tmp });
  }
  return staged;
}

/** Moves staged files into place (a rename each, so no file is ever half written) and deletes stale ones. */
export function commitStaged(root: string, staged: readonly Staged[]): void {
  for (const s of staged) {
    const abs = path.join(root, s.path);
    if (s.tmp) fs.renameSync(s.tmp, abs);
    else {
      fs.rmSync(abs, { force: true });
      removeEmptyParents(root, path.dirname(abs));
    }
  }
}

/** Removes the temporary files of a generation that did not finish. */
export function discardStaged(staged: readonly Staged[]): void {
  for (const s of staged) if (s.tmp) fs.rmSync(s.tmp, { force: true });
}

/**
 * Every file now in the owned folders (and owned files that exist), relative to `root` with forward
 * slashes. Paths are built by concatenation: owned paths and directory entries are already normal,
 * and path.join/relative over every file of the tree was a noticeable share of a regeneration.
 */
function listOwned(root: string, owned: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(`${root}/${rel}`, { withFileTypes: true })) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  for (const o of owned) {
    if (!fs.existsSync(`${root}/${o}`)) continue;
    if (o.endsWith('/')) walk(o.slice(0, -1));
    else out.push(o);
  }
  return out;
}

function removeEmptyParents(root: string, dir: string): void {
  const stop = path.resolve(root);
  let d = path.resolve(dir);
  while (d.startsWith(stop) && d !== stop && fs.existsSync(d) && fs.readdirSync(d).length === 0) {
    fs.rmdirSync(d);
    d = path.dirname(d);
  }
}
