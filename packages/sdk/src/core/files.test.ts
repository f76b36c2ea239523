import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LarkApiError, LarkDownload } from '../index.js';
import { clientFor } from '../test-support/clients.js';
import { defaultHandler, sendJson, startServer, type TestServer } from '../test-support/server.js';

const bytes = Buffer.from('\x89PNG\r\n\x1a\n-image-bytes-\x00\xff', 'latin1');

describe('multipart uploads', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      sendJson(res, 200, { code: 0, msg: 'success', data: { image_key: 'img_new' } });
    });
  });
  afterEach(() => server.close());

  const sources: [string, () => unknown, string | undefined, string][] = [
    ['a Buffer', () => bytes, 'image', 'application/octet-stream'],
    ['a Uint8Array', () => new Uint8Array(bytes), 'image', 'application/octet-stream'],
    ['an ArrayBuffer', () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), 'image', 'application/octet-stream'],
    ['a Blob', () => new Blob([bytes], { type: 'image/png' }), 'image', 'image/png'],
    ['a File (its name)', () => new File([bytes], 'logo.png', { type: 'image/png' }), 'logo.png', 'image/png'],
    ['a web ReadableStream', () => new Blob([bytes]).stream(), 'image', 'application/octet-stream'],
    ['a Node stream', () => Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), 'image', 'application/octet-stream'],
    ['a NamedFile', () => ({ data: bytes, filename: 'a.png', contentType: 'image/png' }), 'a.png', 'image/png'],
  ];

  it.each(sources)('from %s', async (_label, make, filename, contentType) => {
    const c = clientFor(server);
    const data = await c.im.images.create({ data: { image_type: 'message', image: make() as Blob } });
    expect(data).toEqual({ image_key: 'img_new' });
    const [req] = server.apiRequests();
    expect(req!.mediaType).toBe('multipart/form-data');
    expect(req!.form!.map((p) => ({ ...p, data: p.data.toString('latin1') }))).toEqual([
      { name: 'image_type', data: 'message' },
      { name: 'image', filename, contentType, data: bytes.toString('latin1') },
    ]);
  });

  it('sends the same bytes again when the call is retried after a token refetch', async () => {
    let first = true;
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      if (first) {
        first = false;
        return sendJson(res, 400, { code: 99991663, msg: 'invalid token' });
      }
      sendJson(res, 200, { code: 0, msg: 'success', data: { file_key: 'file_1' } });
    });
    const c = clientFor(server);
    await c.im.files.create({ data: { file_type: 'stream', file_name: 'notes.txt', file: Readable.from([Buffer.from('hello')]) } });
    const forms = server.apiRequests().map((r) => r.form!.map((p) => [p.name, p.filename ?? null, p.data.toString()]));
    expect(forms).toEqual([
      [['file_type', null, 'stream'], ['file_name', null, 'notes.txt'], ['file', 'notes.txt', 'hello']],
      [['file_type', null, 'stream'], ['file_name', null, 'notes.txt'], ['file', 'notes.txt', 'hello']],
    ]);
  });
});

describe('downloads', () => {
  it('instanceof LarkDownload holds for a download made by any copy of the class (each lazily loaded method file has its own)', () => {
    expect(new LarkDownload(new Response('x'))).toBeInstanceOf(LarkDownload);
    // What another copy's constructor marks its downloads with.
    expect(Object.defineProperty({}, Symbol.for('@larkgen/sdk.LarkDownload'), { value: true })).toBeInstanceOf(LarkDownload);
    expect({ body: null, status: 200 }).not.toBeInstanceOf(LarkDownload);
    expect(null).not.toBeInstanceOf(LarkDownload);
  });

  let server: TestServer;
  beforeEach(async () => {
    server = await startServer((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      if (req.path.endsWith('img_gone')) return sendJson(res, 400, { code: 234005, msg: 'Image has been deleted' }, { 'x-tt-logid': 'log-dl' });
      res.writeHead(200, {
        'content-type': 'image/png',
        'content-length': bytes.length,
        'content-disposition': `attachment; filename="logo.png"; filename*=UTF-8''%E6%A0%87%E5%BF%97.png`,
        'x-tt-logid': 'log-img',
      });
      res.end(bytes);
    });
  });
  afterEach(() => server.close());

  it('answers with a stream, its content type, size and name', async () => {
    const c = clientFor(server);
    const dl = await c.im.messageResources.get({ path: { message_id: 'om_1', file_key: 'img_1' }, params: { type: 'image' } });
    expect(dl).toBeInstanceOf(LarkDownload);
    expect({ status: dl.status, contentType: dl.contentType, size: dl.size, offset: dl.offset, filename: dl.filename, logId: dl.logId, resumable: dl.resumable }).toEqual({
      status: 200,
      contentType: 'image/png',
      size: bytes.length,
      offset: 0,
      filename: '标志.png',
      logId: 'log-img',
      resumable: true,
    });
    const chunks: Uint8Array[] = [];
    const reader = dl.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks)).toEqual(bytes);
    expect(server.apiRequests()[0]!.query).toEqual([['type', 'image']]);
  });

  it('a failed download throws the platform error', async () => {
    const c = clientFor(server);
    const e = await c.im.images.get({ path: { image_key: 'img_gone' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LarkApiError);
    expect(e).toMatchObject({ name: 'LarkNotFoundError', code: 234005, httpStatus: 400, logId: 'log-dl', hint: 'Check the key; it must come from this app\'s own upload.' });
  });

  it('resume asks for the rest with Range', async () => {
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      const from = Number(/bytes=(\d+)-/.exec(String(req.headers.range ?? ''))?.[1] ?? 0);
      const part = bytes.subarray(from);
      res.writeHead(from ? 206 : 200, {
        'content-type': 'image/png',
        'content-length': part.length,
        ...(from ? { 'content-range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` } : {}),
      });
      res.end(part);
    });
    const c = clientFor(server);
    const dl = await c.im.images.get({ path: { image_key: 'img_1' } });
    await dl.body.cancel();
    const rest = await dl.resume(4);
    expect({ status: rest.status, offset: rest.offset, size: rest.size }).toEqual({ status: 206, offset: 4, size: bytes.length });
    expect(Buffer.from(await rest.arrayBuffer())).toEqual(bytes.subarray(4));
    expect(server.apiRequests().map((r) => r.headers.range)).toEqual([undefined, 'bytes=4-']);
  });
});
