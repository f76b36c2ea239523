import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import type { UploadedFile } from './context.js';

export interface Multipart {
  readonly fields: Record<string, string | string[]>;
  readonly files: Record<string, UploadedFile>;
  /** Files larger than the per-file limit, by field. */
  readonly truncated: Set<string>;
}

/** A body that is not well-formed multipart: the client's mistake, answered with a 400. */
export class MalformedMultipartError extends Error {}

/** Parses a multipart/form-data body; files above `fileLimit` bytes are flagged, not kept whole. */
export function parseMultipart(req: IncomingMessage, fileLimit: number): Promise<Multipart> {
  return new Promise((resolve, reject) => {
    const fail = (e: unknown) => reject(new MalformedMultipartError(`malformed multipart body: ${(e as Error).message}`));
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: fileLimit, files: 10, fields: 50 } });
    } catch (e) {
      fail(e);
      return;
    }
    const fields: Record<string, string | string[]> = {};
    const files: Record<string, UploadedFile> = {};
    const truncated = new Set<string>();
    bb.on('field', (name, value) => {
      const cur = fields[name];
      if (cur === undefined) fields[name] = value;
      else fields[name] = Array.isArray(cur) ? [...cur, value] : [cur, value];
    });
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => truncated.add(name));
      stream.on('error', fail);
      stream.on('end', () => {
        files[name] = { field: name, filename: info.filename ?? '', mimeType: info.mimeType ?? 'application/octet-stream', data: Buffer.concat(chunks) };
      });
    });
    bb.on('error', fail);
    req.on('error', fail);
    bb.on('close', () => resolve({ fields, files, truncated }));
    req.pipe(bb);
  });
}
