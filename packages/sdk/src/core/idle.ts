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
