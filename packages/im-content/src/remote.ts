/**
 * Guards for fetching remote Markdown images: a URL in a message must not make the CLI reach
 * into the local machine or network (loopback, private, link-local, metadata addresses), and a
 * redirect to another host must not carry credentials. The DNS lookup is the caller's; these
 * functions judge the URL before it and each resolved address after it.
 */

/** Verdict on a URL or address: fine, or refused with a reason for the warning. */
export type UrlVerdict = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

/**
 * Checks a remote image URL before fetching: http or https only, no user:password part, and a
 * host that is not `localhost` or a literal non-public IP (the WHATWG parser already turns forms
 * like `2130706433` or `0x7f.1` into dotted IPv4). Resolved addresses still need `isPublicAddress`.
 */
export function checkRemoteUrl(raw: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'it is not a valid URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: `the scheme ${url.protocol} is not fetched` };
  if (url.username || url.password) return { ok: false, reason: 'URLs with a user name or password are not fetched' };
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, reason: 'it points at this machine' };
  if (isIpLiteral(host) && !isPublicAddress(host)) return { ok: false, reason: `${host} is a loopback, private or link-local address` };
  return { ok: true, url };
}

/** True for a dotted IPv4 or an IPv6 literal (without brackets). */
export function isIpLiteral(host: string): boolean {
  return parseIpv4(host) !== undefined || parseIpv6(host) !== undefined;
}

function parseIpv4(s: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function parseIpv6(s: string): number[] | undefined {
  let str = s.replace(/%.*$/, ''); // zone id
  if (!/^[0-9a-f:.]+$/i.test(str) || !str.includes(':')) return undefined;
  // An embedded IPv4 tail becomes two groups.
  const v4 = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(str);
  if (v4) {
    const p = parseIpv4(v4[1]!);
    if (!p) return undefined;
    str = `${str.slice(0, -v4[1]!.length)}${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const halves = str.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  if ([...head, ...tail].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16));
}

function publicV4(p: readonly number[]): boolean {
  const [a, b, c] = p as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127) return false; // this network, private, loopback
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false; // link-local (cloud metadata)
  if (a === 172 && b >= 16 && b <= 31) return false; // private
  if (a === 192 && b === 168) return false; // private
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
  if (a >= 224) return false; // multicast, reserved, broadcast
  return true;
}

/**
 * True when an IP address (v4 or v6, as a DNS lookup returns it) is a public unicast address;
 * false for loopback, private, link-local, CGNAT, multicast, documentation, unspecified and
 * for anything that does not parse. IPv4-mapped and NAT64 IPv6 addresses are judged by their
 * IPv4 part.
 */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4) return publicV4(v4);
  const g = parseIpv6(address);
  if (!g) return false;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return publicV4(embedded); // ::ffff:a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return publicV4(embedded); // 64:ff9b::/96
  if (g.every((x) => x === 0)) return false; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g7 === 1) return false; // ::1
  if (g.slice(0, 6).every((x) => x === 0)) return false; // deprecated IPv4-compatible
  if ((g0 & 0xffc0) === 0xfe80) return false; // link-local
  if ((g0 & 0xffc0) === 0xfec0) return false; // site-local (deprecated)
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  return true;
}

/**
 * Whether a redirect from `from` to `to` may keep credentials (Authorization, cookies): only to
 * the same scheme, host and port. Credentials never go from https to http.
 */
export function redirectKeepsCredentials(from: string | URL, to: string | URL): boolean {
  try {
    const a = new URL(from);
    const b = new URL(to, a);
    return a.protocol === b.protocol && a.host === b.host;
  } catch {
    return false;
  }
}
