/**
 * Downloads from URLs given in a message: remote images in --markdown (`![alt](https://…)`) and
 * media flags given an https:// URL (--image, --file, --video, --video-cover, --audio). A URL in a
 * message must never make the CLI reach into the local machine or network, so:
 * - the URL is checked first (http/https only — https only for media flags —, no user:password,
 *   no localhost or literal loopback/private/link-local address);
 * - the host is resolved, and the connection is made only to an address that is public (the check
 *   runs inside the socket's own DNS lookup, so a second lookup cannot swap the address);
 * - every redirect is checked again in the same way (at most 5), and headers that carry
 *   credentials are dropped when a redirect leaves the original scheme, host and port;
 * - the body is capped at the upload limit and the whole fetch at a timeout.
 * Private addresses are fetched only when the user explicitly allows it with the environment
 * variable LARKSUITE_CLI_ALLOW_PRIVATE_URLS=1 (for a self-hosted file server or a test).
 */
import type { LookupAddress } from 'node:dns';
import type { IncomingHttpHeaders } from 'node:http';

/** The socket modules, loaded on the first remote image: every other command starts without them. */
interface Net {
  readonly dns: typeof import('node:dns');
  readonly http: typeof import('node:http');
  readonly https: typeof import('node:https');
}
let netModules: Promise<Net> | undefined;
function loadNet(): Promise<Net> {
  netModules ??= Promise.all([import('node:dns'), import('node:http'), import('node:https')]).then(([dns, http, https]) => ({ dns, http, https }));
  return netModules;
}
import { dispositionFilename } from '@larkgen/sdk';
import { UPLOAD_LIMITS, checkRemoteUrl, formatBytes, isPublicAddress, redirectKeepsCredentials, remoteFileName, type ImageUploadOutcome } from '@larkgen/im-content';

/** The environment variable that allows fetching from loopback, private and link-local addresses. */
export const ALLOW_PRIVATE_ENV = 'LARKSUITE_CLI_ALLOW_PRIVATE_URLS';

export function allowPrivateFrom(env: NodeJS.ProcessEnv): boolean {
  const v = (env[ALLOW_PRIVATE_ENV] ?? '').trim().toLowerCase();
  return v === '1' || v === 'true' || v === 'yes';
}

export interface FetchOptions {
  /** Fetch from non-public addresses too (explicit opt-in). */
  readonly allowPrivate?: boolean;
  /** Refuse plain http, for the URL and every redirect (media flags). */
  readonly httpsOnly?: boolean;
  /** Accept only an image answer (an image/* or octet-stream Content-Type); default false. */
  readonly imagesOnly?: boolean;
  /** Largest body accepted (default: the image upload limit, 10 MB). */
  readonly maxBytes?: number;
  /** Time limit of the whole fetch, redirects included (default 20 s). */
  readonly timeoutMs?: number;
  /** Most redirects followed (default 5). */
  readonly maxRedirects?: number;
  /** Extra request headers; credential headers never survive a redirect to another origin. */
  readonly headers?: Readonly<Record<string, string>>;
  /** DNS resolution (tests inject one); default: the system resolver. */
  readonly resolve?: (hostname: string) => Promise<readonly LookupAddress[]>;
  /** Which resolved addresses count as public (tests inject one); default `isPublicAddress`. */
  readonly isPublic?: (address: string) => boolean;
}

export interface FetchedFile {
  readonly bytes: Buffer;
  readonly contentType: string | undefined;
  /** The URL the bytes finally came from (after redirects). */
  readonly finalUrl: string;
  /** A file name for the upload, with an extension when one is known. */
  readonly filename: string;
}

/**
 * Why a fetch was refused by policy rather than failed: the address guards (`address`, which
 * includes a scheme the fetch does not take) or the size cap (`size`). The user has to change the
 * input; a retry would fail the same way.
 */
export type FetchRefusal = 'address' | 'size';

/** A refusal or failure with a reason for the warning or the error. */
export class RemoteFetchError extends Error {
  override readonly name = 'RemoteFetchError';
  constructor(
    message: string,
    readonly refusal?: FetchRefusal,
  ) {
    super(message);
  }
}

const CREDENTIAL_HEADERS = /^(authorization|proxy-authorization|cookie)$/i;

/** Checks a URL (or redirect target) before connecting; returns the parsed URL. */
function checkUrl(raw: string, o: FetchOptions): URL {
  const url = checkUrlShape(raw, o.allowPrivate === true);
  if (o.httpsOnly && url.protocol !== 'https:') throw new RemoteFetchError(`${url.protocol === 'http:' ? 'plain http' : `the scheme ${url.protocol}`} is not fetched for media, only https`, 'address');
  return url;
}

