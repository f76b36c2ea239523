/**
 * The user-only IM methods added with the reference CLI's newer shortcuts: flags, feed shortcuts,
 * feed groups, chat user settings and nicknames, read status and the full member list. Bot tokens
 * are refused, limits hold, per-item failures are reported without failing the call, and state
 * belongs to the user who made it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTest, type TestClient } from './test-support/harness.js';

let c: TestClient;
beforeAll(async () => {
  c = await startTest();
});
afterAll(async () => {
  await c.emu.close();
});
beforeEach(() => {
  c.emu.reset();
  c.forget();
});

const asUser = (id: string, req: Record<string, unknown>, user = 'ou_alice') => c.call(id, { ...req, as: 'user' }, user);

describe('user-only methods refuse the bot', () => {
  it.each([
    ['im.flags.list', {}],
    ['im.feed_shortcuts.list', {}],
    ['im.feed.groups.list', {}],
    ['im.messages.read_status', { body: { message_ids: ['om_welcome'] } }],
    ['im.chat.user_setting.batch_query', { body: { chat_ids: ['oc_general'] } }],
    ['im.chat.nickname.get', { path: { chat_id: 'oc_general' } }],
  ] as const)('%s', async (id, req) => {
    const r = await c.call(id, { ...req, as: 'bot' });
    expect(r.json.code).toBe(99991663);
    expect(r.json.error.message).toMatch(/accepts only a user access token/);
  });
});

describe('flags', () => {
  const item = (item_id: string, item_type = 'default', flag_type = 'message') => ({ item_id, item_type, flag_type });

  it('refuses invalid pairs and a thread type that does not fit the chat, storing nothing', async () => {
    const bad = await asUser('im.flags.create', { body: { flag_items: [item('om_hello'), item('om_hello', 'thread', 'message')] } });
    expect(bad.json.code).toBe(230001);
    expect(bad.json.error.field_violations[0].field).toBe('flag_items[1]');
    const mode = await asUser('im.flags.create', { body: { flag_items: [item('om_welcome', 'thread', 'feed')] } });
    expect(mode.json.code).toBe(230001);
    expect((await asUser('im.flags.list', {})).json.data.flag_items).toEqual([]);
  });

  it('more than 50 items is a field error', async () => {
    const items = Array.from({ length: 51 }, () => item('om_hello'));
    expect((await asUser('im.flags.create', { body: { flag_items: items } })).json.code).not.toBe(0);
  });

  it('flags are per user; a message outside the user\'s chats is 230050', async () => {
    await asUser('im.flags.create', { body: { flag_items: [item('om_hello')] } });
    expect((await asUser('im.flags.list', {}, 'ou_bob')).json.data.flag_items).toEqual([]);
    const outside = await asUser('im.flags.create', { body: { flag_items: [item('om_hello')] } }, 'ou_dave');
    expect([230050, 99991668]).toContain(outside.json.code);
  });

  it('pages over live and cancelled flags in time order', async () => {
    await asUser('im.flags.create', { body: { flag_items: [item('om_hello'), item('om_welcome'), item('om_image')] } });
    await asUser('im.flags.cancel', { body: { flag_items: [item('om_hello')] } });
    const p1 = (await asUser('im.flags.list', { query: { page_size: 2 } })).json.data;
    expect(p1.has_more).toBe(true);
    const p2 = (await asUser('im.flags.list', { query: { page_size: 2, page_token: p1.page_token } })).json.data;
    const live = [...p1.flag_items, ...p2.flag_items].map((f: { item_id: string }) => f.item_id);
    const gone = [...p1.delete_flag_items, ...p2.delete_flag_items].map((f: { item_id: string }) => f.item_id);
    expect(live.sort()).toEqual(['om_image', 'om_welcome']);
    expect(gone).toEqual(['om_hello']);
  });
});

describe('feed shortcuts', () => {
  it('per-entry failures do not fail the call; a page token dies when the bar changes', async () => {
    const r = await asUser('im.feed_shortcuts.create', { body: { shortcuts: [{ type: 'chat', id: 'oc_project' }, { type: 'chat', id: 'oc_nope' }] } }, 'ou_bob');
    expect(r.json).toMatchObject({ code: 0, data: { failed_shortcuts: [{ shortcut: { id: 'oc_nope' }, reason: 'chat_not_found' }] } });
    const carol = await asUser('im.feed_shortcuts.create', { body: { shortcuts: [{ type: 'chat', id: 'oc_project' }] } }, 'ou_carol');
    expect(carol.json.data.failed_shortcuts).toEqual([{ shortcut: { type: 'chat', id: 'oc_project' }, reason: 'not_member' }]);
    // 25 entries → two pages; then a change invalidates the second page's token.
    const s = c.emu.state;
    s.feedShortcuts.set('ou_alice', { chat_ids: Array.from({ length: 25 }, (_, i) => `oc_x${i}`), version: 7 });
    const p1 = (await asUser('im.feed_shortcuts.list', {})).json.data;
    expect(p1).toMatchObject({ has_more: true });
    expect(p1.shortcuts.length).toBe(20);
    await asUser('im.feed_shortcuts.remove', { body: { shortcuts: [{ type: 'chat', id: 'oc_x0' }] } });
    const stale = await asUser('im.feed_shortcuts.list', { query: { page_token: p1.page_token } });
    expect(stale.json.code).toBe(230001);
    expect(stale.json.error.message).toMatch(/shortcut bar changed/);
  });

  it('more than 10 entries is a field error', async () => {
    const shortcuts = Array.from({ length: 11 }, (_, i) => ({ type: 'chat', id: `oc_${i}` }));
    expect((await asUser('im.feed_shortcuts.create', { body: { shortcuts } })).json.code).not.toBe(0);
  });
});

describe('feed groups', () => {
  it('names are unique among live groups; at most 50 groups; rename and soft delete', async () => {
    expect((await asUser('im.feed.groups.create', { body: { name: 'Work' } })).json.code).toBe(239003);
    for (let i = 1; i < 50; i++) expect((await asUser('im.feed.groups.create', { body: { name: `G${i}` } })).json.code).toBe(0);
    expect((await asUser('im.feed.groups.create', { body: { name: 'One too many' } })).json.code).toBe(239002);
    const ren = await asUser('im.feed.groups.update', { path: { feed_group_id: 'ofg_work' }, body: { name: 'Job' } });
    expect(ren.json.data.group).toMatchObject({ group_id: 'ofg_work', name: 'Job' });
    await asUser('im.feed.groups.delete', { path: { feed_group_id: 'ofg_work' } });
    expect((await asUser('im.feed.groups.list_item', { path: { feed_group_id: 'ofg_work' } })).json.code).toBe(239001);
    const q = await asUser('im.feed.groups.batch_query', { body: { group_ids: ['ofg_work'] } });
    expect(q.json.data).toEqual({ groups: [], invalid_group_ids: ['ofg_work'] });
  });

  it('another user\'s group is invisible; adding a chat the user is not in fails that entry only', async () => {
    expect((await asUser('im.feed.groups.list_item', { path: { feed_group_id: 'ofg_work' } }, 'ou_bob')).json.code).toBe(239001);
    const add = await asUser('im.feed.groups.batch_add_item', {
      path: { feed_group_id: 'ofg_work' },
      body: { items: [{ feed_id: 'oc_general', feed_type: 'chat' }, { feed_id: 'oc_p2p_alice_bob', feed_type: 'chat' }, { feed_id: 'oc_nope', feed_type: 'chat' }] },
    });
    expect(add.json.data.failed_items).toEqual([{ item: { feed_id: 'oc_nope', feed_type: 'chat' }, reason: 'chat_not_found' }]);
    const items = (await asUser('im.feed.groups.list_item', { path: { feed_group_id: 'ofg_work' } })).json.data.items.map((i: { feed_id: string }) => i.feed_id);
    expect(items).toEqual(['oc_project', 'oc_general', 'oc_p2p_alice_bob']);
  });

  it('start_time after end_time is a field error', async () => {
    const r = await asUser('im.feed.groups.list', { query: { start_time: '2000', end_time: '1000' } });
    expect(r.json.code).toBe(230001);
  });
});

describe('chat user settings and nicknames', () => {
  it('mutes per user; chats the user is not in are reported, not changed', async () => {
    const u = await asUser('im.chat.user_setting.batch_update', { body: { settings: [{ chat_id: 'oc_general', is_muted: true }, { chat_id: 'oc_nope', is_muted: true }] } });
    expect(u.json.data).toEqual({ items: [{ chat_id: 'oc_general', is_muted: true, is_mute_at_all: false }], invalid_chat_ids: ['oc_nope'] });
    const bob = await asUser('im.chat.user_setting.batch_query', { body: { chat_ids: ['oc_general'] } }, 'ou_bob');
    expect(bob.json.data.items[0].is_muted).toBe(false);
    const empty = await asUser('im.chat.user_setting.batch_update', { body: { settings: [{ chat_id: 'oc_general' }] } });
    expect(empty.json.code).toBe(232001);
    const eleven = Array.from({ length: 11 }, (_, i) => `oc_${i}`);
    expect((await asUser('im.chat.user_setting.batch_query', { body: { chat_ids: eleven } })).json.code).not.toBe(0);
  });

  it('nickname: set, read, 300-byte limit counted in UTF-8, cleared; none in one-to-one chats', async () => {
    expect((await asUser('im.chat.nickname.update', { path: { chat_id: 'oc_general' }, body: { nickname: 'Ally' } })).json.data).toEqual({ chat_id: 'oc_general', nickname: 'Ally' });
    expect((await asUser('im.chat.nickname.get', { path: { chat_id: 'oc_general' } })).json.data.nickname).toBe('Ally');
    expect((await asUser('im.chat.nickname.get', { path: { chat_id: 'oc_general' } }, 'ou_bob')).json.data.nickname).toBe('');
    // 101 three-byte characters = 303 bytes.
    const long = await asUser('im.chat.nickname.update', { path: { chat_id: 'oc_general' }, body: { nickname: '名'.repeat(101) } });
    expect(long.json.code).toBe(232001);
    expect((await asUser('im.chat.nickname.update', { path: { chat_id: 'oc_general' }, body: { nickname: '名'.repeat(100) } })).json.code).toBe(0);
    await asUser('im.chat.nickname.delete', { path: { chat_id: 'oc_general' } });
    expect((await asUser('im.chat.nickname.get', { path: { chat_id: 'oc_general' } })).json.data.nickname).toBe('');
    expect((await asUser('im.chat.nickname.get', { path: { chat_id: 'oc_p2p_alice_bob' } })).json.code).toBe(232008);
  });
});

describe('read status and the full member list', () => {
  it('read_status: own messages count as read; unseen ids are listed', async () => {
    const r = await asUser('im.messages.read_status', { body: { message_ids: ['om_hello', 'om_reply1', 'om_missing'] } });
    expect(r.json.data.items.map((i: { message_id: string; read: boolean }) => `${i.message_id}:${i.read}`)).toEqual(['om_hello:true', 'om_reply1:false']);
    expect(r.json.data.invalid_message_ids).toEqual(['om_missing']);
  });

  it('members list: users then bots, member_types filters, total independent of paging', async () => {
    const all = await c.call('im.chat.members.list', { path: { chat_id: 'oc_general' }, query: { page_size: 2 } });
    expect(all.json.data).toMatchObject({ has_more: true, member_total: 4 });
    const bots = await c.call('im.chat.members.list', { path: { chat_id: 'oc_general' }, query: { member_types: ['bot'] } });
    expect(bots.json.data.items).toEqual([expect.objectContaining({ member_type: 'bot', member_id: 'cli_a7e3c9d15b2f4086', member_id_type: 'app_id' })]);
  });

  it('members bots: the chat\'s bots for any member, a bot added shows up, outsiders are refused', async () => {
    const before = await asUser('im.chat.members.bots', { path: { chat_id: 'oc_general' } });
    expect(before.json.data).toEqual({
      items: [{ member_id: 'cli_a7e3c9d15b2f4086', member_id_type: 'app_id', name: 'Demo Bot', tenant_key: 'tenant_demo' }],
      has_more: false,
      member_total: 1,
    });
    // Only the demo app can be added through the API; another tenant app is planted in the state.
    c.emu.state.chats.get('oc_general')!.bots.push('cli_otherbot0001');
    const page = await c.call('im.chat.members.bots', { path: { chat_id: 'oc_general' }, query: { page_size: 1 } });
    expect(page.json.data).toMatchObject({ items: [{ member_id: 'cli_a7e3c9d15b2f4086' }], has_more: true, member_total: 2 });
    const next = await c.call('im.chat.members.bots', { path: { chat_id: 'oc_general' }, query: { page_size: 1, page_token: page.json.data.page_token } });
    expect(next.json.data).toMatchObject({ items: [{ member_id: 'cli_otherbot0001', name: 'cli_otherbot0001' }], has_more: false });
    const outsider = await asUser('im.chat.members.bots', { path: { chat_id: 'oc_project' } }, 'ou_carol');
    expect(outsider.json.code).toBe(232011);
  });
});
