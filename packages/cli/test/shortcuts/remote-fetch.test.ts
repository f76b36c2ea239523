/**
 * The remote Markdown image fetcher, in process: the address guards (before connecting, on every
 * resolved address, after every redirect), credentials dropped on a cross-origin redirect, size
 * and type limits, and the per-URL outcomes of resolveRemoteImages.
 */
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowPrivateFrom, fetchRemoteFile, fetchRemoteImage, imageFileName, resolveRemoteImages, RemoteFetchError } from '../../src/shortcuts/im/lib/remote-fetch.js';
import { imageServer, PNG, type ImageServer } from './send-fixtures.js';

let server: ImageServer;
let port: string;
beforeAll(async () => {
  server = await imageServer({
    '/a.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG);
    },
    '/noext': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(PNG);
    },
    '/to-other-host': (_req, res) => {
      res.writeHead(302, { location: `http://other.test:${port}/a.png` });
      res.end();
    },
    '/to-same-host': (_req, res) => {
      res.writeHead(301, { location: '/a.png' });
      res.end();
    },
    '/to-private': (_req, res) => {
      res.writeHead(302, { location: `http://inside.test:${port}/a.png` });
      res.end();
    },
    '/to-literal': (_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
      res.end();
    },
    '/to-file': (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/big.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.alloc(2048, 1));
    },
    '/html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>hi</p>');
    },
    '/report': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': "attachment; filename*=UTF-8''Q3%20report.pdf" });
      res.end('%PDF');
    },
    '/empty.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end();
    },
  });
  port = new URL(server.url).port;
});
afterAll(async () => server?.close());

