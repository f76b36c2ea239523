/** --dry-run: the request that would be sent, with secrets masked and files described. */
import { encodeQuery } from '@larkgen/sdk';
import type { MethodCommand } from '../meta.js';

// Planned URLs use the same wire encoding as the SDK that sends them: repeated keys, %20 for spaces.
export { encodeQuery };

export interface LocalFile {
  readonly field: string;
  /** As the user gave it (relative). */
  readonly path: string;
  readonly abs: string;
  readonly size: number;
  readonly name: string;
}

export interface PlannedRequest {
  method: string;
  url: string;
  params: Record<string, unknown>;
  body: unknown;
  identity?: string;
  content_type?: string;
}

const SECRET_KEY = /secret|password|passwd|access_token|refresh_token|authorization|^token$|device_code|client_secret|app_secret/i;

/** Replaces the values of secret-looking keys with a mask, recursively. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) && v !== null && v !== undefined && v !== '' ? '********' : maskSecrets(v);
    return out;
  }
  return value;
}

/** Path values percent-encoded, as the SDK sends them. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name] ?? `{${name}}`)));
}


export function planFor(
  c: Pick<MethodCommand, 'http' | 'path' | 'body'>,
  baseUrl: string,
  req: { path: Record<string, unknown>; query: Record<string, unknown>; data: Record<string, unknown> | undefined; files: readonly LocalFile[] },
  identity: string,
): PlannedRequest {
  const query = maskSecrets(req.query) as Record<string, unknown>;
  let body: unknown = req.data === undefined && !req.files.length ? null : maskSecrets(req.data ?? {});
  if (req.files.length) {
    body = { ...(body as Record<string, unknown>) };
    for (const f of req.files) (body as Record<string, unknown>)[f.field] = `<file ${f.path}, ${f.size} bytes>`;
  }
  return {
    method: c.http,
    url: baseUrl + fillPath(c.path, req.path) + encodeQuery(query),
    params: { ...req.path, ...query },
    body,
    identity,
    ...(c.body && body !== null ? { content_type: c.body.encoding === 'multipart' ? 'multipart/form-data' : 'application/json; charset=utf-8' } : {}),
  };
}
