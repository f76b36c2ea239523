import type { LarkCore } from './client.js';
import { parseContentDisposition } from './content-disposition.js';
import type { ApiMethod } from './method.js';
import type { CallOptions, LarkRequest, LarkResponse, MethodDescriptor } from './types.js';

/** Marks a LarkDownload, whichever copy of the class made it (see `Symbol.hasInstance` below). */
const DOWNLOAD = /* @__PURE__ */ Symbol.for('@larkgen/sdk.LarkDownload');

/** A file answer: the bytes as a stream, with what the headers say about them. */
export class LarkDownload {
  /**
   * `instanceof LarkDownload` holds for a download made by any copy of this class: the package
   * ships each lazily loaded `LarkClient` method as a file of its own, with its own copy.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && DOWNLOAD in value;
  }
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
    // Set here rather than as a field: a computed field name would keep the class in every bundle.
    Object.defineProperty(this, DOWNLOAD, { value: true });
    const h = res.headers;
    this.status = res.status;
    this.headers = h;
    this.logId = h.get('x-tt-logid') ?? undefined;
    this.contentType = h.get('content-type') ?? undefined;
    const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(h.get('content-range') ?? '');
    const len = h.get('content-length');
    this.offset = res.status === 206 && range ? +range[1]! : 0;
    this.size = range && range[2] !== '*' ? +range[2]! : len !== null ? this.offset + +len : undefined;
    this.filename = parseContentDisposition(h.get('content-disposition'));
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
