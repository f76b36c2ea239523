/**
 * The emulator under hostile input: malformed JSON, huge bodies, invalid UTF-8, odd path params,
 * wrong content types, garbage multipart. Every answer must be a Lark-style 4xx, and the server
 * must keep answering.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, loadModel, type Emulator } from '@larkgen/emulator';
import { record } from './figures.js';
import { fuzzRuns } from './support/scale.js';

// A fixed 300-case seed set under `pnpm test`; 2,000 under `pnpm test:full`.
const RUNS = fuzzRuns('LARKGEN_FUZZ_RUNS', { quick: 300, full: 2_000 });
let emu: Emulator;
let token: string;
const model = loadModel();
const routes = model.methods.map((m) => ({ http: m.http, path: m.path }));

beforeAll(async () => {
  emu = await startEmulator({ port: 0, validateResponses: true });
  const r = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }),
  });
  token = ((await r.json()) as { tenant_access_token: string }).tenant_access_token;
});
afterAll(async () => {
  await emu.close();
});

/** Path segments exactly as they go on the wire. */
const ODD_SEGMENTS = ['..', '%2e%2e', '%2F', '%2f..%2f', '%00', '%ff', '%', '%zz', 'a'.repeat(5000), '%E6%97%A5%E6%9C%AC', '%E2%80%AE', '%20', '%3Fx=1', '%23', ';', 'om_%0a', '%C0%AF'];

type Answer = { status: number; body: unknown };

async function send(method: string, path: string, body: BodyInit | undefined, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(emu.url + path, { method, headers: { authorization: `Bearer ${token}`, ...headers }, body });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed };
}

function expectLarkRefusal(a: Answer, what: string): void {
  expect(a.status, `${what}: ${JSON.stringify(a.body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(a.status, `${what}: ${JSON.stringify(a.body).slice(0, 200)}`).toBeLessThan(500);
  const b = a.body as { code?: unknown; msg?: unknown };
  expect(typeof b, what).toBe('object');
  expect(typeof b.code, what).toBe('number');
  expect(b.code, what).not.toBe(0);
  expect(typeof b.msg, what).toBe('string');
}

function fill(path: string, segment: string): string {
  return path.replace(/\{[^}]+\}/g, segment);
}

describe('the emulator refuses hostile input Lark-style and stays up', () => {
  it('malformed JSON bodies, wrong content types and invalid UTF-8', async () => {
    let refused = 0;
    let accepted = 0;
    const bodies = fc.oneof(
      fc.string().map((s) => '{' + s),
      fc.constantFrom('', '{', '[1,2', 'null', '"str"', '123', '{"a":', '{"receive_id":}', '\uFEFF{}', '{"a":1}{"b":2}'),
      fc.uint8Array({ minLength: 1, maxLength: 200 }).map((a) => Buffer.concat([Buffer.from('{"text":"'), Buffer.from(a), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])),
    );
    // Methods that take no body ignore one, as the platform does: only methods with a body have one to refuse.
    const writes = model.methods.filter((m) => m.http !== 'GET' && m.body).map((m) => ({ http: m.http, path: m.path }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), bodies, fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', ''), async (route, body, type) => {
        const a = await send(route.http, fill(route.path, 'oc_general'), body as BodyInit, type ? { 'content-type': type } : {});
        if (a.status === 200 && (a.body as { code?: number }).code === 0) {
          // Accepted only when the body really is a JSON object (or empty, for a method whose body is optional).
          const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
          const parsed = text === '' ? {} : (JSON.parse(text) as unknown);
          expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), `${route.http} ${route.path} accepted ${JSON.stringify(text).slice(0, 60)}`).toBe(true);
          accepted++;
          return;
        }
        expectLarkRefusal(a, `${route.http} ${route.path} ${JSON.stringify(String(body)).slice(0, 60)}`);
        refused++;
      }),
      { numRuns: RUNS, seed: 1124 },
    );
    record({ area: 'fuzzing', figure: `emulator: malformed bodies, content types, invalid UTF-8 (${accepted} valid JSON objects accepted)`, value: `${refused} refused`, goal: 'every other body refused 4xx Lark-style', ok: refused + accepted === RUNS && refused > 0 });
  });

  it('odd path params on every templated route', async () => {
    let tried = 0;
    let refused = 0;
    for (const route of routes.filter((r) => r.path.includes('{'))) {
      for (const seg of ODD_SEGMENTS) {
        tried++;
        const a = await send(route.http, fill(route.path, seg), route.http === 'GET' ? undefined : '{}', { 'content-type': 'application/json' });
        expectLarkRefusal(a, `${route.http} ${fill(route.path, seg).slice(0, 80)}`);
        refused++;
      }
    }
    record({ area: 'fuzzing', figure: 'emulator: odd path params', value: `${refused}/${tried} refused`, goal: 'all refused 4xx Lark-style', ok: tried > 0 && refused === tried });
  });

  it('huge bodies and garbage multipart', async () => {
    let refused = 0;
    const huge = '{"receive_id":"oc_general","msg_type":"text","content":"' + 'x'.repeat(12 * 1024 * 1024) + '"}';
    expectLarkRefusal(await send('POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', huge, { 'content-type': 'application/json' }), 'a 12 MB JSON body');
    refused++;
    const garbage = Buffer.from('--xx\r\nContent-Disposition: form-data; name="image_type"\r\n\r\nmessage\r\n--xx\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\n\x89PNG');
    expectLarkRefusal(await send('POST', '/open-apis/im/v1/images', garbage, { 'content-type': 'multipart/form-data; boundary=xx' }), 'truncated multipart');
    refused++;
    expectLarkRefusal(await send('POST', '/open-apis/im/v1/images', 'not multipart', { 'content-type': 'multipart/form-data' }), 'multipart without a boundary');
    refused++;
    record({ area: 'fuzzing', figure: 'emulator: huge and truncated bodies', value: `${refused}/3 refused`, goal: 'all refused 4xx Lark-style', ok: refused === 3 });
  });

  it('a connection that sends half a request and hangs up does not hurt the server', async () => {
    const { port } = new URL(emu.url);
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1', () => {
          s.write('POST /open-apis/im/v1/messages?receive_id_type=chat_id HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"rec');
          s.destroy();
          resolve();
        });
        s.on('error', () => resolve());
      });
    }
    const health = await fetch(`${emu.url}/__emulator/health`);
    record({ area: 'fuzzing', figure: 'emulator: half requests then hang-ups (20), then a health check', value: `health ${health.status}`, goal: 'server keeps answering (200)', ok: health.status === 200 });
    expect(health.status).toBe(200);
  });

  it('is still up and its state intact after all of it', async () => {
    const a = await send('GET', '/open-apis/im/v1/chats/oc_general', undefined, {});
    expect(a.status).toBe(200);
    expect((a.body as { data: { name: string } }).data.name).toBe('General');
  });
});
