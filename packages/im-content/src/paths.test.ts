import { describe, expect, it } from 'vitest';
import { ContentError } from './errors.js';
import { baseName, checkRelativePath, extensionForContentType, extensionOf, freeFileName, pathSegments, safeFileName, withContentTypeExtension } from './paths.js';

describe('path names', () => {
  it.each([
    ['a/b/c.png', ['a', 'b', 'c.png'], 'c.png', 'png'],
    ['./x.tar.gz', ['.', 'x.tar.gz'], 'x.tar.gz', 'gz'],
    ['dir\\win.PDF', ['dir', 'win.PDF'], 'win.PDF', 'pdf'],
    ['.env', ['.env'], '.env', ''],
    ['noext', ['noext'], 'noext', ''],
    ['a.b/noext', ['a.b', 'noext'], 'noext', ''],
    ['weird.ext with space', ['weird.ext with space'], 'weird.ext with space', ''],
    ['out/', ['out'], 'out', ''],
    ['file_v2_abc', ['file_v2_abc'], 'file_v2_abc', ''],
  ])('%j', (p, segs, base, ext) => {
    expect(pathSegments(p)).toEqual(segs);
    expect(baseName(p)).toBe(base);
    expect(extensionOf(p)).toBe(ext);
  });
});

describe('checkRelativePath', () => {
  it.each(['a.png', './a.png', 'out/sub/a.png', 'a..b.png', '...'])('accepts %j', (p) => {
    expect(checkRelativePath(p, 'output')).toBe(p);
  });
  const fix = 'Give a relative path inside the working directory, for example ./out/file.png.';
  const bad: Array<[string, string]> = [
    ['', '--output is an empty path. ' + fix],
    ['/etc/passwd', '--output "/etc/passwd" is an absolute path; only relative paths are accepted. ' + fix],
    ['\\\\server\\share', '--output "\\\\server\\share" is an absolute path; only relative paths are accepted. ' + fix],
    ['C:\\x', '--output "C:\\x" is an absolute path; only relative paths are accepted. ' + fix],
    ['c:x', '--output "c:x" is an absolute path; only relative paths are accepted. ' + fix],
    ['~/x', '--output "~/x" starts with ~; home-relative paths are not accepted. ' + fix],
    ['..', '--output ".." contains a ".." segment, which could lead outside the working directory. ' + fix],
    ['a/../b', '--output "a/../b" contains a ".." segment, which could lead outside the working directory. ' + fix],
    ['a\\..\\b', '--output "a\\..\\b" contains a ".." segment, which could lead outside the working directory. ' + fix],
    ['a\nb', '--output "a\\u000ab" contains control characters. ' + fix],
    ['a\u009bb', '--output "a\\u009bb" contains control characters. ' + fix],
  ];
  it.each(bad)('refuses %j', (p, message) => {
    try {
      checkRelativePath(p, 'output');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect((e as ContentError).field).toBe('output');
      expect((e as ContentError).message).toBe(message);
    }
  });
});

describe('Content-Type extensions', () => {
  it.each([
    ['image/png', 'png'],
    ['image/jpeg', 'jpg'],
    ['IMAGE/JPEG; charset=binary', 'jpg'],
    ['image/gif', 'gif'],
    ['image/webp', 'webp'],
    ['application/pdf', 'pdf'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['video/mp4', 'mp4'],
    ['audio/opus', 'opus'],
    ['text/plain; charset=utf-8', 'txt'],
    ['application/octet-stream', ''],
    ['x/unknown', ''],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (ct, ext) => {
    expect(extensionForContentType(ct)).toBe(ext);
  });

  it.each([
    ['img_v3_abc', 'image/png', 'img_v3_abc.png'],
    ['file_v2_abc', 'application/pdf', 'file_v2_abc.pdf'],
    ['out/report', 'application/pdf', 'out/report.pdf'],
    ['photo.jpeg', 'image/png', 'photo.jpeg'],
    ['data', 'application/octet-stream', 'data'],
    ['data', undefined, 'data'],
  ])('withContentTypeExtension(%j, %j) → %j', (name, ct, expected) => {
    expect(withContentTypeExtension(name, ct)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each([
    ['report.pdf', 'file_1', 'report.pdf'],
    ['../../etc/passwd', 'file_1', 'passwd'],
    ['C:\\Windows\\evil.exe', 'file_1', 'evil.exe'],
    ['a<b>:c"d|e?f*.txt', 'file_1', 'a_b__c_d_e_f_.txt'],
    ['line\nbreak\u0007.txt', 'file_1', 'line_break_.txt'],
    ['.bashrc', 'file_1', 'bashrc'],
    ['name. . ', 'file_1', 'name'],
    ['..', 'file_1', 'file_1'],
    ['', 'img_v3_abc', 'img_v3_abc'],
    [undefined, 'img_v3_abc', 'img_v3_abc'],
    ['///', '', 'resource'],
    ['CON', 'file_1', '_CON'],
    ['nul.txt', 'file_1', '_nul.txt'],
    ['报告.pdf', 'file_1', '报告.pdf'],
  ])('%j (fallback %j) → %j', (name, fallback, expected) => {
    expect(safeFileName(name, fallback)).toBe(expected);
  });

  it('keeps at most 200 bytes, extension included', () => {
    const long = safeFileName(`${'字'.repeat(100)}.pdf`, 'f');
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(200);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(long).toBe(`${'字'.repeat(65)}.pdf`);
  });
});

describe('freeFileName', () => {
  it.each([
    ['a.pdf', [], 'a.pdf'],
    ['a.pdf', ['a.pdf'], 'a (1).pdf'],
    ['a.pdf', ['a.pdf', 'a (1).pdf'], 'a (2).pdf'],
    ['README', ['README'], 'README (1)'],
  ])('%j with %j taken → %j', (name, taken, expected) => {
    expect(freeFileName(name, (c) => (taken as string[]).includes(c))).toBe(expected);
  });
});
