/** Emulator behaviour found missing by a new user: user_info, the emoji catalogue, non-ASCII names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTest, type TestClient } from './test-support/harness.js';

let c: TestClient;
beforeAll(async () => {
  c = await startTest();
});
afterAll(() => c.emu.close());

describe('GET /open-apis/authen/v1/user_info', () => {
  const get = (auth: string) => fetch(`${c.url}/open-apis/authen/v1/user_info`, { headers: { authorization: auth } }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));

  it("answers the signed-in user's open_id and name", async () => {
    const r = await get(`Bearer ${c.userToken('ou_alice')}`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ code: 0, data: { open_id: 'ou_alice', name: expect.any(String), tenant_key: 'tenant_demo' } });
    expect(r.json.data.name).toBe(c.emu.state.users.get('ou_alice')!.name);
  });

  it('refuses a tenant token and a missing one', async () => {
    expect((await get(`Bearer ${await c.tenantToken()}`)).json).toMatchObject({ code: 99991668 });
    expect((await get('')).json).toMatchObject({ code: 99991661 });
  });
});

describe('reactions', () => {
  it.each([
    ['THUMBSUP', 0],
    ['SMILE', 0],
    ['NOT_AN_EMOJI', 231001],
    ['thumbsup', 231001],
  ])('emoji_type %s -> code %i', async (emoji, code) => {
    const r = await c.call('im.reactions.create', { path: { message_id: 'om_welcome' }, body: { reaction_type: { emoji_type: emoji } } });
    expect(r.json.code).toBe(code);
  });
});

describe('non-ASCII, emoji and CRLF file names', () => {
  it.each(['报告.pdf', 'notes 😀.txt', 'a\r\nb.txt'])('%j uploads, and downloads with a valid Content-Disposition naming it exactly', async (name) => {
    const form = new FormData();
    form.set('file_type', 'stream');
    form.set('file_name', name);
    form.set('file', new Blob([Buffer.from('hello')]), name);
    const up = await fetch(`${c.url}/open-apis/im/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${await c.tenantToken()}` }, body: form });
    const key = ((await up.json()) as { data: { file_key: string } }).data.file_key;
    // The platform names the file only when the request says it speaks JSON.
    const dl = await c.call('im.files.get', { path: { file_key: key }, headers: { 'content-type': 'application/json' } });
    expect(dl.status).toBe(200);
    const { parseContentDisposition } = await import('@larkgen/sdk');
    expect(parseContentDisposition(dl.headers.get('content-disposition'))).toBe(name);
  });
});

describe('a file message', () => {
  it('reads back with the name the file was uploaded under', async () => {
    const form = new FormData();
    form.set('file_type', 'stream');
    form.set('file_name', 'notes.txt');
    form.set('file', new Blob([Buffer.from('hello')]), 'notes.txt');
    const up = await fetch(`${c.url}/open-apis/im/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${await c.tenantToken()}` }, body: form });
    const key = ((await up.json()) as { data: { file_key: string } }).data.file_key;
    const sent = await c.call('im.messages.create', { query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_general', msg_type: 'file', content: JSON.stringify({ file_key: key }) } });
    const got = await c.call('im.messages.get', { path: { message_id: sent.json.data.message_id } });
    expect(JSON.parse(got.json.data.items[0].body.content)).toEqual({ file_key: key, file_name: 'notes.txt' });
  });
});
