import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileFromPath, LarkNetworkError, toFile } from './node.js';
import { clientFor } from './test-support/clients.js';
import { defaultHandler, sendJson, startServer, type TestServer } from './test-support/server.js';

const file = Buffer.from(Array.from({ length: 256 * 1024 }, (_, i) => (i * 7) % 251));

describe('node helpers', () => {
  let server: TestServer;
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-sdk-'));
    server = await startServer();
  });
  afterEach(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await server.close();
  });

  it('fileFromPath uploads a file from disk with its name', async () => {
    const p = path.join(dir, 'report.pdf');
    fs.writeFileSync(p, 'PDF-1.7 bytes');
    const c = clientFor(server);
    await c.im.files.create({ data: { file_type: 'pdf', file_name: 'Q3 report.pdf', file: await fileFromPath(p) } });
    const form = server.apiRequests()[0]!.form!;
    expect(form.map((x) => [x.name, x.filename ?? null, x.data.toString()])).toEqual([
      ['file_type', null, 'pdf'],
      ['file_name', null, 'Q3 report.pdf'],
      ['file', 'report.pdf', 'PDF-1.7 bytes'],
    ]);
  });

  /** Serves `file`, honouring Range; the first `breaks` answers stop half way and cut the connection. */
  function fileServer(opts: { breaks: number; ignoreRange?: boolean }) {
    let broken = 0;
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      const m = /bytes=(\d+)-/.exec(String(req.headers.range ?? ''));
      const from = m && !opts.ignoreRange ? Number(m[1]) : 0;
      const part = file.subarray(from);
      res.writeHead(from ? 206 : 200, {
        'content-type': 'application/pdf',
        'content-length': part.length,
        ...(from ? { 'content-range': `bytes ${from}-${file.length - 1}/${file.length}` } : {}),
      });
      if (broken < opts.breaks) {
        broken++;
        res.write(part.subarray(0, Math.floor(part.length / 2)), () => setTimeout(() => res.socket?.destroy(), 50));
        return;
      }
      res.end(part);
    });
  }

  it('toFile writes atomically and resumes with Range after a broken connection', async () => {
    fileServer({ breaks: 2 });
    const c = clientFor(server);
    const dest = path.join(dir, 'out.pdf');
    const dl = await c.im.messageResources.get({ path: { message_id: 'om_1', file_key: 'file_1' }, params: { type: 'file' } });
    const result = await toFile(dl, dest);
    expect(result).toEqual({ path: dest, bytes: file.length, contentType: 'application/pdf', resumes: 2 });
    expect(fs.readFileSync(dest).equals(file)).toBe(true);
    // Each resume starts where the bytes written so far end (at most where the server stopped).
    const ranges = server.apiRequests().map((r) => r.headers.range);
    expect(ranges[0]).toBeUndefined();
    const starts = ranges.slice(1).map((r) => Number(/^bytes=(\d+)-$/.exec(r ?? '')?.[1]));
    expect(starts).toHaveLength(2);
    expect(starts[0]).toBeGreaterThan(0);
    expect(starts[0]).toBeLessThanOrEqual(file.length / 2);
    expect(starts[1]).toBeGreaterThan(starts[0]!);
    expect(starts[1]).toBeLessThanOrEqual(starts[0]! + (file.length - starts[0]!) / 2);
    expect(server.apiRequests().every((r) => r.query[0]?.join('=') === 'type=file')).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('restarts from the beginning when the server ignores Range', async () => {
    fileServer({ breaks: 1, ignoreRange: true });
    const c = clientFor(server);
    const dest = path.join(dir, 'out.pdf');
    const result = await toFile(await c.im.files.get({ path: { file_key: 'file_1' } }), dest);
    expect(result.resumes).toBe(1);
    expect(fs.readFileSync(dest).equals(file)).toBe(true);
  });

  it('leaves nothing behind when the transfer cannot complete', async () => {
    fileServer({ breaks: 10 });
    const c = clientFor(server);
    const dest = path.join(dir, 'out.pdf');
    fs.writeFileSync(dest, 'previous version');
    const e = await toFile(await c.im.files.get({ path: { file_key: 'file_1' } }), dest, { maxResumes: 2 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LarkNetworkError);
    expect((e as Error).message).toMatch(/^download broke after \d+ bytes/);
    expect(fs.readdirSync(dir)).toEqual(['out.pdf']);
    expect(fs.readFileSync(dest, 'utf8')).toBe('previous version');
  });

  it('a failed resume request surfaces the platform error', async () => {
    let n = 0;
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      if (n++ > 0) return sendJson(res, 400, { code: 234003, msg: 'File not in message.' });
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': file.length });
      res.write(file.subarray(0, 1000), () => setTimeout(() => res.socket?.destroy(), 20));
    });
    const c = clientFor(server);
    const e = await toFile(await c.im.files.get({ path: { file_key: 'file_1' } }), path.join(dir, 'x.pdf')).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 234003 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
