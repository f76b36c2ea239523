import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_EMULATED_CODE } from './errors.js';
import { model, startTest, type TestClient } from './test-support/harness.js';
import type { EmulatorOptions } from './options.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.emu.close();
  client = undefined;
});
async function start(opts: EmulatorOptions = {}) {
  client = await startTest(opts);
  return client;
}
const getChat = { path: { chat_id: 'oc_general' } };

describe('rate limits', () => {
  it('answers 429 with 99991400 and x-ogw-ratelimit headers past the limit', async () => {
    // A frozen clock keeps every call inside one rate-limit window.
    const c = await start({ rateLimits: { methods: { 'im.chats.get': { perSecond: 3 } } }, now: () => 1_900_000_000_200 });
    const codes: number[] = [];
    let limited;
    for (let i = 0; i < 5; i++) {
      const r = await c.call('im.chats.get', getChat);
      codes.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect(limited).toBeDefined();
    expect(limited!.json).toMatchObject({ code: 99991400, msg: 'request trigger frequency limit' });
    expect(limited!.headers.get('x-ogw-ratelimit-limit')).toBe('3');
    expect(limited!.headers.get('x-ogw-ratelimit-reset')).toBe('1');
    // another method is not limited
    expect((await c.call('im.chat.members.is_in_chat', getChat)).status).toBe(200);
  });

  it('can apply the spec\'s documented limits, set through the admin API', async () => {
    const c = await start({ now: () => 1_900_000_000_200 });
    await fetch(`${c.url}/__emulator/rate-limits`, { method: 'PUT', body: JSON.stringify({ fromSpec: true }) });
    // im.tags.create is documented at 5 per second
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await c.call('im.tags.create', { body: { create_tag: { tag_type: 'tenant', name: `t${i}` } } })).status);
    }
    expect(statuses).toContain(429);
  });
});

describe('fault injection', () => {
  it('answers injected 5xx errors', async () => {
    const c = await start({ faults: { errorRate: 1, errorStatus: 503 } });
    const r = await c.call('im.chats.get', getChat, undefined);
    expect(r.status).toBe(503);
    expect(r.json).toMatchObject({ code: 1500, msg: 'internal error' });
    expect(r.headers.get('x-tt-logid')).toBeTruthy();
  });

  it('adds latency and can be limited to some methods', async () => {
    const c = await start({ faults: { latencyMs: 120, methods: ['im.chats.get'] } });
    await c.tenantToken();
    const t = Date.now();
    await c.call('im.chats.get', getChat);
    expect(Date.now() - t).toBeGreaterThanOrEqual(110);
    // An hour of latency on the listed method: another method still answers (were it delayed
    // too, this call would not return), with no wall-clock budget to miss on a slow machine.
    c.emu.setFaults({ latencyMs: 3_600_000, methods: ['im.chats.get'] });
    expect((await c.call('im.chat.members.is_in_chat', getChat)).status).toBe(200);
  });

  it('drops connections without an answer', async () => {
    const c = await start();
    const token = await c.tenantToken();
    c.emu.setFaults({ dropRate: 1 });
    await expect(fetch(`${c.url}/open-apis/im/v1/chats/oc_general`, { headers: { authorization: `Bearer ${token}` } })).rejects.toThrow();
    c.emu.setFaults({});
    expect((await c.call('im.chats.get', getChat)).status).toBe(200);
  });

  it('forces token expiry', async () => {
    const c = await start();
    await c.tenantToken();
    await fetch(`${c.url}/__emulator/faults`, { method: 'PUT', body: JSON.stringify({ expireTokenRate: 1 }) });
    const r = await c.call('im.chats.get', getChat);
    expect(r.json.code).toBe(99991663);
  });
});

