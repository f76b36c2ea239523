import http, { type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FormPart {
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly data: Buffer;
}

/** One request as the server saw it. */
export interface Captured {
  readonly method: string;
  /** Path as sent (still percent-encoded). */
  readonly rawPath: string;
  /** Path, percent-decoded. */
  readonly path: string;
  /** Query pairs in order, percent-decoded. */
  readonly query: [string, string][];
  readonly headers: IncomingHttpHeaders;
  /** Media type without parameters, e.g. `application/json`. */
  readonly mediaType: string | undefined;
  readonly body: Buffer;
  readonly json?: unknown;
  readonly form?: FormPart[];
}

export type Handler = (req: Captured, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  readonly url: string;
  readonly requests: Captured[];
  /** Requests other than the tenant-token exchange. */
  apiRequests(): Captured[];
  tokenRequests(): Captured[];
  /** Resolves once the server has received `n` API requests: an event, not a polling deadline. */
  apiRequestsReached(n: number): Promise<void>;
  handle(h: Handler): void;
  close(): Promise<void>;
}

export const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Answers the token exchange with `t-test` and every other call with `{code:0, data:{}}`. */
export const defaultHandler: Handler = (req, res) => {
  if (req.path === TOKEN_PATH) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-test', expire: 7200 });
  sendJson(res, 200, { code: 0, msg: 'success', data: {} }, { 'x-tt-logid': 'log-ok' });
};

/** A local HTTP server on 127.0.0.1 (port 0) recording every request. */
export async function startServer(handler: Handler = defaultHandler): Promise<TestServer> {
  let h = handler;
  const requests: Captured[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const apiRequests = () => requests.filter((r) => r.path !== TOKEN_PATH);
  const wake = () => {
    const count = apiRequests().length;
    for (const w of waiters.splice(0)) {
      if (count >= w.n) w.resolve();
      else waiters.push(w);
    }
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const captured = capture(req.method ?? '', req.url ?? '/', req.headers, Buffer.concat(chunks));
      requests.push(captured);
      wake();
      Promise.resolve(h(captured, res)).catch((e: Error) => {
        if (!res.headersSent) sendJson(res, 500, { code: -1, msg: String(e) });
      });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    apiRequests,
    tokenRequests: () => requests.filter((r) => r.path === TOKEN_PATH),
    apiRequestsReached: (n) =>
      new Promise<void>((resolve) => {
        waiters.push({ n, resolve });
        wake();
      }),
    handle: (next) => void (h = next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function capture(method: string, url: string, headers: IncomingHttpHeaders, body: Buffer): Captured {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const query: [string, string][] = [];
  if (q >= 0) {
    for (const pair of url.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
      query.push(eq < 0 ? [dec(pair), ''] : [dec(pair.slice(0, eq)), dec(pair.slice(eq + 1))]);
    }
  }
  const ct = headers['content-type'];
  const mediaType = ct?.split(';')[0]!.trim().toLowerCase();
  let json: unknown;
  let form: FormPart[] | undefined;
  if (mediaType === 'application/json' && body.length) json = JSON.parse(body.toString('utf8'));
  if (mediaType === 'multipart/form-data') form = parseMultipart(body, /boundary="?([^";]+)"?/.exec(ct!)![1]!);
  return { method, rawPath, path: decodeURIComponent(rawPath), query, headers, mediaType, body, ...(json !== undefined ? { json } : {}), ...(form ? { form } : {}) };
}

/** A small multipart/form-data parser, enough to compare uploads. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const parts: FormPart[] = [];
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos >= 0) {
    const start = pos + delim.length;
    if (body.slice(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delim, start);
    if (next < 0) break;
    const part = body.slice(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const sep = part.indexOf('\r\n\r\n');
    const head = part.slice(0, sep).toString('utf8');
    const data = part.slice(sep + 4);
    const disp = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disp)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(disp)?.[1];
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim();
    parts.push({ name, data, ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}) });
    pos = next;
  }
  return parts;
}
