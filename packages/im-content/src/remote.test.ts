import { describe, expect, it } from 'vitest';
import { checkRemoteUrl, isIpLiteral, isPublicAddress, redirectKeepsCredentials } from './remote.js';

describe('isPublicAddress', () => {
  const cases: Array<[string, boolean]> = [
    ['8.8.8.8', true],
    ['1.1.1.1', true],
    ['203.0.114.1', true],
    ['0.0.0.0', false],
    ['10.1.2.3', false],
    ['100.64.0.1', false],
    ['100.128.0.1', true],
    ['127.0.0.1', false],
    ['127.255.255.254', false],
    ['169.254.169.254', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['192.0.2.1', false],
    ['198.18.0.1', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['2606:4700:4700::1111', true],
    ['::', false],
    ['::1', false],
    ['0:0:0:0:0:0:0:1', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['fc00::1', false],
    ['fd12:3456::1', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::10.0.0.1', false],
    ['64:ff9b::8.8.8.8', true],
    ['::127.0.0.1', false],
    ['not an ip', false],
    ['256.1.1.1', false],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1::2::3', false],
  ];
  it.each(cases)('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
  it.each([
    ['1.2.3.4', true],
    ['::1', true],
    ['example.com', false],
    ['1.2.3', false],
  ])('isIpLiteral(%s) → %s', (host, expected) => {
    expect(isIpLiteral(host)).toBe(expected);
  });
});

describe('checkRemoteUrl', () => {
  it.each(['https://example.com/a.png', 'http://example.com:8080/a.png?x=1', 'https://8.8.8.8/a.png', 'https://[2606:4700::1111]/a.png'])('accepts %s', (url) => {
    const v = checkRemoteUrl(url);
    expect(v.ok).toBe(true);
  });
  const bad: Array<[string, string]> = [
    ['not a url', 'it is not a valid URL'],
    ['ftp://example.com/a.png', 'the scheme ftp: is not fetched'],
    ['file:///etc/passwd', 'the scheme file: is not fetched'],
    ['https://user:pw@example.com/a.png', 'URLs with a user name or password are not fetched'],
    ['http://localhost/a.png', 'it points at this machine'],
    ['http://LOCALHOST./a.png', 'it points at this machine'],
    ['http://api.localhost/a.png', 'it points at this machine'],
    ['http://127.0.0.1/a.png', '127.0.0.1 is a loopback, private or link-local address'],
    ['http://2130706433/a.png', '127.0.0.1 is a loopback, private or link-local address'],
    ['http://0x7f.1/a.png', '127.0.0.1 is a loopback, private or link-local address'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a loopback, private or link-local address'],
    ['http://[::1]/a.png', '::1 is a loopback, private or link-local address'],
    ['http://[::ffff:10.0.0.1]/a.png', '::ffff:a00:1 is a loopback, private or link-local address'],
  ];
  it.each(bad)('refuses %s', (url, reason) => {
    expect(checkRemoteUrl(url)).toEqual({ ok: false, reason });
  });
});

describe('redirectKeepsCredentials', () => {
  it.each([
    ['https://a.io/x', 'https://a.io/y', true],
    ['https://a.io/x', '/relative', true],
    ['https://a.io/x', 'https://b.io/x', false],
    ['https://a.io/x', 'https://a.io:8443/x', false],
    ['https://a.io/x', 'http://a.io/x', false],
    ['https://a.io/x', 'https://sub.a.io/x', false],
    ['::bad', 'https://a.io', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(redirectKeepsCredentials(from, to)).toBe(expected);
  });
});
