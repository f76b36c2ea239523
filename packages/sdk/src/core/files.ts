/** The bytes of an upload: anything `fetch` can turn into a multipart part. */
export type FileData = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Bytes with the name and type the multipart part should carry. */
export interface NamedFile {
  data: FileData;
  filename?: string;
  contentType?: string;
}

/** An upload: bytes (Buffer, Uint8Array, ArrayBuffer, Blob/File, web or Node stream) or a `NamedFile`. File paths: see `fileFromPath` in `@larkgen/sdk/node`. */
export type FileInput = FileData | NamedFile;

/** A file input read into memory, so a retried request can send it again. */
export interface ResolvedFile {
  readonly blob: Blob;
  readonly filename: string | undefined;
}

const isObj = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === 'object' && v !== null;

function isFileData(v: unknown): v is FileData {
  return (
    v instanceof Blob ||
    v instanceof ArrayBuffer ||
    ArrayBuffer.isView(v) ||
    (isObj(v) && (typeof v.getReader === 'function' || typeof v[Symbol.asyncIterator] === 'function'))
  );
}

function isNamed(v: unknown): v is NamedFile {
  return isObj(v) && !(v instanceof Blob) && 'data' in v && isFileData(v.data);
}

export function isResolvedFile(v: unknown): v is ResolvedFile {
  return isObj(v) && v.blob instanceof Blob && Object.keys(v).length === 2 && 'filename' in v;
}

export function isFileInput(v: unknown): v is FileInput {
  return isFileData(v) || isNamed(v) || isResolvedFile(v);
}

/** Reads a file input into a Blob (streams are consumed once). */
export async function resolveFile(v: FileInput | ResolvedFile): Promise<ResolvedFile> {
  if (isResolvedFile(v)) return v;
  const named = isNamed(v) ? v : undefined;
  const data = named ? named.data : (v as FileData);
  const type = named?.contentType;
  let blob: Blob;
  if (data instanceof Blob) blob = type && data.type !== type ? new Blob([data], { type }) : data;
  else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) blob = new Blob([data as BlobPart], type ? { type } : {});
  else {
    const chunks: BlobPart[] = [];
    if (typeof (data as ReadableStream<Uint8Array>).getReader === 'function') {
      const reader = (data as ReadableStream<Uint8Array>).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value as BlobPart);
    } else {
      for await (const c of data as AsyncIterable<Uint8Array | string>) chunks.push(c as BlobPart);
    }
    blob = new Blob(chunks, type ? { type } : {});
  }
  // A File has a name; a Node read stream has the path it reads.
  const hint = (data as { name?: unknown }).name ?? (data as { path?: unknown }).path;
  const filename = named?.filename ?? (typeof hint === 'string' ? hint.split(/[\\/]/).pop() : undefined);
  return { blob, filename };
}
