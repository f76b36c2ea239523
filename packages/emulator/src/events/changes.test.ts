import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../seed.js';
import { model, startTest, type CallInput, type TestClient } from '../test-support/harness.js';
import { eventViolations } from '../validate.js';
import { RECEIVE_SCOPES } from './changes.js';
import type { EventRecord } from './hub.js';

let c: TestClient;
let seen: EventRecord[] = [];
beforeAll(async () => {
  c = await startTest();
  c.emu.events.hub.watch((r) => {
    if (!seen.includes(r)) seen.push(r);
  });
});
afterAll(async () => {
  await c.emu.close();
});
beforeEach(() => {
  c.emu.reset();
  c.forget();
  c.emu.setScopes(Object.keys(model.scopes));
  seen = [];
});

const ALICE = { open_id: 'ou_alice', union_id: 'on_alice', user_id: 'alice' };
const BOT = { open_id: 'ou_demobot', union_id: '', user_id: '' };
const text = (t: string) => ({ msg_type: 'text', content: JSON.stringify({ text: t }) });
const send = (chat: string, t: string, as: 'user' | 'bot' = 'user') =>
  call('im.messages.create', { query: { receive_id_type: 'chat_id' }, body: { receive_id: chat, ...text(t) }, as });

async function call(id: string, input: CallInput, who = 'ou_alice') {
  const r = await c.call(id, input, who);
  expect(r.json.code, JSON.stringify(r.json)).toBe(0);
  return r.json.data;
}

/** The events the app was sent since the test began: type and body. */
function sent(): { type: string; event: any }[] {
  return seen.map((r) => ({ type: r.envelope.header.event_type, event: r.envelope.event }));
}

