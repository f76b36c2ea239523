/**
 * User-given file paths must be relative, without `..` segments, and stay inside the working
 * directory, also after symbolic links are resolved. Writes are atomic: a temporary file renamed into place, so no
 * partial file is ever left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';

function refuse(flag: string, p: string, why: string): CliError {
  return new CliError('validation', `${flag} "${p}" is refused: ${why}.`, {
    hint: 'Give a relative path inside the current directory, e.g. ./out/file.png.',
  });
}

function lexicalCheck(cwd: string, p: string, flag: string): string {
  if (!p) throw refuse(flag, p, 'the path is empty');
  if (/[\u0000-\u001f\u007f]/.test(p)) throw refuse(flag, p.replace(/[\u0000-\u001f\u007f]/g, '?'), 'it contains control characters');
  if (path.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')) throw refuse(flag, p, 'absolute paths are not accepted');
  if (p.startsWith('~')) throw refuse(flag, p, 'home-relative paths are not accepted');
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  if (rel === '' ) throw refuse(flag, p, 'it names the working directory itself');
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw refuse(flag, p, 'it leads outside the working directory');
  // Even when it comes back inside (a/../b), a ".." segment is not accepted.
  if (p.split(/[\\/]+/).includes('..')) throw refuse(flag, p, 'it contains a ".." segment');
  return abs;
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** An existing file to read: its absolute path, after checking it stays inside `cwd`. */
export function safeReadPath(cwd: string, p: string, flag: string): string {
  const abs = lexicalCheck(cwd, p, flag);
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    throw new CliError('validation', `${flag}: cannot find the file "${p}".`);
  }
  const realCwd = fs.realpathSync(cwd);
  if (!inside(realCwd, real)) throw refuse(flag, p, 'it resolves (through a symbolic link) outside the working directory');
  const st = fs.statSync(real);
  if (!st.isFile()) throw new CliError('validation', `${flag}: "${p}" is not a regular file.`);
  return real;
}

/** A file to write: its absolute path, after checking that it and its folder stay inside `cwd`. */
export function safeWritePath(cwd: string, p: string, flag: string): string {
  const abs = lexicalCheck(cwd, p, flag);
  const realCwd = fs.realpathSync(cwd);
  try {
    const st = fs.lstatSync(abs);
    if (st.isSymbolicLink()) throw refuse(flag, p, 'it is a symbolic link');
    if (st.isDirectory()) throw refuse(flag, p, 'it is a directory');
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  // The deepest folder that exists must resolve inside the working directory.
  let dir = path.dirname(abs);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  const realDir = fs.realpathSync(dir);
  if (!inside(realCwd, realDir)) throw refuse(flag, p, 'its folder resolves (through a symbolic link) outside the working directory');
  return abs;
}

/** Writes `data` to `abs` through a temporary file in the same folder. */
export function atomicWrite(abs: string, data: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.part`);
  try {
    fs.writeFileSync(tmp, data, { flag: 'wx' });
    fs.renameSync(tmp, abs);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
