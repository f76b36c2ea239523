import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { encodeMultipart, LarkValidationError, type MethodDescriptor } from '../index.js';
import { descriptors } from '../generated/descriptors.js';
import { clientFor, SEND } from '../test-support/clients.js';
import { startServer, type TestServer } from '../test-support/server.js';
import { encodeQuery, fillPath } from './request.js';
import { validateRequest } from './validate.js';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LarkValidationError) return e.issues;
    throw e;
  }
  return [];
};

const create = descriptors['im.messages.create'];
const check = (d: MethodDescriptor, req: Parameters<typeof validateRequest>[1], as: 'bot' | 'user' = 'bot') => issuesOf(() => validateRequest(d, req, as));

describe('validation against the spec', () => {
  it('accepts a correct request', () => {
    expect(check(create, SEND)).toEqual([]);
  });

  it('names a missing required field', () => {
    expect(check(create, { params: SEND.params, data: { msg_type: 'text', content: '{}' } })).toEqual([{ field: 'data.receive_id', message: 'is required' }]);
    expect(check(create, { data: SEND.data })).toEqual([{ field: 'params.receive_id_type', message: 'is required' }]);
  });

  it('names an unknown field, with the closest known one', () => {
    expect(check(create, { ...SEND, data: { ...SEND.data, recieve_id: 'x' } })).toEqual([
      { field: 'data.recieve_id', message: 'is not a known field (did you mean "receive_id"?)' },
    ]);
  });

  it('checks enums, types, lengths and JSON strings', () => {
    expect(check(create, { params: { receive_id_type: 'chatid' }, data: SEND.data })).toEqual([
      { field: 'params.receive_id_type', message: 'must be one of open_id, user_id, union_id, email, chat_id (did you mean "chat_id"?)' },
    ]);
    expect(check(create, { ...SEND, data: { ...SEND.data, content: { text: 'hi' } } })).toEqual([
      { field: 'data.content', message: 'must be a string holding JSON (use JSON.stringify)' },
    ]);
    expect(check(create, { ...SEND, data: { ...SEND.data, content: '{text: hi}' } })).toEqual([{ field: 'data.content', message: 'must hold a valid JSON document' }]);
    expect(check(create, { ...SEND, data: { ...SEND.data, uuid: 'x'.repeat(51) } })).toEqual([{ field: 'data.uuid', message: 'must be at most 50 characters long' }]);
    const list = descriptors['im.messages.list'];
    expect(check(list, { params: { container_id_type: 'chat', container_id: 'oc_1', page_size: '20' } })).toEqual([
      { field: 'params.page_size', message: 'must be an integer, not string "20"' },
    ]);
  });

  it('checks repeated query keys and nested objects, and reports every problem at once', () => {
    const mget = descriptors['im.messages.mget'];
    expect(check(mget, { params: { message_ids: Array.from({ length: 51 }, (_, i) => `om_${i}`) } })).toEqual([
      { field: 'params.message_ids', message: 'must have at most 50 items' },
    ]);
    expect(check(mget, { params: { message_ids: ['om_1', 2] } })).toEqual([{ field: 'params.message_ids[1]', message: 'must be a string, not number 2' }]);
    const chats = descriptors['im.chats.create'];
    expect(check(chats, { data: { name: 7, i18n_names: { zh_cn: '群', xx_yy: 'x' }, restricted_mode_setting: { status: 'yes' } } })).toEqual([
      { field: 'data.name', message: 'must be a string, not number 7' },
      { field: 'data.i18n_names.xx_yy', message: 'is not a known field' },
      { field: 'data.restricted_mode_setting.status', message: 'must be a boolean, not string "yes"' },
    ]);
  });

  it('checks files once read: empty or too large, whatever the source', async () => {
    const images = descriptors['im.images.create'];
    const read = async (image: unknown) => (await encodeMultipart(images.body!.fields, { image_type: 'message', image })).data;
    expect(check(images, { data: await read(new Uint8Array(0)) })).toEqual([{ field: 'data.image', message: 'must not be empty' }]);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    for (const source of [new Blob([big]), big, Readable.from([big.subarray(0, 5), big.subarray(5)])]) {
      expect(check(images, { data: await read(source) })).toEqual([{ field: 'data.image', message: 'must be at most 10485760 bytes (got 10485761)' }]);
    }
    expect(check(images, { data: await read('logo.png') })).toEqual([
      { field: 'data.image', message: 'must be file content: a Blob, Buffer, Uint8Array, ArrayBuffer or stream' },
    ]);
  });

  it('checks the identity', () => {
    const basic = descriptors['contact.users.basic_batch'];
    expect(check(basic, { params: { user_id_type: 'open_id' }, data: { user_ids: ['ou_1'] } }, 'bot')).toEqual([
      { field: 'as', message: 'must be user: contact.users.basic_batch cannot be called as bot' },
    ]);
  });
});

