/**
 * The timing of a download (a method whose answer is a file): the client loads this module with
 * the first download, so a bundle of JSON calls leaves it out.
 */
import { LarkTimeoutError } from './errors.js';

/**
 * A body that fails with `LarkTimeoutError` when no bytes arrive for `ms` (each read gets its
 * own timer), so a server that sends headers and then stalls cannot hang a download forever.
 * `abort` is called on a stall to drop the connection.
 */
export function idleGuard(body: ReadableStream<Uint8Array>, ms: number, what: string, abort: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new LarkTimeoutError(`${what}: no data for ${ms} ms; the download stalled`)), ms);
      });
      try {
        const r = await Promise.race([reader.read(), stalled]);
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      } catch (e) {
        abort();
        reader.cancel().catch(() => {});
        controller.error(e);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/**
 * One download exchange: `send` gets a signal that aborts when the headers take longer than `ms`;
 * once they are in, a file's body must bring bytes at least every `ms` (see idleGuard). A JSON
 * answer (an error envelope, or a JSON file) is read whole. `lost` words a failed exchange from
 * the error and the timeout signal.
 */
export async function exchangeFile(
  send: (timeout: AbortSignal) => Promise<Response>, ms: number, what: string, lost: (e: unknown, timeout: AbortSignal) => Promise<never>,
): Promise<{ res: Response; text: string | undefined }> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), ms);
  try {
    const res = await send(ac.signal);
    clearTimeout(timer);
    if (res.ok && !/json/i.test(res.headers.get('content-type') ?? '')) {
      const body = res.body && idleGuard(res.body, ms, what, () => ac.abort());
      return { res: new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers }), text: undefined };
    }
    return { res, text: await res.text() };
  } catch (e) {
    return lost(e, ac.signal);
  } finally {
    clearTimeout(timer);
  }
}
