import type { HttpMethod, Method } from '@larkgen/spec';

interface Route {
  readonly method: Method;
  /** Static segment text, or null for a `{param}` segment. */
  readonly segments: readonly (string | null)[];
  readonly params: readonly string[];
  readonly staticCount: number;
}

export interface RouteMatch {
  readonly method: Method;
  readonly params: Record<string, string>;
}

export type RouteResult = { kind: 'match'; match: RouteMatch } | { kind: 'wrong-method'; allowed: HttpMethod[] } | { kind: 'none' };

/** Matches `METHOD /path` against the spec's path templates; static segments win over params. */
export class Router {
  private readonly byLength = new Map<number, Route[]>();
  /**
   * Routes without parameters by HTTP method, then path, with their answer made once: most calls
   * are found with two lookups and no allocation.
   */
  private readonly exact = new Map<string, Map<string, RouteResult>>();

  constructor(methods: readonly Method[]) {
    for (const m of methods) {
      const parts = m.path.split('/').filter(Boolean);
      const segments: (string | null)[] = [];
      const params: string[] = [];
      for (const p of parts) {
        const mm = /^\{(.+)\}$/.exec(p);
        if (mm) {
          segments.push(null);
          params.push(mm[1]!);
        } else segments.push(p);
      }
      const route: Route = { method: m, segments, params, staticCount: segments.filter((s) => s !== null).length };
      // A route of static segments only always wins its path (the most static segments; the first declared on a tie).
      const exactPath = `/${parts.join('/')}`;
      let byPath = this.exact.get(m.http);
      if (!byPath) this.exact.set(m.http, (byPath = new Map()));
      if (params.length === 0 && !byPath.has(exactPath)) byPath.set(exactPath, Object.freeze({ kind: 'match', match: Object.freeze({ method: m, params: Object.freeze({}) }) }));
      const list = this.byLength.get(segments.length) ?? [];
      list.push(route);
      this.byLength.set(segments.length, list);
    }
    for (const list of this.byLength.values()) {
      // More static segments first; on a tie, the one whose first parameter comes later.
      list.sort((a, b) => b.staticCount - a.staticCount || firstParam(b) - firstParam(a));
    }
  }

  match(http: string, pathname: string): RouteResult {
    const exact = this.exact.get(http)?.get(pathname);
    if (exact) return exact;
    const parts = pathname.split('/').filter(Boolean);
    const list = this.byLength.get(parts.length);
    if (!list) return { kind: 'none' };
    const allowed: HttpMethod[] = [];
    for (const r of list) {
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const s = r.segments[i];
        if (s !== null && s !== parts[i]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (r.method.http !== http) {
        allowed.push(r.method.http);
        continue;
      }
      const params: Record<string, string> = {};
      let pi = 0;
      for (let i = 0; i < parts.length; i++) {
        if (r.segments[i] === null) {
          let v = parts[i]!;
          try {
            v = decodeURIComponent(v);
          } catch {
            /* keep the raw text; validation reports it */
          }
          params[r.params[pi++]!] = v;
        }
      }
      return { kind: 'match', match: { method: r.method, params } };
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
  }
}

function firstParam(r: Route): number {
  const i = r.segments.indexOf(null);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
