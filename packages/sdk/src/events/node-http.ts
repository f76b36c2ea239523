/**
 * Serves a fetch-style handler from `node:http` (or `https`) without a framework:
 * `http.createServer(toNodeListener(createWebhookHandler(dispatcher, { encryptKey })))`.
 * Type-only imports, so this module stays loadable where Node's modules are absent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface NodeListenerOptions {
  /** Largest body read, in bytes (default 1 MiB); a larger one is answered 413. */
  readonly maxBodyBytes?: number;
}

export function toNodeListener(handler: (request: Request) => Promise<Response>, options: NodeListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const max = options.maxBodyBytes ?? 1024 * 1024;
  return (req, res) => {
    void (async () => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > max) {
          res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(JSON.stringify({ code: 413, msg: `the body is larger than ${max} bytes` }));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      }
      const body = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.length;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === 'string') headers.set(k, v);
        else if (Array.isArray(v)) for (const x of v) headers.append(k, x);
      }
      const method = req.method ?? 'GET';
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method, headers, ...(method === 'GET' || method === 'HEAD' ? {} : { body }) });
      const response = await handler(request);
      const out: Record<string, string> = {};
      response.headers.forEach((value, key) => (out[key] = value));
      res.writeHead(response.status, out);
      res.end(new Uint8Array(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ code: 500, msg: error instanceof Error ? error.message : 'internal error' }));
    });
  };
}
