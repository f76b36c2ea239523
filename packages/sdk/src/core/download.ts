import type { LarkCore } from './client.js';
import type { ApiMethod } from './method.js';
import type { CallOptions, LarkRequest, LarkResponse, MethodDescriptor } from './types.js';

/** A file answer: the bytes as a stream, with what the headers say about them. */
export class LarkDownload {
  readonly status: number;
  readonly headers: Headers;
  readonly logId: string | undefined;
  /** `Content-Type` of the file, e.g. `image/png`. */
  readonly contentType: string | undefined;
  /** Total size of the file in bytes when known (`Content-Range` total, else `Content-Length` plus `offset`). */
  readonly size: number | undefined;
  /** Byte position of the first byte of `body` in the file (non-zero for a resumed, ranged answer). */
  readonly offset: number;
  /** The file name from `Content-Disposition`, when given. */
  readonly filename: string | undefined;
  /** The bytes; can be read once. */
  readonly body: ReadableStream<Uint8Array>;
  readonly #reopen: ((start: number, signal?: AbortSignal) => Promise<LarkDownload>) | undefined;

  constructor(res: Response, reopen?: (start: number, signal?: AbortSignal) => Promise<LarkDownload>) {
    const h = res.headers;
    this.status = res.status;
    this.headers = h;
    this.logId = h.get('x-tt-logid') ?? undefined;
    this.contentType = h.get('content-type') ?? undefined;
    const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(h.get('content-range') ?? '');
    const len = h.get('content-length');
    this.offset = res.status === 206 && range ? +range[1]! : 0;
    this.size = range && range[2] !== '*' ? +range[2]! : len !== null ? this.offset + +len : undefined;
    this.filename = dispositionFilename(h.get('content-disposition'));
    this.body = res.body ?? new ReadableStream({ start: (c) => c.close() });
    this.#reopen = reopen;
  }

  /** Whether `resume` can ask for the rest of the file with a `Range` request. */
  get resumable(): boolean {
    return this.#reopen !== undefined;
  }

  /**
   * Asks again for the file from byte `start` (a `Range` request). The answer's `offset` says where
   * it really starts: 0 when the server ignored the range.
   */
  resume(start: number, signal?: AbortSignal): Promise<LarkDownload> {
    if (!this.#reopen) return Promise.reject(new Error('this download cannot be resumed'));
    return this.#reopen(start, signal);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this.body).arrayBuffer();
  }

  blob(): Promise<Blob> {
    return new Response(this.body, { headers: this.contentType ? { 'content-type': this.contentType } : {} }).blob();
  }

  text(): Promise<string> {
    return new Response(this.body).text();
  }
}

/**
 * The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` preferred over
 * `filename="…"`), undefined when it names none. The name is returned as sent: callers that
 * write or upload it must still make it safe.
 */
export function dispositionFilename(header: string | null | undefined): string | undefined {
  const cd = header ?? '';
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return star ? safeDecode(star[1]!.trim()) : plain?.[1];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** @internal Used by the generated bindings: a method answering with a file. */
export function defineDownload<Req>(d: MethodDescriptor): ApiMethod<Req, LarkDownload> {
  const open = (c: LarkCore, req: Req, o: CallOptions | undefined): Promise<LarkDownload> =>
    c.call<Response>(d, req as LarkRequest | void, o).then(
      (r) =>
        new LarkDownload(r.data, (start, signal) =>
          open(c, req, { ...o, signal: signal ?? o?.signal, headers: { ...o?.headers, Range: `bytes=${start}-` } }),
        ),
    );
  const withResponse = async (c: LarkCore, req: Req, o?: CallOptions): Promise<LarkResponse<LarkDownload>> => {
    const dl = await open(c, req, o);
    return { data: dl, status: dl.status, headers: dl.headers, logId: dl.logId, msg: '' };
  };
  return Object.assign((c: LarkCore, req: Req, o?: CallOptions) => open(c, req, o), { withResponse, descriptor: d });
}
