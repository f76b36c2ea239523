import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, LOGO_PNG } from './seed.js';
import { startTest, type TestClient } from './test-support/harness.js';

let c: TestClient;
let clock = Date.now();
beforeAll(async () => {
  c = await startTest({ now: () => clock });
});
afterAll(async () => {
  await c.emu.close();
});
beforeEach(() => {
  clock = Date.now();
  c.emu.reset();
  c.forget();
});

const text = (t: string) => JSON.stringify({ text: t });
const send = (receive_id: string, content: string, opts: { as?: 'bot' | 'user'; type?: string; msg_type?: string; uuid?: string; user?: string } = {}) =>
  c.call(
    'im.messages.create',
    {
      query: { receive_id_type: opts.type ?? 'chat_id' },
      body: { receive_id, msg_type: opts.msg_type ?? 'text', content, ...(opts.uuid ? { uuid: opts.uuid } : {}) },
      as: opts.as ?? 'bot',
    },
    opts.user,
  );

describe('membership and ownership', () => {
  it('refuses to post into a chat the bot has left (230002)', async () => {
    const leave = await c.call('im.chat.members.delete', { path: { chat_id: 'oc_general' }, query: { member_id_type: 'app_id' }, body: { id_list: [DEMO_APP_ID] } });
    expect(leave.json).toMatchObject({ code: 0, data: { invalid_id_list: [] } });
    const r = await send('oc_general', text('still here?'));
    expect(r.json).toMatchObject({ code: 230002, msg: 'The bot can not be outside the group.' });
    const list = await c.call('im.messages.list', { query: { container_id_type: 'chat', container_id: 'oc_general' } });
    expect(list.json.code).toBe(230002);
  });

  it('lets a user post only where the user is a member', async () => {
    const r = await send('oc_project', text('hi'), { as: 'user', user: 'ou_carol' });
    expect(r.json.code).toBe(230002);
  });

  it('lets only the sender edit, and the sender or an owner/manager recall', async () => {
    expect((await c.call('im.messages.update', { path: { message_id: 'om_hello' }, body: { msg_type: 'text', content: text('x') } })).json).toMatchObject({
      code: 230071,
      msg: 'The operator is not the sender of the message.',
    });
    expect((await c.call('im.messages.delete', { path: { message_id: 'om_hello' } })).json.code).toBe(230026);
    // Alice owns oc_general, so she may recall Bob's reply.
    expect((await c.call('im.messages.delete', { path: { message_id: 'om_reply1' }, as: 'user' })).json.code).toBe(0);
    expect(c.emu.state.messages.get('om_reply1')!.deleted).toBe(true);
    // The bot manages oc_project, so it may recall Bob's file message there.
    expect((await c.call('im.messages.delete', { path: { message_id: 'om_file' } })).json.code).toBe(0);
    expect((await c.call('im.messages.delete', { path: { message_id: 'om_file' } })).json.code).toBe(230110);
    expect((await c.call('im.messages.reply', { path: { message_id: 'om_file' }, body: { msg_type: 'text', content: text('late') } })).json.code).toBe(
      230011,
    );
  });

  it('limits own recalls to 24 hours', async () => {
    const sent = await send('oc_general', text('oops'));
    clock += 25 * 3_600_000;
    c.forget();
    expect((await c.call('im.messages.delete', { path: { message_id: sent.json.data.message_id } })).json.code).toBe(230009);
  });

  it('keeps manager changes to the owner (232038) and chat settings to owners and managers', async () => {
    const asBob = await c.call('im.chat.managers.add_managers', { path: { chat_id: 'oc_general' }, body: { manager_ids: ['ou_carol'] }, as: 'user' }, 'ou_bob');
    expect(asBob.json.code).toBe(232038);
    const carol = (body: Record<string, unknown>) => c.call('im.chats.update', { path: { chat_id: 'oc_general' }, body, as: 'user' }, 'ou_carol');
    expect((await carol({ add_member_permission: 'only_owner' })).json.code).toBe(232016);
    expect((await carol({ description: 'carol was here' })).json.code).toBe(0);
    expect((await c.call('im.chats.update', { path: { chat_id: 'oc_general' }, body: { edit_permission: 'only_owner' }, as: 'user' })).json.code).toBe(0);
    expect((await carol({ description: 'again' })).json.code).toBe(232002);
    const mgr = await c.call('im.chat.managers.add_managers', { path: { chat_id: 'oc_general' }, body: { manager_ids: ['ou_carol'] }, as: 'user' });
    expect(mgr.json.data).toEqual({ chat_managers: ['ou_carol'], chat_bot_managers: [] });
    expect((await carol({ description: 'as a manager' })).json.code).toBe(0);
  });

  it('protects the owner from removal and dissolves chats for good', async () => {
    const kick = await c.call('im.chat.members.delete', { path: { chat_id: 'oc_general' }, body: { id_list: ['ou_alice'] }, as: 'user' }, 'ou_bob');
    expect(kick.json.code).toBe(232076);
    const notAdmin = await c.call('im.chat.members.delete', { path: { chat_id: 'oc_general' }, body: { id_list: ['ou_carol'] }, as: 'user' }, 'ou_bob');
    expect(notAdmin.json.code).toBe(232014);
    expect((await c.call('im.chats.delete', { path: { chat_id: 'oc_general' }, as: 'user' }, 'ou_bob')).json.code).toBe(232017);
    expect((await c.call('im.chats.delete', { path: { chat_id: 'oc_general' }, as: 'user' })).json.code).toBe(0);
    expect((await send('oc_general', text('hello?'))).json.code).toBe(232009);
    expect((await c.call('im.chat.members.me_join', { path: { chat_id: 'oc_project' } })).json.code).toBe(232008);
  });

  it('enforces the moderation setting when posting (230018)', async () => {
    await c.call('im.chat.moderation.update', { path: { chat_id: 'oc_general' }, body: { moderation_setting: 'only_owner' }, as: 'user' });
    expect((await send('oc_general', text('bob here'), { as: 'user', user: 'ou_bob' })).json.code).toBe(230018);
    expect((await send('oc_general', text('alice here'), { as: 'user' })).json.code).toBe(0);
    // In oc_project, Alice is on the moderator list and Bob owns the chat.
    expect((await send('oc_project', text('mod'), { as: 'user' })).json.code).toBe(0);
  });

  it('serves read receipts only for the bot\'s own messages within 7 days', async () => {
    const own = await c.call('im.messages.read_users', { path: { message_id: 'om_welcome' }, query: { user_id_type: 'user_id' } });
    expect(own.json.data.items.map((x: { user_id: string }) => x.user_id)).toEqual(['alice', 'bob']);
    expect((await c.call('im.messages.read_users', { path: { message_id: 'om_hello' }, query: { user_id_type: 'open_id' } })).json.code).toBe(230012);
    // Carol reads the chat as a user: she shows up in the receipts.
    await c.call('im.messages.list', { query: { container_id_type: 'chat', container_id: 'oc_general' }, as: 'user' }, 'ou_carol');
    const after = await c.call('im.messages.read_users', { path: { message_id: 'om_welcome' }, query: { user_id_type: 'open_id' } });
    expect(after.json.data.items.map((x: { user_id: string }) => x.user_id)).toEqual(['ou_alice', 'ou_bob', 'ou_carol']);
    clock += 8 * 86_400_000;
    c.forget();
    const old = await c.call('im.messages.read_users', { path: { message_id: 'om_welcome' }, query: { user_id_type: 'open_id' } });
    expect(old.json).toMatchObject({ code: 230033, msg: 'Get the reading status must be done within 7 days after the message is sent.' });
  });
});

