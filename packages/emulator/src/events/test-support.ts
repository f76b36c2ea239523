import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Resolves once `predicate` holds, re-checking whenever `subscribe` reports a change. No clocks. */
export function until<T>(subscribe: (fn: () => void) => () => void, predicate: () => T | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const first = predicate();
    if (first) return resolve(first);
    const stop = subscribe(() => {
      const v = predicate();
      if (v) {
        stop();
        resolve(v);
      }
    });
  });
}

/** A local HTTP receiver; `handler` answers each request. */
export async function receiver(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export function readAll(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function post(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}
