import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadTarget, resolveFolderInside, resolveInside } from './safe-path.js';
import { errorOf } from './test-support.js';

let root: string; // the working directory under test
let outside: string; // a directory next to it

beforeAll(() => {
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'im-content-')));
  root = path.join(tmp, 'work');
  outside = path.join(tmp, 'elsewhere');
  fs.mkdirSync(path.join(root, 'sub', 'deep'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, 'a.png'), 'x');
  fs.writeFileSync(path.join(root, 'sub', 'b.pdf'), 'x');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'x');
  fs.symlinkSync(outside, path.join(root, 'escape'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'secret-link.txt'));
  fs.symlinkSync(path.join(root, 'sub'), path.join(root, 'inner-link'));
  fs.symlinkSync(path.join(root, 'sub', 'b.pdf'), path.join(root, 'b-link.pdf'));
  fs.symlinkSync(path.join(root, 'missing-target'), path.join(root, 'dangling'));
});

afterAll(() => {
  fs.rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('resolveInside (read)', () => {
  it.each([
    ['a.png', 'a.png'],
    ['./a.png', 'a.png'],
    ['sub/b.pdf', 'sub/b.pdf'],
    ['inner-link/b.pdf', 'sub/b.pdf'],
    ['b-link.pdf', 'sub/b.pdf'],
  ])('%j → %j', (p, rel) => {
    const r = resolveInside(root, p, { field: 'image', mode: 'read' });
    expect(r).toEqual({ absolute: path.join(root, ...rel.split('/')), relative: rel });
  });

  const bad: Array<[string, string]> = [
    ['missing.png', '--image "missing.png" does not exist. Check the path; it is read relative to the working directory.'],
    ['escape/secret.txt', '--image "escape/secret.txt" leads outside the working directory through a symbolic link. Give a relative path inside the working directory, for example ./out/file.png.'],
    ['secret-link.txt', '--image "secret-link.txt" leads outside the working directory through a symbolic link. Give a relative path inside the working directory, for example ./out/file.png.'],
    ['sub', '--image "sub" is not a regular file. Point it at a file, not a folder or device.'],
    ['.', '--image "." names the working directory itself, not a file. Give a relative path inside the working directory, for example ./out/file.png.'],
    ['../elsewhere/secret.txt', '--image "../elsewhere/secret.txt" contains a ".." segment, which could lead outside the working directory. Give a relative path inside the working directory, for example ./out/file.png.'],
  ];
  it.each(bad)('refuses %j', (p, message) => {
    const e = errorOf(() => resolveInside(root, p, { field: 'image', mode: 'read' }));
    expect(e.field).toBe('image');
    expect(e.message).toBe(message);
  });

  it('refuses an absolute path even inside the base', () => {
    expect(errorOf(() => resolveInside(root, path.join(root, 'a.png'), { field: 'file', mode: 'read' })).problem).toContain('is an absolute path');
  });
});

describe('resolveInside (write)', () => {
  it.each([
    ['new.png', 'new.png'],
    ['a.png', 'a.png'],
    ['sub/new.pdf', 'sub/new.pdf'],
    ['not/yet/there.bin', 'not/yet/there.bin'],
    ['inner-link/new.pdf', 'sub/new.pdf'],
    ['inner-link/x/y.pdf', 'sub/x/y.pdf'],
  ])('%j → %j', (p, rel) => {
    const r = resolveInside(root, p, { field: 'output', mode: 'write' });
    expect(r).toEqual({ absolute: path.join(root, ...rel.split('/')), relative: rel });
  });

  const fix = 'Give a relative path inside the working directory, for example ./out/file.png.';
  const bad: Array<[string, string]> = [
    ['escape/new.txt', `--output "escape/new.txt" leads outside the working directory through a symbolic link. ${fix}`],
    ['escape/a/b/c.txt', `--output "escape/a/b/c.txt" leads outside the working directory through a symbolic link. ${fix}`],
    ['secret-link.txt', '--output "secret-link.txt" is a symbolic link; it will not be written through. Choose another file name, or remove the link first.'],
    ['b-link.pdf', '--output "b-link.pdf" is a symbolic link; it will not be written through. Choose another file name, or remove the link first.'],
    ['dangling', '--output "dangling" is a symbolic link; it will not be written through. Choose another file name, or remove the link first.'],
    ['dangling/x.txt', `--output "dangling/x.txt" goes through a symbolic link that points nowhere. ${fix}`],
    ['sub', '--output "sub" is a folder. Give a file name inside it, for example "sub/name.ext".'],
    ['a.png/x', `--output "a.png/x" goes through "a.png", which is a file, not a folder. ${fix}`],
    ['/tmp/x', `--output "/tmp/x" is an absolute path; only relative paths are accepted. ${fix}`],
  ];
  it.each(bad)('refuses %j', (p, message) => {
    const e = errorOf(() => resolveInside(root, p, { field: 'output', mode: 'write' }));
    expect(e.field).toBe('output');
    expect(e.message).toBe(message);
  });
});

describe('downloadTarget', () => {
  it.each([
    [{ fileKey: 'img_v3_abc' }, 'img_v3_abc'],
    [{ fileKey: 'img_v3_abc', contentType: 'image/png' }, 'img_v3_abc.png'],
    [{ fileKey: 'file_1', contentType: 'application/pdf; x=y' }, 'file_1.pdf'],
    [{ fileKey: 'file_1', output: 'sub/report', contentType: 'application/pdf' }, 'sub/report.pdf'],
    [{ fileKey: 'file_1', output: 'sub/report.docx', contentType: 'application/pdf' }, 'sub/report.docx'],
    [{ fileKey: 'file_1', output: 'out/x', contentType: 'application/octet-stream' }, 'out/x'],
  ])('%j → %j', (options, rel) => {
    expect(downloadTarget(root, options).relative).toBe(rel);
  });

  it('refuses a key with a path separator before looking at --output', () => {
    expect(errorOf(() => downloadTarget(root, { fileKey: '../x', output: 'ok.bin' })).field).toBe('file-key');
  });
  it('names --output when it is at fault', () => {
    expect(errorOf(() => downloadTarget(root, { fileKey: 'file_1', output: 'escape/x' })).field).toBe('output');
  });
  it('names --file-key when the default name is at fault', () => {
    fs.mkdirSync(path.join(root, 'file_dir'));
    expect(errorOf(() => downloadTarget(root, { fileKey: 'file_dir' })).field).toBe('file-key');
  });
});

describe('resolveFolderInside', () => {
  it.each([
    ['lark-im-resources', 'lark-im-resources'],
    ['./sub/deep', 'sub/deep'],
    ['sub/new/folder', 'sub/new/folder'],
    ['inner-link/new', 'sub/new'],
    ['.', '.'],
  ])('%j → %j', (p, rel) => {
    const r = resolveFolderInside(root, p, 'resources-dir');
    expect(r.relative).toBe(rel);
    expect(r.absolute).toBe(path.join(root, rel));
  });

  const fix = 'Give a relative folder inside the working directory, for example ./lark-im-resources.';
  const bad: Array<[string, string]> = [
    ['/tmp/x', '--resources-dir "/tmp/x" is an absolute path; only relative paths are accepted.'],
    ['../up', '--resources-dir "../up" contains a ".." segment, which could lead outside the working directory.'],
    ['~/x', '--resources-dir "~/x" starts with ~; home-relative paths are not accepted.'],
    ['escape/inside', `--resources-dir "escape/inside" leads outside the working directory through a symbolic link. ${fix}`],
    ['dangling/x', `--resources-dir "dangling/x" goes through a symbolic link that points nowhere. ${fix}`],
    ['a.png', `--resources-dir "a.png" goes through "a.png", which is a file, not a folder. ${fix}`],
    ['sub/b.pdf/x', `--resources-dir "sub/b.pdf/x" goes through "sub/b.pdf", which is a file, not a folder. ${fix}`],
  ];
  it.each(bad)('refuses %j', (p, message) => {
    const e = errorOf(() => resolveFolderInside(root, p, 'resources-dir'));
    expect(e.field).toBe('resources-dir');
    expect(e.message.startsWith(message)).toBe(true);
  });
});