describe('admin API', () => {
  it('lists routes, inspects state, sets scopes and resets', async () => {
    const c = await start();
    const idx = (await (await fetch(`${c.url}/__emulator`)).json()) as any;
    expect(idx.data.routes.length).toBeGreaterThan(10);
    const st = (await (await fetch(`${c.url}/__emulator/state`)).json()) as any;
    expect(st.data.chats.map((x: { chat_id: string }) => x.chat_id)).toEqual(['oc_general', 'oc_project', 'oc_p2p_alice', 'oc_p2p_alice_bob']);
    expect(st.data.resources.find((r: { key: string }) => r.key === 'img_logo').size).toBeGreaterThan(0);
    await fetch(`${c.url}/__emulator/scopes`, { method: 'PUT', body: JSON.stringify({ remove: ['im:chat', 'im:chat:read', 'im:chat:readonly'] }) });
    expect((await c.call('im.chats.get', getChat)).json.code).toBe(99991672);
    await fetch(`${c.url}/__emulator/reset`, { method: 'POST' });
    c.forget();
    expect((await c.call('im.chats.get', getChat)).json.code).toBe(0);
    const reqs = (await (await fetch(`${c.url}/__emulator/requests?limit=2`)).json()) as any;
    expect(reqs.data.items).toHaveLength(2);
    expect(reqs.data.items[1]).toMatchObject({ method_id: 'im.chats.get', status: 200, code: 0 });
  });

  it('serves unknown paths and wrong verbs like the platform', async () => {
    const c = await start();
    const token = await c.tenantToken();
    const nf = await fetch(`${c.url}/open-apis/im/v1/nothing`, { headers: { authorization: `Bearer ${token}` } });
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ code: 99991201 });
    const wrong = await fetch(`${c.url}/open-apis/im/v1/chats/oc_general`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(wrong.status).toBe(405);
    expect(await wrong.json()).toMatchObject({ code: 99991301 });
  });
});

describe('a method without a handler', () => {
  it('answers "not emulated" naming the method, never a fake success', async () => {
    const extra = { ...model.methods.find((m) => m.id === 'im.chats.get')!, id: 'im.chats.frobnicate', path: '/open-apis/im/v1/chats/{chat_id}/frobnicate' };
    const c = await start({ model: { ...model, methods: [...model.methods, extra] }, exclude: ['im.tags.patch'] });
    expect([...c.emu.notEmulated].sort()).toEqual(['im.chats.frobnicate', 'im.tags.patch']);
    const token = await c.tenantToken();
    const r = await fetch(`${c.url}/open-apis/im/v1/chats/oc_general/frobnicate`, { headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(501);
    const j = (await r.json()) as any;
    expect(j.code).toBe(NOT_EMULATED_CODE);
    expect(j.msg).toBe('method im.chats.frobnicate is not emulated');
    const t = await c.call('im.tags.patch', { path: { tag_id: 'tag_demo1' }, body: { patch_tag: { name: 'x' } } });
    expect(t.json.msg).toBe('method im.tags.patch is not emulated');
  });
});

describe('persistence', () => {
  it('keeps the state across a restart and writes atomically', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-emu-'));
    const file = path.join(dir, 'state.json');
    const c = await start({ dataFile: file });
    const sent = await c.call('im.messages.create', {
      query: { receive_id_type: 'chat_id' },
      body: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'persist me' }), uuid: 'persist-1' },
    });
    const up = await c.call('im.images.create', { body: { image_type: 'message', image: '@logo.png' } });
    const token = await c.tenantToken();
    await c.emu.close();
    client = undefined;
    expect(fs.readdirSync(dir).sort()).toEqual(['state.json', 'state.json.journal']);
    expect(fs.statSync(file + '.journal').size).toBe(0);
    const c2 = await start({ dataFile: file });
    const got = await c2.call('im.messages.get', { path: { message_id: sent.json.data.message_id } }, undefined);
    // the old tenant token is still valid after the restart
    const again = await c2.call('im.messages.get', { path: { message_id: sent.json.data.message_id }, auth: `Bearer ${token}` });
    expect(again.json.code).toBe(0);
    expect(got.json.data.items[0].body.content).toBe(JSON.stringify({ text: 'persist me' }));
    const img = await c2.call('im.images.get', { path: { image_key: up.json.data.image_key } });
    expect(img.status).toBe(200);
    // same uuid after restart: same message
    const dup = await c2.call('im.messages.create', {
      query: { receive_id_type: 'chat_id' },
      body: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'persist me' }), uuid: 'persist-1' },
    });
    expect(dup.json.data.message_id).toBe(sent.json.data.message_id);
    await c2.emu.close();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
