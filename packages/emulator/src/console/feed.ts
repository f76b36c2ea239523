/**
 * Server push for the console: a Server-Sent Events stream that says "something changed" after
 * API calls, admin actions and event deliveries. Bursts are folded into one message; the page then
 * fetches the regions it shows.
 */
import type { ServerResponse } from 'node:http';

/** How long a burst of changes is folded before one notice goes out. */
const FOLD_MS = 40;
/** A comment line keeps idle streams open through proxies. */
const KEEPALIVE_MS = 15_000;

export class ConsoleFeed {
  private readonly clients = new Set<ServerResponse>();
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly keepalive: NodeJS.Timeout;
  private seq = 0;

  constructor() {
    this.keepalive = setInterval(() => {
      for (const c of this.clients) c.write(': keepalive\n\n');
    }, KEEPALIVE_MS);
    this.keepalive.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Turns a response into a stream of change notices. */
  attach(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 1000\nevent: hello\ndata: {"seq":${this.seq}}\n\n`);
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** Notes a change of `what` (state, events, requests); sent to every page shortly after. */
  changed(what: string): void {
    if (this.clients.size === 0) return;
    this.pending.add(what);
    this.timer ??= setTimeout(() => this.flush(), FOLD_MS);
  }

  close(): void {
    clearInterval(this.keepalive);
    if (this.timer) clearTimeout(this.timer);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private flush(): void {
    this.timer = undefined;
    const kinds = [...this.pending].sort();
    this.pending.clear();
    const data = JSON.stringify({ seq: ++this.seq, kinds });
    for (const c of this.clients) c.write(`event: change\ndata: ${data}\n\n`);
  }
}
