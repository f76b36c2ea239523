import type { LarkCore } from './client.js';
import type { CallOptions, LarkRequest, LarkResponse, MethodDescriptor, PageOptions } from './types.js';
import { iterateItems, iteratePages } from './paginate.js';

/**
 * A standalone method: `imMessagesCreate(client, req, opts)`. Import only what you call and the
 * rest of the API stays out of your bundle. `Req` includes `void` when nothing is required.
 */
export interface ApiMethod<Req, Res> {
  (client: LarkCore, req: Req, opts?: CallOptions): Promise<Res>;
  /** The same call, answering with status, headers and log id too. */
  withResponse(client: LarkCore, req: Req, opts?: CallOptions): Promise<LarkResponse<Res>>;
  readonly descriptor: MethodDescriptor;
}

/** A method whose answers come in pages. */
export interface PagedApiMethod<Req, Res, Item> extends ApiMethod<Req, Res> {
  /** Every item across pages; throws when a page fails. */
  iterate(client: LarkCore, req: Req, opts?: PageOptions): AsyncGenerator<Item, void, undefined>;
  /** Every page's data; throws when a page fails. */
  pages(client: LarkCore, req: Req, opts?: PageOptions): AsyncGenerator<Res, void, undefined>;
}

/**
 * A method of a client namespace: `client.im.messages.create(req, opts)`. Its resource's code and
 * descriptors load on the first call (the standalone function carries `descriptor`).
 */
export interface BoundMethod<Req, Res> {
  (req: Req, opts?: CallOptions): Promise<Res>;
  /** The same call, answering with status, headers and log id too. */
  withResponse(req: Req, opts?: CallOptions): Promise<LarkResponse<Res>>;
}

export interface BoundPagedMethod<Req, Res, Item> extends BoundMethod<Req, Res> {
  /** Every item across pages; throws when a page fails. */
  iterate(req: Req, opts?: PageOptions): AsyncGenerator<Item, void, undefined>;
  /** Every page's data; throws when a page fails. */
  pages(req: Req, opts?: PageOptions): AsyncGenerator<Res, void, undefined>;
}

export type Bound<M> =
  M extends PagedApiMethod<infer Q, infer R, infer I> ? BoundPagedMethod<Q, R, I> : M extends ApiMethod<infer Q, infer R> ? BoundMethod<Q, R> : never;
export type BoundResource<T> = { readonly [K in keyof T]: Bound<T[K]> };
export type BoundService<T> = { readonly [K in keyof T]: BoundResource<T[K]> };

type Fn = (...a: unknown[]) => unknown;

/** @internal Used by the generated bindings. */
export function defineMethod<Req, Res>(d: MethodDescriptor): ApiMethod<Req, Res> {
  const call = (c: LarkCore, req: Req, o?: CallOptions) => c.call<Res>(d, req as LarkRequest | void, o);
  return Object.assign((c: LarkCore, req: Req, o?: CallOptions) => call(c, req, o).then((r) => r.data), { withResponse: call, descriptor: d });
}

/** @internal Used by the generated bindings. */
export function definePaged<Req, Res, Item>(d: MethodDescriptor): PagedApiMethod<Req, Res, Item> {
  return Object.assign(defineMethod<Req, Res>(d), {
    iterate: (c: LarkCore, req: Req, o?: PageOptions) => iterateItems<Item>(c, d, req as LarkRequest | void, o),
    pages: (c: LarkCore, req: Req, o?: PageOptions) => iteratePages<Res>(c, d, req as LarkRequest | void, o),
  });
}

/**
 * How a client namespace finds a resource's methods without loading them: per method key, the
 * loader of its module (a dynamic `import()`, so that a bundler splits each method into its own
 * chunk and an application loads only the methods it calls; the module's default export is the
 * method), then the paged methods' keys, space-separated.
 */
export type LazyResource = readonly [methods: Readonly<Record<string, () => Promise<{ default: ApiMethod<never, unknown> }>>>, paged?: string];

/**
 * Binds a service's resources to a client lazily: a resource object is made on first access, and
 * each method's module loads on that method's first call; later calls go straight to the loaded
 * function.
 */
export function bindLazyService<T>(client: LarkCore, table: Readonly<Record<string, LazyResource>>): BoundService<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = bindLazyResource(client, table[key]!);
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out as BoundService<T>;
}

function bindLazyResource(client: LarkCore, [loaders, pagedMethods = '']: LazyResource): Record<string, unknown> {
  const paged = new Set(pagedMethods.split(' '));
  const out: Record<string, unknown> = {};
  for (const [k, loadModule] of Object.entries(loaders)) {
    type Loaded = Fn & Record<string, Fn>;
    let method: Loaded | undefined;
    let loading: Promise<Loaded> | undefined;
    // A failed load (a chunk that could not be fetched) is tried again on the next call.
    const load = (): Promise<Loaded> =>
      (loading ??= loadModule().then(
        (m) => (method = m.default as unknown as Loaded),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      ));
    const via =
      (name?: string) =>
      (...a: unknown[]): unknown => {
        if (method) return name ? method[name]!(client, ...a) : method(client, ...a);
        return load().then((m) => (name ? m[name]!(client, ...a) : m(client, ...a)));
      };
    const f = Object.assign(via(), { withResponse: via('withResponse') });
    if (paged.has(k)) {
      const stream = (name: string) =>
        async function* (...a: unknown[]): AsyncGenerator<unknown, void, undefined> {
          yield* (method ?? (await load()))[name]!(client, ...a) as AsyncGenerator<unknown, void, undefined>;
        };
      Object.assign(f, { iterate: stream('iterate'), pages: stream('pages') });
    }
    out[k] = f;
  }
  return out;
}

/** Binds every method of every resource of a service to a client, eagerly (see `bindLazyService`). */
export function bindService<T extends Record<string, Record<string, ApiMethod<never, unknown>>>>(client: LarkCore, service: T): BoundService<T> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [rk, resource] of Object.entries(service)) {
    const r: Record<string, unknown> = (out[rk] = {});
    for (const [mk, m] of Object.entries(resource)) {
      const src = m as unknown as Fn & Record<string, Fn | undefined>;
      const f = ((...a: unknown[]) => src(client, ...a)) as Fn & Record<string, unknown>;
      for (const extra of ['withResponse', 'iterate', 'pages']) {
        const g = src[extra];
        if (g) f[extra] = (...a: unknown[]) => g(client, ...a);
      }
      r[mk] = f;
    }
  }
  return out as BoundService<T>;
}
