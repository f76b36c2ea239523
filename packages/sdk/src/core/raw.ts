import type { LarkCore } from './client.js';
import type { CallOptions, HttpMethod, LarkRequest, LarkResponse, MethodDescriptor } from './types.js';

/**
 * Calls any path with the client's tokens, retries and errors, but no validation:
 * `larkRequest(client, 'GET', '/open-apis/im/v1/chats', { params: { page_size: 20 } })`.
 * Only a GET is retried. With `binary`, `data` is the Response, its body unread.
 */
export function larkRequest<T = unknown>(
  client: LarkCore,
  method: HttpMethod,
  path: string,
  req: LarkRequest = {},
  opts: CallOptions & { binary?: boolean } = {},
): Promise<LarkResponse<T>> {
  const { binary, ...o } = opts;
  const d: MethodDescriptor = {
    id: `${method} ${path}`,
    http: method,
    path: path.startsWith('/open-apis/') ? path : '/open-apis/' + path.replace(/^\/+/, ''),
    risk: method === 'GET' ? 'read' : 'write',
    identities: { bot: {}, user: {} },
    pathParams: {},
    query: {},
    ...(req.data !== undefined ? { body: { encoding: 'json' as const, required: false, fields: {} } } : {}),
    ...(binary ? { download: { contentTypes: [], range: true } } : {}),
  };
  return client.call<T>(d, req, { ...o, validate: false });
}