describe('state changes become events for the app', () => {
  it('a user writes to the bot one-to-one: im.message.receive_v1 in the 2.0 envelope', async () => {
    const d = await send('oc_p2p_alice', 'hi bot');
    expect(seen).toHaveLength(1);
    const { header, schema, event } = seen[0]!.envelope;
    expect(schema).toBe('2.0');
    expect(header).toEqual({
      event_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      event_type: 'im.message.receive_v1',
      create_time: expect.stringMatching(/^\d{13}$/),
      token: 'demo-verification-token',
      app_id: DEMO_APP_ID,
      tenant_key: 'tenant_demo',
    });
    expect(event).toEqual({
      sender: { sender_id: ALICE, sender_type: 'user', tenant_key: 'tenant_demo' },
      message: {
        message_id: d.message_id,
        root_id: '',
        parent_id: '',
        create_time: d.create_time,
        update_time: d.update_time,
        chat_id: 'oc_p2p_alice',
        thread_id: '',
        chat_type: 'p2p',
        message_type: 'text',
        content: '{"text":"hi bot"}',
        user_agent: 'Lark-Emulator',
      },
    });
  });

  it.each([
    ['every group message with group_msg', [], 'status update', 1],
    ['no plain group message without group_msg', ['im:message.group_msg'], 'status update', 0],
    ['a group message that @mentions the bot with group_at_msg only', ['im:message.group_msg'], '<at user_id="ou_demobot">Bot</at> status?', 1],
    ['no @mention either without both group scopes', ['im:message.group_msg', 'im:message.group_at_msg:readonly'], '<at user_id="ou_demobot">Bot</at> status?', 0],
    ['@all counts as a mention', ['im:message.group_msg'], '<at user_id="all">everyone</at> standup', 1],
  ] as const)('group chats: %s', async (_name, without, t, n) => {
    c.emu.setScopes(Object.keys(model.scopes).filter((s) => !(without as readonly string[]).includes(s)));
    await send('oc_general', t);
    expect(sent().filter((e) => e.type === 'im.message.receive_v1')).toHaveLength(n);
  });

  it('a mention of the bot is listed with its ids', async () => {
    await send('oc_general', '<at user_id="ou_demobot"></at> ping');
    expect(sent()[0]!.event.message).toMatchObject({ chat_type: 'group', content: '{"text":"@_user_1 ping"}', mentions: [{ key: '@_user_1', id: BOT, name: 'Demo Bot', tenant_key: 'tenant_demo' }] });
  });

  it('the bot does not hear its own messages; without the p2p scope it hears nothing one-to-one', async () => {
    await send('oc_p2p_alice', 'from the bot', 'bot');
    c.emu.setScopes(Object.keys(model.scopes).filter((s) => s !== RECEIVE_SCOPES.p2p[0]));
    await send('oc_p2p_alice', 'unheard');
    expect(sent()).toEqual([]);
  });

  it('no events from chats the bot is not in', async () => {
    await call('im.messages.create', { query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice_bob', ...text('private') }, as: 'user' });
    expect(sent()).toEqual([]);
  });

  it('reactions added and removed', async () => {
    const r = await call('im.reactions.create', { path: { message_id: 'om_hello' }, body: { reaction_type: { emoji_type: 'SMILE' } }, as: 'user' });
    await call('im.reactions.delete', { path: { message_id: 'om_hello', reaction_id: r.reaction_id }, as: 'user' });
    expect(sent()).toEqual([
      { type: 'im.message.reaction.created_v1', event: { message_id: 'om_hello', reaction_type: { emoji_type: 'SMILE' }, operator_type: 'user', user_id: ALICE, action_time: expect.stringMatching(/^\d+$/) } },
      { type: 'im.message.reaction.deleted_v1', event: { message_id: 'om_hello', reaction_type: { emoji_type: 'SMILE' }, operator_type: 'user', user_id: ALICE, action_time: expect.stringMatching(/^\d+$/) } },
    ]);
  });

  it('a recalled message', async () => {
    const d = await send('oc_general', 'oops');
    seen = [];
    await call('im.messages.delete', { path: { message_id: d.message_id }, as: 'user' });
    expect(sent()).toEqual([{ type: 'im.message.recalled_v1', event: { message_id: d.message_id, chat_id: 'oc_general', recall_time: expect.stringMatching(/^\d+$/), recall_type: 'message_owner' } }]);
  });

  it('users added to and removed from a chat', async () => {
    const basics = { chat_id: 'oc_project', operator_id: ALICE, external: false, operator_tenant_key: 'tenant_demo', name: 'Project X', i18n_names: {} };
    const carol = [{ name: 'Carol Wang', tenant_key: 'tenant_demo', user_id: { open_id: 'ou_carol', union_id: 'on_carol', user_id: 'carol' } }];
    await call('im.chat.members.create', { path: { chat_id: 'oc_project' }, query: { member_id_type: 'open_id' }, body: { id_list: ['ou_carol'] }, as: 'user' });
    await call('im.chat.members.delete', { path: { chat_id: 'oc_project' }, query: { member_id_type: 'open_id' }, body: { id_list: ['ou_carol'] }, as: 'user' }, 'ou_bob');
    expect(sent()).toEqual([
      { type: 'im.chat.member.user.added_v1', event: { ...basics, users: carol } },
      { type: 'im.chat.member.user.deleted_v1', event: { ...basics, operator_id: { open_id: 'ou_bob', union_id: 'on_bob', user_id: 'bob' }, users: carol } },
    ]);
  });

  it('the bot removed from a chat and added back; a new chat with the bot', async () => {
    await call('im.chat.members.delete', { path: { chat_id: 'oc_general' }, query: { member_id_type: 'app_id' }, body: { id_list: [DEMO_APP_ID] }, as: 'user' });
    await call('im.chat.members.create', { path: { chat_id: 'oc_general' }, query: { member_id_type: 'app_id' }, body: { id_list: [DEMO_APP_ID] }, as: 'user' });
    const made = await call('im.chats.create', { query: { user_id_type: 'open_id' }, body: { name: 'Launch', bot_id_list: [DEMO_APP_ID] }, as: 'user' });
    const basics = { operator_id: ALICE, external: false, operator_tenant_key: 'tenant_demo' };
    const general = { chat_id: 'oc_general', name: 'General', i18n_names: { en_us: 'General' }, ...basics };
    expect(sent()).toEqual([
      { type: 'im.chat.member.bot.deleted_v1', event: general },
      { type: 'im.chat.member.bot.added_v1', event: general },
      { type: 'im.chat.member.bot.added_v1', event: { chat_id: made.chat_id, name: 'Launch', i18n_names: {}, ...basics } },
    ]);
  });

  it('a chat updated (only what changed, before and after) and disbanded', async () => {
    await call('im.chats.update', { path: { chat_id: 'oc_general' }, body: { name: 'General chat', add_member_permission: 'only_owner' }, as: 'user' });
    await call('im.chats.delete', { path: { chat_id: 'oc_general' }, as: 'user' });
    const ids = { chat_id: 'oc_general', operator_id: ALICE, external: false, operator_tenant_key: 'tenant_demo' };
    expect(sent()).toEqual([
      {
        type: 'im.chat.updated_v1',
        event: {
          ...ids,
          before_change: { name: 'General', add_member_permission: 'all_members' },
          after_change: { name: 'General chat', add_member_permission: 'only_owner' },
          moderator_list: { added_member_list: [], removed_member_list: [] },
        },
      },
      { type: 'im.chat.disbanded_v1', event: { ...ids, name: 'General chat', i18n_names: { en_us: 'General' } } },
    ]);
  });

  it("a user reads the bot's one-to-one message", async () => {
    const r = await fetch(`${c.url}/__emulator/messages/read`, { method: 'POST', body: JSON.stringify({ message_id: 'om_p2p_hi', open_id: 'ou_alice' }) });
    expect(r.status).toBe(200);
    expect(sent()).toEqual([
      { type: 'im.message.message_read_v1', event: { reader: { reader_id: ALICE, read_time: expect.stringMatching(/^\d+$/), tenant_key: 'tenant_demo' }, message_id_list: ['om_p2p_hi'] } },
    ]);
  });

  it('only subscribed event types are sent', async () => {
    c.emu.events.hub.settings = { ...c.emu.events.hub.settings, subscriptions: ['im.message.reaction.created_v1'] };
    try {
      await send('oc_p2p_alice', 'not subscribed');
      expect(sent()).toEqual([]);
    } finally {
      c.emu.events.hub.settings = { ...c.emu.events.hub.settings, subscriptions: undefined };
    }
  });

  it('every event sent matches its spec, and the receive scopes are the spec’s', async () => {
    await send('oc_p2p_alice', 'check');
    await send('oc_general', '<at user_id="ou_demobot"></at> check');
    for (const r of seen) {
      const spec = model.events.find((e) => e.key === r.envelope.header.event_type)!;
      expect(eventViolations(model, spec, r.envelope.event)).toEqual([]);
    }
    expect(seen.every((r) => !r.last_error?.startsWith('emulator bug'))).toBe(true);
    const spec = model.events.find((e) => e.key === 'im.message.receive_v1')!.identities.bot!.scopes.anyOf;
    for (const list of Object.values(RECEIVE_SCOPES)) for (const s of list) expect(spec).toContain(s);
  });
});
