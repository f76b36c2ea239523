import { describe, expect, it, vi } from 'vitest';
import { EventDispatcher, UnknownEventKeyError } from './dispatcher.js';
import { EventEnvelopeError } from './envelope.js';
import { RecentIds } from './recent-ids.js';

const envelope = (id: string, type = 'im.message.receive_v1', event: object = { message: { message_id: 'om_1' } }) => ({
  schema: '2.0', header: { event_id: id, event_type: type, create_time: '1700000000000', app_id: 'cli_x' }, event,
});
const quiet = { onError: () => undefined };

describe('EventDispatcher', () => {
  it('hands the typed payload and the header to every handler of the key', async () => {
    const d = new EventDispatcher(quiet);
    const seen: string[] = [];
    d.on('im.message.receive_v1', (e, ctx) => void seen.push(`a:${e.message.message_id}:${ctx.header.event_id}`));
    d.on('im.message.receive_v1', async (e) => void seen.push(`b:${e.message.message_id}`));
    d.on('im.chat.disbanded_v1', () => void seen.push('wrong'));
    expect(await d.dispatch(envelope('ev1'))).toEqual({ outcome: 'handled', eventId: 'ev1', eventType: 'im.message.receive_v1', errors: [] });
    expect(seen).toEqual(['a:om_1:ev1', 'b:om_1']);
  });

  it('drops a repeated delivery by event id', async () => {
    const d = new EventDispatcher(quiet);
    const handler = vi.fn();
    d.on('im.message.receive_v1', handler);
    expect((await d.dispatch(envelope('ev1'))).outcome).toBe('handled');
    expect((await d.dispatch(envelope('ev1'))).outcome).toBe('duplicate');
    expect((await d.dispatch(envelope('ev2'))).outcome).toBe('handled');
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('runs the other handlers when one fails, reports it, and handles the redelivery', async () => {
    const errors: string[] = [];
    const d = new EventDispatcher({ onError: (e, ctx) => errors.push(`${ctx.header.event_id}: ${(e as Error).message}`) });
    const ok = vi.fn();
    let fail = true;
    d.on('im.message.receive_v1', () => {
      if (fail) throw new Error('boom');
    });
    d.on('im.message.receive_v1', ok);
    const first = await d.dispatch(envelope('ev1'));
    expect(first.outcome).toBe('failed');
    expect((first.errors[0] as Error).message).toBe('boom');
    expect(errors).toEqual(['ev1: boom']);
    expect(ok).toHaveBeenCalledTimes(1);
    fail = false;
    expect((await d.dispatch(envelope('ev1'))).outcome).toBe('handled');
    expect(ok).toHaveBeenCalledTimes(2);
  });

  it('returns a callback answer', async () => {
    const d = new EventDispatcher(quiet);
    d.on('card.action.trigger', (e) => ({ toast: { type: 'success', content: `ok ${String(e.action.value?.choice)}` } }));
    const r = await d.dispatch(envelope('ev1', 'card.action.trigger', { action: { tag: 'button', value: { choice: 'yes' } } }));
    expect(r.answer).toEqual({ toast: { type: 'success', content: 'ok yes' } });
    expect(d.isCallback('card.action.trigger')).toBe(true);
    expect(d.isCallback('im.message.receive_v1')).toBe(false);
  });

  it('says when nothing handles a key', async () => {
    expect((await new EventDispatcher(quiet).dispatch(envelope('ev1'))).outcome).toBe('unhandled');
  });

  it('caps the events handled at once, awaiting async handlers', async () => {
    const d = new EventDispatcher({ ...quiet, concurrency: 2 });
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    d.on('im.message.receive_v1', async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((r) => gates.push(r));
      running--;
    });
    const all = Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => d.dispatch(envelope(id))));
    while (gates.length < 2) await new Promise((r) => setImmediate(r));
    expect(running).toBe(2);
    while (gates.length > 0 || running > 0) {
      gates.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    expect((await all).map((r) => r.outcome)).toEqual(['handled', 'handled', 'handled', 'handled', 'handled']);
    expect(peak).toBe(2);
    await d.idle();
  });

  it('refuses unknown keys and deliveries that are not 2.0 envelopes', () => {
    const d = new EventDispatcher(quiet);
    expect(() => d.on('im.message.receive_v9' as 'im.message.receive_v1', () => undefined)).toThrow(UnknownEventKeyError);
    expect(() => d.dispatch({ schema: '1.0' })).toThrow(EventEnvelopeError);
    expect(() => d.dispatch({ schema: '2.0', header: { event_type: 'x' }, event: {} })).toThrow('the envelope header has no event_id');
    expect(() => d.dispatch('text')).toThrow('the delivery is not a JSON object');
  });

  it('remembers a bounded number of ids', () => {
    const ids = new RecentIds(3);
    for (const id of ['a', 'b', 'c', 'd']) expect(ids.add(id)).toBe(true);
    expect(ids.size).toBe(3);
    expect(ids.add('d')).toBe(false);
    expect(ids.add('a')).toBe(true); // forgotten, oldest first
    expect(() => new RecentIds(0)).toThrow(RangeError);
  });
});