describe('validation in the client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('throws LarkValidationError naming the field and sends nothing', async () => {
    const c = clientFor(server);
    const e = await c.im.messages.create({ params: SEND.params, data: { ...SEND.data, msg_type: 'txt' as 'text' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LarkValidationError);
    expect(e).toMatchObject({
      name: 'LarkValidationError',
      field: 'data.msg_type',
      methodId: 'im.messages.create',
      message: 'im.messages.create: data.msg_type must be one of text, post, image, file, audio, media, sticker, interactive, share_chat, share_user, system (did you mean "text"?)',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('can be switched off per client and per call', async () => {
    const bad = { params: SEND.params, data: { ...SEND.data, extra: 1 } } as unknown as typeof SEND;
    await clientFor(server, { validate: false }).im.messages.create(bad);
    await clientFor(server).im.messages.create(bad, { validate: false });
    expect(server.apiRequests()).toHaveLength(2);
    expect((server.apiRequests()[0]!.json as { extra: number }).extra).toBe(1);
  });

  it('still escapes and checks path values when validation is off', async () => {
    const c = clientFor(server, { validate: false });
    for (const bad of ['..', 'a/../b', 'a/b', 'a?b', 'a#b', '%2e%2e', 'a\nb', 'a\u0000', 'a\\b', '.']) {
      const e = await c.im.messages.get({ path: { message_id: bad } }).catch((x: unknown) => x);
      expect(e, bad).toBeInstanceOf(LarkValidationError);
      expect((e as LarkValidationError).field).toBe('path.message_id');
    }
    server.requests.length = 0;
    await c.im.messages.get({ path: { message_id: 'om 1+ü' } });
    expect(server.apiRequests()[0]!.rawPath).toBe('/open-apis/im/v1/messages/om%201%2B%C3%BC');
  });
});

describe('request building', () => {
  it('fills path parameters, escaped', () => {
    expect(fillPath('/open-apis/im/v1/messages/{message_id}/resources/{file_key}', { message_id: 'om_1', file_key: 'file v2' })).toBe(
      '/open-apis/im/v1/messages/om_1/resources/file%20v2',
    );
    expect(() => fillPath('/x/{id}', {})).toThrow(LarkValidationError);
    expect(() => fillPath('/x/{id}', { id: '' })).toThrow('path.id is required');
  });

  it('encodes arrays as repeated keys, %20 for spaces, UTF-8, and leaves out undefined', () => {
    expect(encodeQuery({ message_ids: ['om_a', 'om b'], user_id_type: 'open_id', page_size: 20, flag: true, none: undefined, nil: null, q: 'a&b=c/ü' })).toBe(
      '?message_ids=om_a&message_ids=om%20b&user_id_type=open_id&page_size=20&flag=true&q=a%26b%3Dc%2F%C3%BC',
    );
    expect(encodeQuery({})).toBe('');
    expect(encodeQuery(undefined)).toBe('');
  });
});