describe('messages', () => {
  it('sends one message per uuid within an hour', async () => {
    const a = await send('oc_general', text('once'), { uuid: 'u-1' });
    const b = await send('oc_general', text('once'), { uuid: 'u-1' });
    expect(b.json.data.message_id).toBe(a.json.data.message_id);
    expect(c.emu.state.chats.get('oc_general')!.msgs.filter((id) => id === a.json.data.message_id)).toHaveLength(1);
    clock += 3_600_001;
    c.forget();
    const d = await send('oc_general', text('once'), { uuid: 'u-1' });
    expect(d.json.data.message_id).not.toBe(a.json.data.message_id);
  });

  it('opens a one-to-one chat on demand and finds it with chat_p2p batch_query', async () => {
    const r = await send('bob', text('hi Bob'), { type: 'user_id' });
    expect(r.json.code).toBe(0);
    const chatId = r.json.data.chat_id as string;
    expect(c.emu.state.chats.get(chatId)).toMatchObject({ chat_mode: 'p2p', users: ['ou_bob'], bots: [DEMO_APP_ID] });
    const again = await send('bob@example.com', text('again'), { type: 'email' });
    expect(again.json.data.chat_id).toBe(chatId);
    const q = await c.call('im.chat_p2p.batch_query', { body: { chatter_ids: ['ou_demobot', 'ou_carol'] }, as: 'user' }, 'ou_bob');
    expect(q.json.data).toEqual({ p2p_chats: [{ chat_id: chatId, chatter_id: 'ou_demobot' }] });
    expect((await send('nobody', text('x'), { type: 'user_id' })).json.code).toBe(230034);
  });

  it('threads replies: reply_in_thread creates a thread, later replies join it', async () => {
    const r1 = await c.call('im.messages.reply', { path: { message_id: 'om_hello' }, body: { msg_type: 'text', content: text('t1'), reply_in_thread: true } });
    const threadId = r1.json.data.thread_id as string;
    expect(threadId).toMatch(/^omt_/);
    const r2 = await c.call('im.messages.reply', { path: { message_id: r1.json.data.message_id }, body: { msg_type: 'text', content: text('t2') } });
    expect(r2.json.data).toMatchObject({ thread_id: threadId, root_id: 'om_hello', parent_id: r1.json.data.message_id });
    const chatList = await c.call('im.messages.list', { query: { container_id_type: 'chat', container_id: 'oc_general', page_size: 50 } });
    const ids = chatList.json.data.items.map((m: { message_id: string }) => m.message_id);
    expect(ids).toContain('om_hello');
    expect(ids).not.toContain(r1.json.data.message_id);
    const th = await c.call('im.messages.list', { query: { container_id_type: 'thread', container_id: threadId } });
    expect(th.json.data.items.map((m: { message_id: string }) => m.message_id)).toEqual(['om_hello', r1.json.data.message_id, r2.json.data.message_id]);
    const roots = await c.call('im.messages.list', { query: { container_id_type: 'chat', container_id: 'oc_general', only_thread_root_messages: true } });
    expect(roots.json.data.items.map((m: { message_id: string }) => m.message_id)).toEqual(['om_welcome', 'om_hello']);
  });

  it('pages with opaque tokens in both directions and refuses forged ones', async () => {
    for (let i = 0; i < 5; i++) await send('oc_project', text(`n${i}`));
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const r = await c.call('im.messages.list', {
        query: { container_id_type: 'chat', container_id: 'oc_project', sort_type: 'ByCreateTimeDesc', page_size: 2, ...(token ? { page_token: token } : {}) },
      });
      seen.push(...r.json.data.items.map((m: { message_id: string }) => m.message_id));
      token = r.json.data.has_more ? r.json.data.page_token : undefined;
    } while (token);
    expect(seen).toHaveLength(6);
    expect(seen[5]).toBe('om_file');
    const forged = await c.call('im.messages.list', { query: { container_id_type: 'chat', container_id: 'oc_project', page_token: 'abc' } });
    expect(forged.json.code).toBe(230001);
    expect(forged.json.error.field_violations[0].field).toBe('page_token');
  });

  it('forwards, merge-forwards and reads the nested parts', async () => {
    const f = await c.call('im.messages.forward', { path: { message_id: 'om_hello' }, query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_project' } });
    expect(f.json.data).toMatchObject({ chat_id: 'oc_project', msg_type: 'text', body: { content: text('Hello team') } });
    const mf = await c.call('im.messages.merge_forward', {
      query: { receive_id_type: 'chat_id' },
      body: { receive_id: 'oc_project', message_id_list: ['om_welcome', 'om_hello', 'om_nope'] },
    });
    expect(mf.json.data.invalid_message_id_list).toEqual(['om_nope']);
    const got = await c.call('im.messages.get', { path: { message_id: mf.json.data.message.message_id } });
    const items = got.json.data.items;
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({ upper_message_id: mf.json.data.message.message_id, body: { content: text('Welcome to General!') } });
    const cross = await c.call('im.messages.merge_forward', {
      query: { receive_id_type: 'chat_id' },
      body: { receive_id: 'oc_general', message_id_list: ['om_hello', 'om_file'] },
    });
    expect(cross.json.code).toBe(230069);
  });

  it('forwards as a user: the copy is the user\'s, to a chat or to another user; membership is the user\'s', async () => {
    const asAlice = (id: string, req: Record<string, unknown>) => c.call(id, { ...req, as: 'user' }, 'ou_alice');
    const f = await asAlice('im.messages.forward', { path: { message_id: 'om_hello' }, query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_project' } });
    expect(f.json.code).toBe(0);
    expect(f.json.data).toMatchObject({ chat_id: 'oc_project', msg_type: 'text', sender: { id: 'ou_alice', id_type: 'open_id', sender_type: 'user' }, body: { content: text('Hello team') } });
    const toBob = await asAlice('im.messages.forward', { path: { message_id: 'om_hello' }, query: { receive_id_type: 'open_id' }, body: { receive_id: 'ou_bob' } });
    expect(toBob.json.data.chat_id).toBe('oc_p2p_alice_bob');
    const thread = await asAlice('im.threads.forward', { path: { thread_id: 'omt_welcome' }, query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_project' } });
    expect(thread.json.data).toMatchObject({ chat_id: 'oc_project', msg_type: 'merge_forward', sender: { id: 'ou_alice', sender_type: 'user' } });
    const carol = (id: string, req: Record<string, unknown>) => c.call(id, { ...req, as: 'user' }, 'ou_carol');
    const notThere = await carol('im.messages.forward', { path: { message_id: 'om_hello' }, query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_project' } });
    expect(notThere.json).toMatchObject({ code: 230002, msg: expect.any(String) });
    expect(notThere.json.error.message).toBe('The user is not a member of the destination chat oc_project.');
    const reply = await c.call('im.messages.reply', { path: { message_id: 'om_file' }, body: { msg_type: 'text', content: text('a thread in Project X'), reply_in_thread: true } });
    const projectThread = reply.json.data.thread_id as string;
    expect(projectThread).toMatch(/^omt_/);
    const unseen = await carol('im.threads.forward', { path: { thread_id: projectThread }, query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_general' } });
    expect([unseen.json.code, unseen.json.error?.message]).toEqual([230073, 'The user is not a member of the chat that holds this thread.']);
  });

  it('validates content per msg_type', async () => {
    expect((await send('oc_general', JSON.stringify({ image_key: 'img_missing' }), { msg_type: 'image' })).json.code).toBe(230001);
    expect((await send('oc_general', JSON.stringify({ file_key: 'file_report' }), { msg_type: 'audio' })).json.code).toBe(230055);
    expect((await send('oc_general', JSON.stringify({ chat_id: 'oc_p2p_alice' }), { msg_type: 'share_chat' })).json.code).toBe(230015);
    expect((await send('oc_general', JSON.stringify({ foo: 1 }), { msg_type: 'interactive' })).json.code).toBe(230099);
    expect((await send('oc_general', JSON.stringify({ text: 'x'.repeat(151 * 1024) }))).json.code).toBe(230025);
    const post = await send('oc_general', JSON.stringify({ zh_cn: { content: [[{ tag: 'nope' }]] } }), { msg_type: 'post' });
    expect(post.json.error.field_violations[0].field).toBe('content.zh_cn.content[0][0].tag');
    for (const [msg_type, content] of [
      ['file', { file_key: 'file_report' }],
      ['share_user', { user_id: 'ou_bob' }],
      ['sticker', { file_key: 'file_sticker' }],
      ['system', { type: 'divider', params: { divider_text: { text: 'new' } } }],
    ] as const) {
      expect((await send('oc_general', JSON.stringify(content), { msg_type })).json.code, msg_type).toBe(0);
    }
  });

  it('searches by keyword, sender, chat, time range and attachment type', async () => {
    await send('oc_general', JSON.stringify({ text: 'see https://example.com/doc' }), { as: 'user', user: 'ou_bob' });
    const q = (body: Record<string, unknown>) => c.call('im.messages.search', { body, as: 'user' });
    const ids = (r: { json: any }) => r.json.data.items.map((x: { id: string }) => x.id);
    expect(ids(await q({ query: 'hello' }))).toEqual(['om_hello']);
    expect(ids(await q({ filter: { from_ids: ['ou_bob'], chat_ids: ['oc_project'] } }))).toEqual(['om_file']);
    expect(ids(await q({ filter: { include_attachment_types: ['image'] } }))).toEqual(['om_image']);
    expect((await q({ filter: { include_attachment_types: ['link'] } })).json.data.total).toBe(1);
    expect(ids(await q({ query: 'welcome', filter: { from_types: ['bot'] } }))).toEqual(['om_welcome']);
    const future = new Date(clock + 3_600_000).toISOString();
    expect((await q({ filter: { time_range: { start_time: future } } })).json.data.items).toEqual([]);
  });

  it('marks urgent notices and reports users who cannot get them', async () => {
    const r = await c.call('im.messages.urgent_app', {
      path: { message_id: 'om_welcome' },
      query: { user_id_type: 'user_id' },
      body: { user_id_list: ['alice', 'nobody'] },
    });
    expect(r.json.data).toEqual({ invalid_user_id_list: ['nobody'] });
    expect(c.emu.state.messages.get('om_welcome')!.urgent).toEqual([{ kind: 'app', user_ids: ['ou_alice'], at: clock }]);
  });
});

describe('resources', () => {
  it('uploads images and files (multipart) and refuses bad ones', async () => {
    const ok = await c.call('im.images.create', { body: { image_type: 'message', image: LOGO_PNG } });
    expect(ok.json.data.image_key).toMatch(/^img_v3_/);
    expect((await c.call('im.images.create', { body: { image_type: 'message', image: Buffer.from('not an image') } })).json.code).toBe(234011);
    expect((await c.call('im.images.create', { body: { image_type: 'message', image: Buffer.alloc(0) } })).json.code).toBe(234010);
    const big = await c.call('im.images.create', { body: { image_type: 'message', image: Buffer.concat([LOGO_PNG, Buffer.alloc(10 * 1024 * 1024)]) } });
    expect(big.json).toMatchObject({ code: 234006, msg: 'The file size exceed the max value.' });
    const missing = await c.call('im.images.create', { body: { image_type: 'message' } });
    expect(missing.json.code).toBe(234001);
    expect(missing.json.error.field_violations).toEqual([{ field: 'image', description: 'is required' }]);
    const file = await c.call('im.files.create', { body: { file_type: 'opus', file_name: 'a.opus', duration: '1500', file: Buffer.from('OggS....') } });
    expect(file.json.code).toBe(0);
    expect(c.emu.state.resources.get(file.json.data.file_key)).toMatchObject({ file_type: 'opus', duration: 1500, file_name: 'a.opus' });
    const badDuration = await c.call('im.files.create', { body: { file_type: 'opus', file_name: 'a.opus', duration: 'soon', file: Buffer.from('x') } });
    expect(badDuration.json.error.field_violations[0]).toMatchObject({ field: 'duration', value: 'soon' });
  });

  it('downloads with Range, 206 and Content-Range', async () => {
    const size = c.emu.state.resources.get('file_report')!.data.length;
    const all = await c.call('im.message.resources.get', { path: { message_id: 'om_file', file_key: 'file_report' }, query: { type: 'file' } });
    expect(all.status).toBe(200);
    expect(all.headers.get('accept-ranges')).toBe('bytes');
    const part = await c.call('im.message.resources.get', {
      path: { message_id: 'om_file', file_key: 'file_report' },
      query: { type: 'file' },
      headers: { range: 'bytes=0-99' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect(part.bytes!.equals(all.bytes!.subarray(0, 100))).toBe(true);
    const tail = await c.call('im.files.get', { path: { file_key: 'file_report' }, headers: { range: 'bytes=-10' } });
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    const bad = await c.call('im.files.get', { path: { file_key: 'file_report' }, headers: { range: `bytes=${size}-` } });
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe(`bytes */${size}`);
    const named = await c.call('im.files.get', { path: { file_key: 'file_report' }, headers: { 'content-type': 'application/json' } });
    expect(named.headers.get('content-disposition')).toContain('filename="report.pdf"');
    const wrong = await c.call('im.message.resources.get', { path: { message_id: 'om_hello', file_key: 'file_report' }, query: { type: 'file' } });
    expect(wrong.json.code).toBe(234003);
  });
});

describe('request validation details', () => {
  it('takes repeated keys for list parameters and refuses them for single ones', async () => {
    const ok = await c.call('contact.users.batch', { query: { user_ids: ['ou_alice', 'ou_bob'] } });
    expect(ok.json.data.items.map((u: { name: string }) => u.name)).toEqual(['Alice Chen', 'Bob Li']);
    const dup = await c.call('contact.users.batch', { query: { user_ids: ['ou_alice'], user_id_type: ['open_id', 'user_id'] } });
    expect(dup.json.code).toBe(99992402);
    expect(dup.json.error.field_violations[0]).toMatchObject({ field: 'user_id_type', value: 'open_id,user_id' });
    const tooMany = await c.call('contact.users.batch', { query: { user_ids: Array.from({ length: 51 }, (_, i) => `ou_${i}`) } });
    expect(tooMany.json.error.field_violations[0].field).toBe('user_ids');
  });

  it('checks lengths, ranges, patterns, types and JSON strings', async () => {
    const long = await c.call('im.chats.create', { body: { name: 'x'.repeat(61) } });
    expect(long.json).toMatchObject({ code: 232001 });
    expect(long.json.error.field_violations[0].field).toBe('name');
    const size = await c.call('im.chats.list', { query: { page_size: 101 } });
    expect(size.json.error.field_violations[0]).toMatchObject({ field: 'page_size', value: '101' });
    const pat = await c.call('im.chats.get', { path: { chat_id: 'general' } });
    expect(pat.json.error.field_violations[0].field).toBe('chat_id');
    const typ = await c.call('im.messages.reply', { path: { message_id: 'om_hello' }, body: { msg_type: 'text', content: { text: 'object' } } });
    expect(typ.json.error.field_violations[0]).toMatchObject({ field: 'content', description: 'must be of type string' });
    const raw = await c.call('im.messages.reply', { path: { message_id: 'om_hello' }, rawBody: '{not json' });
    expect(raw.json.error.field_violations[0]).toEqual({ field: 'body', description: 'is not valid JSON' });
    const nested = await c.call('im.chat.menu_tree.create', {
      path: { chat_id: 'oc_general' },
      body: { menu_tree: { chat_menu_top_levels: [{ chat_menu_item: { action_type: 'JUMP', name: 'x' } }] } },
    });
    expect(nested.json.error.field_violations[0].field).toBe('menu_tree.chat_menu_top_levels[0].chat_menu_item.action_type');
  });
});