// Host names the test resolves itself: "public.test" and "other.test" to the local server, which
// the injected predicate treats as public; "inside.test" to 127.0.0.2, which it treats as private.
const hosts: Record<string, LookupAddress[]> = {
  'public.test': [{ address: '127.0.0.1', family: 4 }],
  'other.test': [{ address: '127.0.0.1', family: 4 }],
  'inside.test': [{ address: '127.0.0.2', family: 4 }],
  'mixed.test': [
    { address: '127.0.0.1', family: 4 },
    { address: '10.1.2.3', family: 4 },
  ],
};
const opts = {
  resolve: async (h: string) => {
    const a = hosts[h];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${h}`), { code: 'ENOTFOUND' });
    return a;
  },
  isPublic: (a: string) => a === '127.0.0.1',
};
const at = (host: string, p: string) => `http://${host}:${port}${p}`;

describe('fetchRemoteImage', () => {
  it('fetches an image from a public host, without credentials', async () => {
    const img = await fetchRemoteImage(at('public.test', '/a.png'), opts);
    expect(img.bytes.equals(PNG)).toBe(true);
    expect(img).toMatchObject({ contentType: 'image/png', filename: 'a.png', finalUrl: at('public.test', '/a.png') });
    expect(server.hits.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('names an upload without extension from its Content-Type', async () => {
    expect((await fetchRemoteImage(at('public.test', '/noext'), opts)).filename).toBe('noext.jpg');
    expect(imageFileName('https://x.test/', 'image/png')).toBe('image.png');
    expect(imageFileName('https://x.test/a%20b.webp?x=1', undefined)).toBe('a_b.webp');
  });

  it('refuses loopback, private and link-local targets before connecting', async () => {
    const n = server.hits.length;
    for (const [url, reason] of [
      [`http://127.0.0.1:${port}/a.png`, '127.0.0.1 is a loopback, private or link-local address'],
      ['http://localhost/a.png', 'it points at this machine'],
      ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a loopback, private or link-local address'],
      ['http://[::1]/a.png', '::1 is a loopback, private or link-local address'],
      ['ftp://public.test/a.png', 'the scheme ftp: is not fetched'],
      ['https://user:pw@public.test/a.png', 'URLs with a user name or password are not fetched'],
    ] as const) {
      await expect(fetchRemoteImage(url, opts)).rejects.toThrow(reason);
    }
    expect(server.hits.length).toBe(n);
  });

  it('refuses a host that resolves to a private address (any of its addresses)', async () => {
    const n = server.hits.length;
    await expect(fetchRemoteImage(at('inside.test', '/a.png'), opts)).rejects.toThrow('inside.test resolves to 127.0.0.2, a loopback, private or link-local address');
    await expect(fetchRemoteImage(at('mixed.test', '/a.png'), opts)).rejects.toThrow('mixed.test resolves to 10.1.2.3');
    expect(server.hits.length).toBe(n);
  });

  it('checks every redirect again', async () => {
    await expect(fetchRemoteImage(at('public.test', '/to-private'), opts)).rejects.toThrow('inside.test resolves to 127.0.0.2');
    await expect(fetchRemoteImage(at('public.test', '/to-literal'), opts)).rejects.toThrow('169.254.169.254 is a loopback, private or link-local address');
    await expect(fetchRemoteImage(at('public.test', '/to-file'), opts)).rejects.toThrow('the scheme file: is not fetched');
    await expect(fetchRemoteImage(at('public.test', '/loop'), opts)).rejects.toThrow('it redirects more than 5 times');
  });

  it('keeps credentials on a same-origin redirect and drops them on a cross-host one', async () => {
    const headers = { authorization: 'Bearer secret', cookie: 'a=b', 'x-trace': '1' };
    await fetchRemoteImage(at('public.test', '/to-same-host'), { ...opts, headers });
    expect(server.hits.at(-1)!.headers).toMatchObject({ authorization: 'Bearer secret', cookie: 'a=b' });
    await fetchRemoteImage(at('public.test', '/to-other-host'), { ...opts, headers });
    const last = server.hits.at(-1)!;
    expect(last.headers.host).toBe(`other.test:${port}`);
    expect(last.headers.authorization).toBeUndefined();
    expect(last.headers.cookie).toBeUndefined();
    expect(last.headers['x-trace']).toBe('1');
  });

  it('refuses bodies over the limit, non-images, empty bodies and HTTP errors', async () => {
    await expect(fetchRemoteImage(at('public.test', '/big.png'), { ...opts, maxBytes: 1024 })).rejects.toThrow('larger than the 1 KB upload limit');
    await expect(fetchRemoteImage(at('public.test', '/html'), opts)).rejects.toThrow('it is not an image (Content-Type text/html)');
    await expect(fetchRemoteImage(at('public.test', '/empty.png'), opts)).rejects.toThrow('empty body');
    await expect(fetchRemoteImage(at('public.test', '/missing.png'), opts)).rejects.toThrow('the server answered HTTP 404');
    await expect(fetchRemoteImage(at('public.test', '/a.png'), opts)).resolves.toBeDefined();
  });

  it('allows private addresses only when explicitly allowed', async () => {
    await expect(fetchRemoteImage(`http://127.0.0.1:${port}/a.png`, { allowPrivate: true })).resolves.toMatchObject({ filename: 'a.png' });
    await expect(fetchRemoteImage(at('inside.test', '/a.png'), { ...opts, allowPrivate: true })).rejects.toThrow(/ECONNREFUSED|connect/);
    expect(allowPrivateFrom({ LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1' })).toBe(true);
    expect(allowPrivateFrom({ LARKSUITE_CLI_ALLOW_PRIVATE_URLS: 'true' })).toBe(true);
    expect(allowPrivateFrom({ LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '0' })).toBe(false);
    expect(allowPrivateFrom({})).toBe(false);
  });

  it('errors are RemoteFetchError with a reason for the warning', async () => {
    const e = await fetchRemoteImage('http://localhost/x.png').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RemoteFetchError);
  });
});

describe('fetchRemoteFile (media flags)', () => {
  it('takes any Content-Type, names the file from Content-Disposition, asks for */*', async () => {
    const f = await fetchRemoteFile(at('public.test', '/report'), opts);
    expect({ ...f, bytes: f.bytes.toString() }).toEqual({
      bytes: '%PDF',
      contentType: 'application/pdf',
      finalUrl: at('public.test', '/report'),
      filename: 'Q3_report.pdf',
      disposition: 'Q3 report.pdf',
    });
    expect(server.hits.at(-1)!.headers.accept).toBe('*/*');
    expect((await fetchRemoteFile(at('public.test', '/html'), opts)).filename).toBe('html.html');
  });

  it('marks policy refusals (address, size) apart from failures', async () => {
    const refusal = (p: Promise<unknown>) => p.then(() => 'fetched', (e: unknown) => (e instanceof RemoteFetchError ? (e.refusal ?? 'failure') : 'other'));
    expect(await refusal(fetchRemoteFile(at('inside.test', '/a.png'), opts))).toBe('address');
    expect(await refusal(fetchRemoteFile(at('public.test', '/to-private'), opts))).toBe('address');
    expect(await refusal(fetchRemoteFile(at('public.test', '/to-literal'), opts))).toBe('address');
    expect(await refusal(fetchRemoteFile(at('public.test', '/to-file'), opts))).toBe('address');
    expect(await refusal(fetchRemoteFile(at('public.test', '/a.png'), { ...opts, httpsOnly: true }))).toBe('address');
    expect(await refusal(fetchRemoteFile(at('public.test', '/big.png'), { ...opts, maxBytes: 1024 }))).toBe('size');
    expect(await refusal(fetchRemoteFile(at('public.test', '/missing'), opts))).toBe('failure');
    expect(await refusal(fetchRemoteFile(at('public.test', '/empty.png'), opts))).toBe('failure');
    expect(await refusal(fetchRemoteFile(at('public.test', '/loop'), opts))).toBe('failure');
  });
});

describe('resolveRemoteImages', () => {
  it('uploads what could be fetched and records the reason for the rest', async () => {
    const uploaded: string[] = [];
    const out = await resolveRemoteImages(
      [at('public.test', '/a.png'), at('inside.test', '/a.png'), at('nowhere.test', '/a.png'), at('public.test', '/noext')],
      async (img, url) => {
        uploaded.push(url);
        if (img.filename === 'noext.jpg') throw new Error('upload refused: 234011');
        return `img_${img.filename.replace('.', '_')}`;
      },
      opts,
    );
    expect(Object.fromEntries(out)).toEqual({
      [at('public.test', '/a.png')]: 'img_a_png',
      [at('inside.test', '/a.png')]: { error: 'inside.test resolves to 127.0.0.2, a loopback, private or link-local address' },
      [at('nowhere.test', '/a.png')]: { error: 'its host could not be resolved' },
      [at('public.test', '/noext')]: { error: 'upload refused: 234011' },
    });
  });
});
