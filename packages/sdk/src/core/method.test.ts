import { describe, expect, it, vi } from 'vitest';
import type { LarkCore } from './client.js';
import { bindLazyService, type LazyResource } from './method.js';

/** A resource module as the generated code shapes it: functions taking the client first. */
function fakeResource() {
  const seen: unknown[][] = [];
  const create = Object.assign(async (...a: unknown[]) => (seen.push(['create', ...a]), 'made'), {
    withResponse: async (...a: unknown[]) => (seen.push(['create.withResponse', ...a]), { data: 'made', status: 200 }),
  });
  const list = Object.assign(async (...a: unknown[]) => (seen.push(['list', ...a]), 'page'), {
    withResponse: async () => ({ data: 'page' }),
    iterate: async function* (...a: unknown[]) {
      seen.push(['list.iterate', ...a]);
      yield 1;
      yield 2;
    },
    pages: async function* () {
      yield 'p1';
    },
  });
  return { seen, module: { create, list } };
}

const client = { id: 'client' } as unknown as LarkCore;

describe('bindLazyService', () => {
  it('offers every method before loading, loads the module once on the first call, and passes the client first', async () => {
    const { seen, module } = fakeResource();
    const load = vi.fn(async () => ({ default: module }) as unknown as Awaited<ReturnType<LazyResource[0]>>);
    const svc = bindLazyService<{ notes: { create: never; list: never } }>(client, { notes: [load, 'create', 'list'] }) as unknown as {
      notes: Record<string, ((...a: unknown[]) => Promise<unknown>) & Record<string, (...a: unknown[]) => unknown>>;
    };
    expect(Object.keys(svc.notes)).toEqual(['create', 'list']);
    expect(typeof svc.notes.list!.iterate).toBe('function');
    expect(svc.notes.create!.iterate).toBeUndefined();
    expect(load).not.toHaveBeenCalled();

    const [a, b] = await Promise.all([svc.notes.create!({ x: 1 }, { as: 'bot' }), svc.notes.create!.withResponse!({ x: 2 })]);
    expect(a).toBe('made');
    expect(b).toEqual({ data: 'made', status: 200 });
    const items: unknown[] = [];
    for await (const i of svc.notes.list!.iterate!({ y: 1 }) as AsyncIterable<unknown>) items.push(i);
    expect(items).toEqual([1, 2]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([
      ['create', client, { x: 1 }, { as: 'bot' }],
      ['create.withResponse', client, { x: 2 }],
      ['list.iterate', client, { y: 1 }],
    ]);
    // The resource object is made once and kept.
    expect(svc.notes).toBe(svc.notes);
  });

  it('tries a failed load again on the next call', async () => {
    const { module } = fakeResource();
    const load = vi
      .fn<LazyResource[0]>()
      .mockRejectedValueOnce(new Error('chunk not found'))
      .mockResolvedValue({ default: module } as unknown as Awaited<ReturnType<LazyResource[0]>>);
    const svc = bindLazyService<{ notes: { create: never } }>(client, { notes: [load, 'create'] }) as unknown as {
      notes: { create: (...a: unknown[]) => Promise<unknown> };
    };
    await expect(svc.notes.create({})).rejects.toThrow('chunk not found');
    await expect(svc.notes.create({})).resolves.toBe('made');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
