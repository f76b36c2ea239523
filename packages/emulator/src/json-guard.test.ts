import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonShapeScanner } from './json-guard.js';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator, type Emulator } from './index.js';

const limits = { maxDepth: 3, maxKeys: 4 };
const scan = (...chunks: string[]) => {
  const s = new JsonShapeScanner(limits);
  for (const c of chunks) s.feed(Buffer.from(c));
};

describe('the JSON shape scanner', () => {
  it.each([
    ['[[[1]]]', undefined],
    ['[[[[1]]]]', 'nested deeper than 3 levels'],
    ['{"a":1,"b":2,"c":3,"d":4}', undefined],
    ['{"a":1,"b":2,"c":3,"d":4,"e":5}', 'more than 4 object keys'],
    // Brackets, braces and colons inside strings (escaped quotes too) do not count.
    ['{"k":"[[[[{{{{:::::\\"[[[["}', undefined],
    ['["\\\\",[[[1]]]]', 'nested deeper than 3 levels'],
  ])('%s -> %s', (body, error) => {
    if (error) expect(() => scan(body)).toThrow(error);
    else expect(() => scan(body)).not.toThrow();
  });

  it('keeps its state across chunk boundaries', () => {
    expect(() => scan('{"a":"x\\', '"[[[[', '"}')).not.toThrow();
    expect(() => scan('[[', '[[')).toThrow('nested deeper');
  });
});

describe('a hostile JSON body is refused while it arrives', () => {
  let emu: Emulator;
  let token: string;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
    const r = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }), headers: { 'content-type': 'application/json' } });
    token = ((await r.json()) as { tenant_access_token: string }).tenant_access_token;
  });
  afterAll(() => emu.close());

  /**
   * Sends the first megabyte of a 6 MB hostile body and then waits: the answer must come before
   * the rest is ever sent (so the server refused it while reading), and another client is served
   * while the hostile connection is still open.
   */
  it.each([
    ['3 million levels deep', () => '['.repeat(1 << 20), /nested deeper than 64 levels/],
    ['500,000 keys', () => '{' + Array.from({ length: 60_000 }, (_, i) => `"k${i}":0`).join(',') + ',', /more than 20000 object keys/],
  ])('%s', async (_name, head, message) => {
    const { port } = new URL(emu.url);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/open-apis/im/v1/messages?receive_id_type=chat_id', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': 6 * 1024 * 1024 } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(head());
      // The rest of the body is never sent: only a server that refuses mid-read can answer.
    });
    const other = fetch(`${emu.url}/open-apis/im/v1/chats/oc_general`, { headers: { authorization: `Bearer ${token}` } });
    const [refused, served] = await Promise.all([answer, other]);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 99992402, error: { field_violations: [{ field: 'body', description: expect.stringMatching(message) }] } });
    expect(served.status).toBe(200);
  });
});
