/**
 * Wire conformance: for each call of the table, the request our SDK sends must equal the one the
 * official @larksuiteoapi/node-sdk sends for the same call, both captured by the same local server:
 * method, path, decoded query, JSON body (or multipart fields and bytes), content type, token.
 *
 * Two normalisations, both artefacts of the official client: it sends `{}` with
 * `Content-Type: application/json` on GET requests (fetch cannot send a GET body), and it names no
 * file in multipart parts (ours always does, as browsers do) — file names are not compared.
 */
import * as lark from '@larksuiteoapi/node-sdk';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LarkClient } from './index.js';
import { startServer, sendJson, TOKEN_PATH, type Captured, type TestServer } from './test-support/server.js';

type Official = InstanceType<typeof lark.Client>;
interface Row {
  name: string;
  ours: (c: LarkClient) => Promise<unknown>;
  theirs: (c: Official) => Promise<unknown>;
}

const USER = lark.withUserAccessToken('u-alice');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 0, 255]);

const rows: Row[] = [
  {
    name: 'im.messages.create: POST, query, JSON body with content as a JSON string',
    ours: (c) => c.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_1', msg_type: 'text', content: '{"text":"hi \\"there\\""}', uuid: 'u-1' } }),
    theirs: (c) => c.im.message.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_1', msg_type: 'text', content: '{"text":"hi \\"there\\""}', uuid: 'u-1' } }),
  },
  {
    name: 'im.messages.create as user',
    ours: (c) => c.im.messages.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: 'ou_1', msg_type: 'text', content: '{"text":"x"}', uuid: 'u-2' } }, { userAccessToken: 'u-alice' }),
    theirs: (c) => c.im.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: 'ou_1', msg_type: 'text', content: '{"text":"x"}', uuid: 'u-2' } }, USER),
  },
  {
    name: 'im.messages.reply: path param and body',
    ours: (c) => c.im.messages.reply({ path: { message_id: 'om_1' }, data: { msg_type: 'text', content: '{"text":"ok"}', reply_in_thread: true, uuid: 'r-1' } }),
    theirs: (c) => c.im.message.reply({ path: { message_id: 'om_1' }, data: { msg_type: 'text', content: '{"text":"ok"}', reply_in_thread: true, uuid: 'r-1' } }),
  },
  {
    name: 'im.messages.delete: DELETE',
    ours: (c) => c.im.messages.delete({ path: { message_id: 'om_1' } }),
    theirs: (c) => c.im.message.delete({ path: { message_id: 'om_1' } }),
  },
  {
    name: 'im.messages.get: GET, path and query, user token',
    ours: (c) => c.im.messages.get({ path: { message_id: 'om_1' }, params: { user_id_type: 'open_id', with_sender_name: true } }, { as: 'user', userAccessToken: 'u-alice' }),
    theirs: (c) => c.im.message.get({ path: { message_id: 'om_1' }, params: { user_id_type: 'open_id', with_sender_name: true } as never }, USER),
  },
  {
    name: 'im.messages.list: GET, integers and booleans in the query',
    ours: (c) => c.im.messages.list({ params: { container_id_type: 'chat', container_id: 'oc_1', start_time: '1700000000', sort_type: 'ByCreateTimeDesc', page_size: 20, page_token: 'p 2' } }),
    theirs: (c) => c.im.message.list({ params: { container_id_type: 'chat', container_id: 'oc_1', start_time: '1700000000', sort_type: 'ByCreateTimeDesc', page_size: 20, page_token: 'p 2' } }),
  },
  {
    name: 'im.messages.patch: PATCH',
    ours: (c) => c.im.messages.patch({ path: { message_id: 'om_card' }, data: { content: '{"elements":[]}' } }),
    theirs: (c) => c.im.message.patch({ path: { message_id: 'om_card' }, data: { content: '{"elements":[]}' } }),
  },
  {
    name: 'im.messages.update: PUT',
    ours: (c) => c.im.messages.update({ path: { message_id: 'om_1' }, data: { msg_type: 'text', content: '{"text":"edited"}' } }),
    theirs: (c) => c.im.message.update({ path: { message_id: 'om_1' }, data: { msg_type: 'text', content: '{"text":"edited"}' } }),
  },
  {
    name: 'im.messages.forward: idempotency key in the query',
    ours: (c) => c.im.messages.forward({ path: { message_id: 'om_1' }, params: { receive_id_type: 'chat_id', uuid: 'f-1' }, data: { receive_id: 'oc_2' } }),
    theirs: (c) => c.im.message.forward({ path: { message_id: 'om_1' }, params: { receive_id_type: 'chat_id', uuid: 'f-1' }, data: { receive_id: 'oc_2' } }),
  },
  {
    name: 'im.messages.merge_forward: array in the body',
    ours: (c) => c.im.messages.mergeForward({ params: { receive_id_type: 'chat_id', uuid: 'mf-1' }, data: { receive_id: 'oc_2', message_id_list: ['om_1', 'om_2'] } }),
    theirs: (c) => c.im.message.mergeForward({ params: { receive_id_type: 'chat_id', uuid: 'mf-1' }, data: { receive_id: 'oc_2', message_id_list: ['om_1', 'om_2'] } }),
  },
  {
    name: 'im.messages.read_users',
    ours: (c) => c.im.messages.readUsers({ path: { message_id: 'om_1' }, params: { user_id_type: 'open_id', page_size: 10 } }),
    theirs: (c) => c.im.message.readUsers({ path: { message_id: 'om_1' }, params: { user_id_type: 'open_id', page_size: 10 } }),
  },
  {
    name: 'im.messages.urgent_app: PATCH with query and body',
    ours: (c) => c.im.messages.urgentApp({ path: { message_id: 'om_1' }, params: { user_id_type: 'open_id' }, data: { user_id_list: ['ou_1', 'ou_2'] } }),
    theirs: (c) => c.im.message.urgentApp({ path: { message_id: 'om_1' }, params: { user_id_type: 'open_id' }, data: { user_id_list: ['ou_1', 'ou_2'] } }),
  },
  {
    name: 'im.chats.create: nested body',
    ours: (c) => c.im.chats.create({ params: { user_id_type: 'open_id', set_bot_manager: true, uuid: 'c-1' }, data: { name: 'Launch', i18n_names: { zh_cn: '发布', en_us: 'Launch' }, user_id_list: ['ou_1'], chat_mode: 'group', chat_type: 'private' } }),
    theirs: (c) => c.im.chat.create({ params: { user_id_type: 'open_id', set_bot_manager: true, uuid: 'c-1' }, data: { name: 'Launch', i18n_names: { zh_cn: '发布', en_us: 'Launch' }, user_id_list: ['ou_1'], chat_mode: 'group', chat_type: 'private' } }),
  },
  {
    name: 'im.chats.update: PUT with path and body',
    ours: (c) => c.im.chats.update({ path: { chat_id: 'oc_1' }, data: { name: 'Renamed', description: 'new' } }),
    theirs: (c) => c.im.chat.update({ path: { chat_id: 'oc_1' }, data: { name: 'Renamed', description: 'new' } }),
  },
  {
    name: 'im.chats.get',
    ours: (c) => c.im.chats.get({ path: { chat_id: 'oc_1' }, params: { user_id_type: 'union_id' } }),
    theirs: (c) => c.im.chat.get({ path: { chat_id: 'oc_1' }, params: { user_id_type: 'union_id' } }),
  },
  {
    name: 'im.chats.list',
    ours: (c) => c.im.chats.list({ params: { sort_type: 'ByActiveTimeDesc', page_size: 50 } }),
    theirs: (c) => c.im.chat.list({ params: { sort_type: 'ByActiveTimeDesc', page_size: 50 } }),
  },
  {
    name: 'im.chats.search: spaces and non-ASCII in the query',
    ours: (c) => c.im.chats.search({ params: { query: 'proj x & 发布/100%', page_size: 5 } }),
    theirs: (c) => c.im.chat.search({ params: { query: 'proj x & 发布/100%', page_size: 5 } }),
  },
  {
    name: 'im.chats.delete',
    ours: (c) => c.im.chats.delete({ path: { chat_id: 'oc_old' } }),
    theirs: (c) => c.im.chat.delete({ path: { chat_id: 'oc_old' } }),
  },
  {
    name: 'im.chat.members.create',
    ours: (c) => c.im.chatMembers.create({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'open_id', succeed_type: 1 }, data: { id_list: ['ou_1', 'ou_2'] } }),
    theirs: (c) => c.im.chatMembers.create({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'open_id', succeed_type: 1 }, data: { id_list: ['ou_1', 'ou_2'] } }),
  },
  {
    name: 'im.chat.members.delete: DELETE with a JSON body',
    ours: (c) => c.im.chatMembers.delete({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'open_id' }, data: { id_list: ['ou_2'] } }),
    theirs: (c) => c.im.chatMembers.delete({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'open_id' }, data: { id_list: ['ou_2'] } }),
  },
  {
    name: 'im.chat.members.get',
    ours: (c) => c.im.chatMembers.get({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'user_id', page_size: 100 } }),
    theirs: (c) => c.im.chatMembers.get({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'user_id', page_size: 100 } }),
  },
  {
    name: 'im.chat.members.is_in_chat',
    ours: (c) => c.im.chatMembers.isInChat({ path: { chat_id: 'oc_1' } }),
    theirs: (c) => c.im.chatMembers.isInChat({ path: { chat_id: 'oc_1' } }),
  },
  {
    name: 'im.chat.members.me_join: PATCH without a body',
    ours: (c) => c.im.chatMembers.meJoin({ path: { chat_id: 'oc_1' } }),
    theirs: (c) => c.im.chatMembers.meJoin({ path: { chat_id: 'oc_1' } }),
  },
  {
    name: 'im.chat.managers.add_managers',
    ours: (c) => c.im.chatManagers.addManagers({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'open_id' }, data: { manager_ids: ['ou_1'] } }),
    theirs: (c) => c.im.chatManagers.addManagers({ path: { chat_id: 'oc_1' }, params: { member_id_type: 'open_id' }, data: { manager_ids: ['ou_1'] } }),
  },
  {
    name: 'im.chat.top_notice.delete_top_notice: POST without a body',
    ours: (c) => c.im.chatTopNotice.deleteTopNotice({ path: { chat_id: 'oc_1' } }),
    theirs: (c) => c.im.chatTopNotice.deleteTopNotice({ path: { chat_id: 'oc_1' } }),
  },
  {
    name: 'im.chat.announcement.patch',
    ours: (c) => c.im.chatAnnouncement.patch({ path: { chat_id: 'oc_1' }, data: { revision: '12', requests: ['{"requestType":"InsertBlocksRequestType"}'] } }),
    theirs: (c) => c.im.chatAnnouncement.patch({ path: { chat_id: 'oc_1' }, data: { revision: '12', requests: ['{"requestType":"InsertBlocksRequestType"}'] } }),
  },
  {
    name: 'im.pins.create',
    ours: (c) => c.im.pins.create({ data: { message_id: 'om_1' } }),
    theirs: (c) => c.im.pin.create({ data: { message_id: 'om_1' } }),
  },
  {
    name: 'im.pins.list',
    ours: (c) => c.im.pins.list({ params: { chat_id: 'oc_1', start_time: '1700000000000', page_size: 20 } }),
    theirs: (c) => c.im.pin.list({ params: { chat_id: 'oc_1', start_time: '1700000000000', page_size: 20 } }),
  },
  {
    name: 'im.reactions.create',
    ours: (c) => c.im.reactions.create({ path: { message_id: 'om_1' }, data: { reaction_type: { emoji_type: 'SMILE' } } }),
    theirs: (c) => c.im.messageReaction.create({ path: { message_id: 'om_1' }, data: { reaction_type: { emoji_type: 'SMILE' } } }),
  },
  {
    name: 'im.reactions.delete: two path params',
    ours: (c) => c.im.reactions.delete({ path: { message_id: 'om_1', reaction_id: 'ZCaCIjUBVVWSrm5L-3ZTw' } }),
    theirs: (c) => c.im.messageReaction.delete({ path: { message_id: 'om_1', reaction_id: 'ZCaCIjUBVVWSrm5L-3ZTw' } }),
  },
  {
    name: 'im.images.create: multipart from a Buffer',
    ours: (c) => c.im.images.create({ data: { image_type: 'message', image: png } }),
    theirs: (c) => c.im.image.create({ data: { image_type: 'message', image: png } }),
  },
  {
    name: 'im.files.create: multipart with a number field, from a stream',
    ours: (c) => c.im.files.create({ data: { file_type: 'opus', file_name: 'voice.opus', duration: 3000, file: Readable.from([Buffer.from('OPUS'), Buffer.from('DATA')]) } }),
    theirs: (c) => c.im.file.create({ data: { file_type: 'opus', file_name: 'voice.opus', duration: 3000, file: Buffer.from('OPUSDATA') } }),
  },
  {
    name: 'im.images.get: download',
    ours: (c) => c.im.images.get({ path: { image_key: 'img_v2_1' } }).then((d) => d.arrayBuffer()),
    theirs: (c) => c.im.image.get({ path: { image_key: 'img_v2_1' } }),
  },
  {
    name: 'im.message.resources.get: download with two path params and a query',
    ours: (c) => c.im.messageResources.get({ path: { message_id: 'om_1', file_key: 'file_v2_1' }, params: { type: 'file' } }).then((d) => d.arrayBuffer()),
    theirs: (c) => c.im.messageResource.get({ path: { message_id: 'om_1', file_key: 'file_v2_1' }, params: { type: 'file' } }),
  },
  {
    name: 'im.threads.forward',
    ours: (c) => c.im.threads.forward({ path: { thread_id: 'omt_1' }, params: { receive_id_type: 'chat_id', uuid: 't-1' }, data: { receive_id: 'oc_2' } }),
    theirs: (c) => c.im.thread.forward({ path: { thread_id: 'omt_1' }, params: { receive_id_type: 'chat_id', uuid: 't-1' }, data: { receive_id: 'oc_2' } }),
  },
  {
    name: 'im.batch_messages.get_progress',
    ours: (c) => c.im.batchMessages.getProgress({ path: { batch_message_id: 'bm_1' } }),
    theirs: (c) => c.im.batchMessage.getProgress({ path: { batch_message_id: 'bm_1' } }),
  },
  {
    name: 'im.tags.patch (v2)',
    ours: (c) => c.im.tags.patch({ path: { tag_id: '7123' }, data: { patch_tag: { id: '7123', name: 'VIP' } } }),
    theirs: (c) => c.im.v2.tag.patch({ path: { tag_id: '7123' }, data: { patch_tag: { id: '7123', name: 'VIP' } } }),
  },
  {
    name: 'contact.users.batch: repeated query keys',
    ours: (c) => c.contact.users.batch({ params: { user_ids: ['ou_a', 'ou b', 'ou_ü'], user_id_type: 'open_id' } }),
    theirs: (c) => c.contact.user.batch({ params: { user_ids: ['ou_a', 'ou b', 'ou_ü'], user_id_type: 'open_id' } }),
  },
  {
    name: 'contact.users.basic_batch: user identity',
    ours: (c) => c.contact.users.basicBatch({ params: { user_id_type: 'open_id' }, data: { user_ids: ['ou_a', 'ou_b'] } }, { userAccessToken: 'u-alice' }),
    theirs: (c) => c.contact.user.basicBatch({ params: { user_id_type: 'open_id' }, data: { user_ids: ['ou_a', 'ou_b'] } }, USER),
  },
];

