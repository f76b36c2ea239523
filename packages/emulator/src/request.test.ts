import querystring from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './request.js';

/** Plain objects for comparison: `querystring.parse` answers an object without a prototype. */
const plain = (o: object) => ({ ...o });

describe('parseQuery reads a query as querystring.parse does', () => {
  it.each([
    ['receive_id_type=chat_id', { receive_id_type: 'chat_id' }],
    ['a=1&a=2&a=3', { a: ['1', '2', '3'] }],
    ['a&a', { a: ['', ''] }],
    ['a', { a: '' }],
    ['a=', { a: '' }],
    ['=a', { '': 'a' }],
    ['=', { '': '' }],
    ['a=b=c', { a: 'b=c' }],
    ['&a=1&&b=2&', { a: '1', b: '2' }],
    ['&', {}],
    ['__proto__=x&constructor=y', { ['__proto__']: 'x', constructor: 'y' }],
    ['q=%E4%BD%A0+x', { q: '你 x' }],
    ['k%20=v%zz', { 'k ': 'v%zz' }],
  ])('%j', (search, expected) => {
    expect(plain(parseQuery(search))).toEqual(plain(expected));
    expect(plain(parseQuery(search))).toEqual(plain(querystring.parse(search)));
  });

  it('agrees with querystring.parse on every query of up to 5 characters from a=&%+ and letters', () => {
    const alphabet = ['a', 'b', '=', '&', '%', '+', '2'];
    let checked = 0;
    const walk = (prefix: string) => {
      expect(plain(parseQuery(prefix)), JSON.stringify(prefix)).toEqual(plain(querystring.parse(prefix)));
      checked++;
      if (prefix.length < 5) for (const c of alphabet) walk(prefix + c);
    };
    walk('');
    expect(checked).toBe((7 ** 6 - 1) / 6);
  });

  it('leaves a query of 1000 keys or more to querystring, whose limit of 1000 keys applies', () => {
    const search = Array.from({ length: 1200 }, (_, i) => `k${i}=${i}`).join('&');
    expect(Object.keys(parseQuery(search))).toHaveLength(1000);
  });
});