function checkUrlShape(raw: string, allowPrivate: boolean): URL {
  if (!allowPrivate) {
    const v = checkRemoteUrl(raw);
    if (!v.ok) throw new RemoteFetchError(v.reason, 'address');
    return v.url;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RemoteFetchError('it is not a valid URL', 'address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RemoteFetchError(`the scheme ${url.protocol} is not fetched`, 'address');
  if (url.username || url.password) throw new RemoteFetchError('URLs with a user name or password are not fetched', 'address');
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A socket `lookup` that refuses hosts resolving to a non-public address. */
function guardedLookup(o: FetchOptions, dns: Net['dns']) {
  const isPublic = o.isPublic ?? isPublicAddress;
  const resolve =
    o.resolve ??
    ((hostname: string) =>
      new Promise<readonly LookupAddress[]>((ok, fail) => dns.lookup(hostname, { all: true, verbatim: true }, (err, addrs) => (err ? fail(err) : ok(addrs)))));
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (all) => {
        let list = [...all];
        const fam = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        if (fam === 4 || fam === 6) list = list.filter((a) => a.family === fam);
        if (!list.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
        if (!o.allowPrivate) {
          const bad = list.find((a) => !isPublic(a.address));
          if (bad) {
            return callback(Object.assign(new RemoteFetchError(`${hostname} resolves to ${bad.address}, a loopback, private or link-local address`, 'address'), { code: 'EPRIVATEADDR' }), '', 4);
          }
        }
        if (options.all) return callback(null, list);
        return callback(null, list[0]!.address, list[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 4),
    );
  };
}

interface Hop {
  status: number;
  headers: IncomingHttpHeaders;
  body?: Buffer;
}

function requestOnce(net: Net, url: URL, headers: Record<string, string>, o: FetchOptions, maxBytes: number, signal: AbortSignal): Promise<Hop> {
  const mod = url.protocol === 'https:' ? net.https : net.http;
  return new Promise<Hop>((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: 'GET',
        headers,
        signal,
        // Literal IPs skip the lookup; they were judged by checkUrl.
        lookup: guardedLookup(o, net.dns) as unknown as Net['dns']['lookup'],
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ status, headers: res.headers });
          return;
        }
        if (status !== 200) {
          res.resume();
          reject(new RemoteFetchError(`the server answered HTTP ${status}`));
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.destroy();
          reject(new RemoteFetchError(`it is ${declared} bytes, over the ${formatBytes(maxBytes)} upload limit`, 'size'));
          return;
        }
        const chunks: Buffer[] = [];
        let got = 0;
        res.on('data', (c: Buffer) => {
          got += c.length;
          if (got > maxBytes) {
            res.destroy();
            reject(new RemoteFetchError(`it is larger than the ${formatBytes(maxBytes)} upload limit`, 'size'));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A file name for an image fetched from `url`: the URL's last path segment (else `image`), with an extension. */
export function imageFileName(url: string, contentType: string | undefined): string {
  return remoteFileName(url, { contentType, fallback: 'image' });
}

/** Downloads one remote file with the guards described above. Throws RemoteFetchError (or a network error). */
export async function fetchRemoteFile(raw: string, o: FetchOptions = {}): Promise<FetchedFile & { readonly disposition: string | undefined }> {
  const maxBytes = o.maxBytes ?? UPLOAD_LIMITS.image;
  const maxRedirects = o.maxRedirects ?? 5;
  const timeoutMs = o.timeoutMs ?? 20_000;
  const original = checkUrl(raw, o);
  const net = await loadNet();
  let url = original;
  let headers: Record<string, string> = { 'user-agent': 'lark-cli', accept: o.imagesOnly ? 'image/*' : '*/*', ...(o.headers ?? {}) };
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new RemoteFetchError(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      let res: Hop;
      try {
        res = await requestOnce(net, url, headers, o, maxBytes, ac.signal);
      } catch (e) {
        if (ac.signal.aborted && ac.signal.reason instanceof RemoteFetchError) throw ac.signal.reason;
        throw e;
      }
      if (!res.body) {
        if (hop >= maxRedirects) throw new RemoteFetchError(`it redirects more than ${maxRedirects} times`);
        const next = new URL(String(res.headers.location), url);
        const checked = checkUrl(next.href, o);
        if (!redirectKeepsCredentials(url, checked)) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.test(k)));
        url = checked;
        continue;
      }
      const ct = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() || undefined;
      if (o.imagesOnly && ct && !ct.startsWith('image/') && ct !== 'application/octet-stream' && ct !== 'binary/octet-stream') {
        throw new RemoteFetchError(`it is not an image (Content-Type ${ct})`);
      }
      if (res.body.length === 0) throw new RemoteFetchError('the server sent an empty body');
      const disposition = dispositionFilename(res.headers['content-disposition']);
      return { bytes: res.body, contentType: ct, finalUrl: url.href, filename: remoteFileName(url.href, { disposition, contentType: ct }), disposition };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Downloads one remote Markdown image: an image answer only, at most the image upload limit, named from the URL. */
export async function fetchRemoteImage(raw: string, o: FetchOptions = {}): Promise<FetchedFile> {
  const f = await fetchRemoteFile(raw, { ...o, imagesOnly: true });
  return { bytes: f.bytes, contentType: f.contentType, finalUrl: f.finalUrl, filename: imageFileName(f.finalUrl, f.contentType) };
}

/** The reason of a failed fetch or upload, for the warning. */
export function reasonOf(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its host could not be resolved';
    if (code === 'ECONNREFUSED') return 'the connection was refused';
    if (code === 'ECONNRESET') return 'the connection was reset';
    return e.message.replace(/\s+/g, ' ').trim();
  }
  return String(e);
}

/**
 * Fetches and uploads every remote image (a few at a time) and returns the outcome by URL: the
 * image key, or `{error}` for one that is left out with a warning.
 */
export async function resolveRemoteImages(
  urls: readonly string[],
  upload: (img: FetchedFile, url: string) => Promise<string>,
  o: FetchOptions & { readonly concurrency?: number; readonly progress?: (text: string) => void } = {},
): Promise<Map<string, ImageUploadOutcome>> {
  const out = new Map<string, ImageUploadOutcome>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      try {
        o.progress?.(`fetching ${url}…`);
        const img = await fetchRemoteImage(url, o);
        out.set(url, await upload(img, url));
      } catch (e) {
        out.set(url, { error: reasonOf(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency ?? 3, urls.length) }, worker));
  return out;
}
