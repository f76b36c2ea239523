import { describe, expect, it, vi } from 'vitest';
import type { LarkCore } from './client.js';
import { bindLazyService, defineMethod, definePaged, type ApiMethod, type LazyResource } from './method.js';
import type { LarkRequest, MethodDescriptor } from './types.js';

const createDescriptor = { id: 'demo.notes.create', http: 'POST', path: '/notes' } as unknown as MethodDescriptor;
const listDescriptor = {
  id: 'demo.notes.list',
  http: 'GET',
  path: '/notes',
  pagination: { pageToken: 'page_token', pageSize: 'page_size', items: 'items', hasMore: 'has_more', nextToken: 'page_token' },
} as unknown as MethodDescriptor;

/** A client that records each call (descriptor id, request, options) and answers like the platform. */
function fakeClient() {
  const seen: unknown[][] = [];
  const call = async (d: MethodDescriptor, req: LarkRequest | void, o?: unknown) => {
    seen.push([d.id, req, o]);
    const data = d === listDescriptor ? { items: [1, 2], has_more: false } : { note_id: 'n_1' };
    return { data, status: 200, headers: new Headers(), msg: 'ok' };
  };
  return { seen, client: { call } as unknown as LarkCore };
}

type Loader = LazyResource[0][string];
/** A method module as the generated code shapes it: the method, made from its descriptor, as the default export. */
const moduleOf = (d: MethodDescriptor) => ({ default: (d.pagination ? definePaged(d) : defineMethod(d)) as ApiMethod<never, unknown> });
const loaderOf = (d: MethodDescriptor) => vi.fn<Loader>(async () => moduleOf(d));
type Bound = Record<string, ((...a: unknown[]) => Promise<unknown>) & Record<string, (...a: unknown[]) => unknown>>;

describe('bindLazyService', () => {
  it('offers every method before loading, loads each method’s module once on its first call, and calls through the client', async () => {
    const { seen, client } = fakeClient();
    const loadCreate = loaderOf(createDescriptor);
    const loadList = loaderOf(listDescriptor);
    const svc = bindLazyService<{ notes: { create: never; list: never } }>(client, { notes: [{ create: loadCreate, list: loadList }, 'list'] }) as unknown as {
      notes: Bound;
    };
    expect(Object.keys(svc.notes)).toEqual(['create', 'list']);
    expect(typeof svc.notes.list!.iterate).toBe('function');
    expect(typeof svc.notes.list!.pages).toBe('function');
    expect(svc.notes.create!.iterate).toBeUndefined();
    expect(loadCreate).not.toHaveBeenCalled();

    const [a, b] = await Promise.all([svc.notes.create!({ data: { x: 1 } }, { as: 'bot' }), svc.notes.create!.withResponse!({ data: { x: 2 } })]);
    expect(a).toEqual({ note_id: 'n_1' });
    expect(b).toMatchObject({ data: { note_id: 'n_1' }, status: 200 });
    // Only the called method's module loads.
    expect(loadCreate).toHaveBeenCalledTimes(1);
    expect(loadList).not.toHaveBeenCalled();

    const items: unknown[] = [];
    for await (const i of svc.notes.list!.iterate!({ params: { folder: 'f' } }) as AsyncIterable<unknown>) items.push(i);
    expect(items).toEqual([1, 2]);
    await svc.notes.create!({ data: { x: 3 } });
    expect(loadCreate).toHaveBeenCalledTimes(1);
    expect(loadList).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([
      ['demo.notes.create', { data: { x: 1 } }, { as: 'bot' }],
      ['demo.notes.create', { data: { x: 2 } }, undefined],
      ['demo.notes.list', { params: { folder: 'f' } }, {}],
      ['demo.notes.create', { data: { x: 3 } }, undefined],
    ]);
    // The resource object is made once and kept.
    expect(svc.notes).toBe(svc.notes);
  });

  it('tries a failed load again on the next call', async () => {
    const { client } = fakeClient();
    const load = vi.fn<Loader>().mockRejectedValueOnce(new Error('chunk not found')).mockResolvedValue(moduleOf(createDescriptor));
    const svc = bindLazyService<{ notes: { create: never } }>(client, { notes: [{ create: load }] }) as unknown as { notes: Bound };
    await expect(svc.notes.create!({})).rejects.toThrow('chunk not found');
    await expect(svc.notes.create!({})).resolves.toEqual({ note_id: 'n_1' });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
