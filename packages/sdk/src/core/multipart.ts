import type { LarkCore } from './client.js';
import { isFileInput, resolveFile, type ResolvedFile } from './files.js';
import type { ApiMethod } from './method.js';
import type { CallOptions, FieldMapSpec, LarkRequest, MethodDescriptor } from './types.js';

/** Turns a multipart body into FormData; file inputs are read first (once, so a retry can resend them). */
export type MultipartEncoder = (fields: FieldMapSpec, data: Record<string, unknown>) => Promise<{ data: Record<string, unknown>; body: FormData }>;

/** The multipart encoder: pass it as the 4th argument of `client.call` for a multipart descriptor. */
export const encodeMultipart: MultipartEncoder = async (fields, data) => {
  const resolved: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    resolved[k] = (fields[k]?.type === 'file' || (!fields[k] && typeof v === 'object')) && isFileInput(v) ? await resolveFile(v) : v;
  }
  const body = new FormData();
  for (const [k, v] of Object.entries(resolved)) {
    if (v === undefined || v === null) continue;
    const f = v as ResolvedFile;
    if (typeof v === 'object' && f.blob instanceof Blob) {
      body.append(k, f.blob, f.filename ?? (typeof data.file_name === 'string' ? data.file_name : k));
    } else body.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  return { data: resolved, body };
};

/** @internal Used by the generated bindings: a method with a multipart body. */
export function defineUpload<Req, Res>(d: MethodDescriptor): ApiMethod<Req, Res> {
  const withResponse = (c: LarkCore, req: Req, o?: CallOptions) => c.call<Res>(d, req as LarkRequest | void, o, encodeMultipart);
  return Object.assign((c: LarkCore, req: Req, o?: CallOptions) => withResponse(c, req, o).then((r) => r.data), { withResponse, descriptor: d });
}
