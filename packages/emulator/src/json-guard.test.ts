import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator, type Emulator } from './index.js';

let emu: Emulator;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  const r = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }), headers: { 'content-type': 'application/json' } });
  token = ((await r.json()) as { tenant_access_token: string }).tenant_access_token;
});
afterAll(() => emu.close());

describe('a hostile JSON body is refused while it arrives', () => {
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

describe('a JSON document inside a string field is bounded too', () => {
  const send = (content: string) =>
    fetch(`${emu.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content }) }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));
  const nested = (n: number) => '['.repeat(n) + '0' + ']'.repeat(n);

  it.each([
    // A message `content` is itself JSON: the body guard cannot see into it, the field check does.
    ['65 levels inside content', 400, `{"text":"hi","extra":${nested(64)}}`],
    ['3 million levels inside content (3 MB, never parsed)', 400, '['.repeat(3_000_000)],
    ['64 levels inside content', 200, `{"text":"hi","extra":${nested(63)}}`],
  ])('%s -> HTTP %i', async (_name, status, content) => {
    const r = await send(content);
    expect(r.status).toBe(status);
    if (status === 400) {
      expect(r.json).toMatchObject({ code: 230001, error: { field_violations: [{ field: 'content', description: 'must be a JSON document encoded as a string, at most 64 levels deep with at most 20000 keys' }] } });
    }
  });
});
