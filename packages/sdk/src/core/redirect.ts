/**
 * A redirect answered to a request with a body (anything but a GET): followed only when it is a
 * 307/308 to the same origin, because following elsewhere would send the body to a server the
 * caller never named. The client imports this module on the first such answer.
 */
import { LarkRedirectError } from './errors.js';

/** The request being redirected: what the error names. */
export interface RedirectedCall {
  readonly method: string;
  readonly url: string;
  readonly d?: { readonly id: string } | undefined;
}

/** Follows `first` (a 3xx answer to `init` sent to `r.url`) at most 5 times; the answer that is not a redirect. */
export async function followRedirect(fetchFn: typeof fetch, r: RedirectedCall, init: RequestInit, first: Response): Promise<Response> {
  let url = r.url;
  let res = first;
  for (let hop = 0; ; hop++) {
    if (res.status < 300 || res.status >= 400) return res;
    const location = res.headers.get('location');
    const next = location ? new URL(location, url) : undefined;
    await res.body?.cancel().catch(() => {});
    const what = `${r.d?.id ?? r.method}: the server redirected the ${r.method} to ${next ? next.origin + next.pathname : 'an unnamed place'}`;
    if (!next || next.origin !== new URL(url).origin) {
      throw new LarkRedirectError(`${what}; not followed, the request body is only ever sent to ${new URL(r.url).origin}`);
    }
    if ((res.status !== 307 && res.status !== 308) || hop >= 4) {
      throw new LarkRedirectError(`${what} with HTTP ${res.status}; not followed (only 307/308 keep the method and body, at most 5 times)`);
    }
    url = next.href;
    res = await fetchFn(url, init);
  }
}
