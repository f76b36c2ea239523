import { describe, expect, it } from 'vitest';
import { asciiFallback, formatContentDisposition, parseContentDisposition } from './content-disposition.js';

describe('Content-Disposition file names', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    ['报告.pdf', `attachment; filename="__.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`],
    ['a😀.txt', `attachment; filename="a_.txt"; filename*=UTF-8''a%F0%9F%98%80.txt`],
    ['evil\r\nSet-Cookie: x.txt', `attachment; filename="evil__Set-Cookie: x.txt"; filename*=UTF-8''evil%0D%0ASet-Cookie%3A%20x.txt`],
    ['q"uo\\te.txt', `attachment; filename="q_uo_te.txt"; filename*=UTF-8''q%22uo%5Cte.txt`],
  ])('%j is sent as a valid header and read back exactly', (name, header) => {
    const value = formatContentDisposition(name);
    expect(value).toBe(header);
    // What Node's HTTP layer accepts: Latin-1 printable, no control characters.
    expect(/^[\x20-\x7e]*$/.test(value)).toBe(true);
    expect(parseContentDisposition(value)).toBe(name);
  });

  it.each([
    ['attachment; filename="plain.txt"', 'plain.txt'],
    ['attachment; filename=token.txt', 'token.txt'],
    ['attachment; filename="a\\"b.txt"', 'a"b.txt'],
    [`attachment; filename*=iso-8859-1'en'%E9t%E9.txt`, 'été.txt'],
    [`attachment; filename="fallback.txt"; filename*=UTF-8''%FF%FE`, 'fallback.txt'],
    [`attachment; filename*=UTF-8''x.txt; filename="ignored.txt"`, 'x.txt'],
    ['inline', undefined],
    ['', undefined],
    [null, undefined],
  ])('parses %j as %j', (header, name) => {
    expect(parseContentDisposition(header)).toBe(name);
  });

  it('the fallback is printable ASCII', () => {
    expect(asciiFallback('\u0000\u007f\u00e9ok')).toBe('___ok');
  });
});