interface Wire {
  method: string;
  path: string;
  rawPath: string;
  query: [string, string][];
  mediaType: string | undefined;
  authorization: string | undefined;
  json?: unknown;
  form?: { name: string; value: string }[];
}

function wire(r: Captured): Wire {
  const isGet = r.method === 'GET';
  const w: Wire = {
    method: r.method,
    path: r.path,
    rawPath: r.rawPath,
    // Order of keys is not significant; the order of a repeated key's values is.
    query: [...r.query].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    mediaType: isGet ? undefined : r.mediaType,
    authorization: r.headers.authorization,
  };
  if (r.json !== undefined && !(isGet && JSON.stringify(r.json) === '{}')) w.json = r.json;
  if (r.form) w.form = r.form.map((p) => ({ name: p.name, value: p.filename !== undefined || p.contentType ? `file:${p.data.toString('base64')}` : p.data.toString('utf8') }));
  return w;
}

describe('wire conformance with @larksuiteoapi/node-sdk', () => {
  let server: TestServer;
  let ours: LarkClient;
  let theirs: Official;

  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.path === TOKEN_PATH) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-conformance', expire: 7200 });
      if (req.path.startsWith('/open-apis/im/v1/images/') || req.path.includes('/resources/')) {
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
        return void res.end(png);
      }
      sendJson(res, 200, { code: 0, msg: 'success', data: {} });
    });
    ours = new LarkClient({ appId: 'cli_conformance', appSecret: 'secret-1', baseUrl: server.url, maxRetries: 0 });
    theirs = new lark.Client({ appId: 'cli_conformance', appSecret: 'secret-1', domain: server.url, loggerLevel: lark.LoggerLevel.fatal });
  });
  afterAll(() => server.close());

  it('has a table of at least 25 calls covering every verb, path params, repeated keys, JSON and multipart', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
  });

  it('fetches the tenant token the same way', async () => {
    server.requests.length = 0;
    await ours.im.chats.get({ path: { chat_id: 'oc_1' } });
    await theirs.im.chat.get({ path: { chat_id: 'oc_1' } });
    const [a, b] = server.tokenRequests();
    expect(server.tokenRequests()).toHaveLength(2);
    expect(a!.json).toEqual({ app_id: 'cli_conformance', app_secret: 'secret-1' });
    expect(wire(a!)).toEqual(wire(b!));
    expect(a!.headers.authorization).toBeUndefined();
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    server.requests.length = 0;
    await row.ours(ours);
    const mine = server.apiRequests();
    server.requests.length = 0;
    await row.theirs(theirs);
    const official = server.apiRequests();
    expect(mine).toHaveLength(1);
    expect(official).toHaveLength(1);
    expect(wire(mine[0]!)).toEqual(wire(official[0]!));
  });

  it('covers every HTTP verb, path parameters, repeated keys, JSON and multipart bodies', async () => {
    const seen: Wire[] = [];
    for (const row of rows) {
      server.requests.length = 0;
      await row.ours(ours);
      seen.push(wire(server.apiRequests()[0]!));
    }
    expect(new Set(seen.map((w) => w.method))).toEqual(new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    expect(seen.some((w) => new Set(w.query.map((q) => q[0])).size < w.query.length)).toBe(true);
    expect(seen.some((w) => w.form !== undefined)).toBe(true);
    expect(seen.filter((w) => w.mediaType === 'application/json').length).toBeGreaterThan(20);
    expect(seen.some((w) => w.rawPath.includes('om_1/reactions/ZCaCIjUBVVWSrm5L-3ZTw'))).toBe(true);
  });
});
