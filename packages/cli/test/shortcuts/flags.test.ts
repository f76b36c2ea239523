/**
 * im +flag-create / +flag-cancel / +flag-list against the emulator: a flag shows up in
 * +flag-list, the feed layer works out thread vs msg_thread from the chat, cancelling reports a
 * ledger (and partial failure), dry-run shapes, and the rule tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { expectRefused, methodsSince, planOf, userToken } from './send-fixtures.js';

let env: Env;
let asAlice: { env: Record<string, string> };
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  asAlice = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') } };
});
afterAll(async () => env?.close());

const im = (args: string[]) => env.run(['im', ...args, '--as', 'user'], asAlice);
const flagsHeld = async () => (json(await im(['+flag-list'])).data.flag_items as { item_id: string; flag_type: string; item_type: string }[]).map((f) => `${f.item_id}|${f.item_type}|${f.flag_type}`);

describe('+flag-create / +flag-list / +flag-cancel live', () => {
  it('a message-layer flag shows up in +flag-list and goes to delete_flag_items when cancelled', async () => {
    const before = await env.lastRequestId();
    const c = await im(['+flag-create', '--message-id', 'om_hello']);
    expect(c.code, c.stderr).toBe(0);
    expect(json(c).data.flag_items).toEqual([expect.objectContaining({ item_id: 'om_hello', item_type: 'default', flag_type: 'message', chat_id: 'oc_general' })]);
    expect(await methodsSince(env, before)).toEqual(['im.flags.create']);
    expect(await flagsHeld()).toContain('om_hello|default|message');

    const x = await im(['+flag-cancel', '--message-id', 'om_hello', '--flag-type', 'message']);
    expect(x.code, x.stderr).toBe(0);
    expect(json(x).data).toMatchObject({ ok: true, results: [{ item_id: 'om_hello', item_type: 'default', flag_type: 'message', status: 'ok' }] });
    const list = json(await im(['+flag-list'])).data;
    expect(list.flag_items.map((f: { item_id: string }) => f.item_id)).not.toContain('om_hello');
    expect(list.delete_flag_items).toEqual([expect.objectContaining({ item_id: 'om_hello', flag_type: 'message' })]);
  });

  it('the feed layer reads the message and its chat, flags a msg_thread, and +flag-list fetches the message', async () => {
    const before = await env.lastRequestId();
    const c = await im(['+flag-create', '--message-id', 'om_welcome', '--flag-type', 'feed']);
    expect(c.code, c.stderr).toBe(0);
    expect(json(c).data.flag_items[0]).toMatchObject({ item_id: 'om_welcome', item_type: 'msg_thread', flag_type: 'feed', thread_id: 'omt_welcome' });
    expect(await methodsSince(env, before)).toEqual(['im.messages.get', 'im.chats.get', 'im.flags.create']);
    const mid = await env.lastRequestId();
    const list = json(await im(['+flag-list']));
    expect(list.data.messages).toEqual([expect.objectContaining({ message_id: 'om_welcome', msg_type: 'text' })]);
    expect(await methodsSince(env, mid)).toContain('im.messages.mget');
    const bare = await env.lastRequestId();
    const noEnrich = json(await im(['+flag-list', '--enrich-feed-thread=false']));
    expect(noEnrich.data.messages).toEqual([]);
    expect(await methodsSince(env, bare)).toEqual(['im.flags.list']);
  });

  it('in a topic chat the feed layer flags a thread', async () => {
    const chat = json(await im(['+chat-create', '--name', 'Topics', '--chat-mode', 'topic'])).data.chat_id as string;
    const sent = json(await env.run(['im', '+messages-send', '--chat-id', chat, '--text', 'first topic', '--as', 'user'], asAlice)).data.message_id as string;
    const c = await im(['+flag-create', '--message-id', sent, '--flag-type', 'feed']);
    expect(c.code, c.stderr).toBe(0);
    expect(json(c).data.flag_items[0]).toMatchObject({ item_type: 'thread', flag_type: 'feed' });
  });

  it('without --flag-type, +flag-cancel clears both layers and lists both attempts', async () => {
    await im(['+flag-create', '--message-id', 'om_welcome']);
    const x = await im(['+flag-cancel', '--message-id', 'om_welcome']);
    expect(x.code, x.stderr).toBe(0);
    expect(json(x).data.results.map((r: { flag_type: string; item_type: string; status: string }) => `${r.flag_type}/${r.item_type}/${r.status}`)).toEqual(['message/default/ok', 'feed/msg_thread/ok']);
    expect(await flagsHeld()).not.toContain('om_welcome|default|message');
  });

  it('a feed layer that cannot be worked out is a failed entry: ledger printed, ok false, exit 1', async () => {
    const x = await im(['+flag-cancel', '--message-id', 'om_missing']);
    expect(x.code).toBe(1);
    const out = json(x);
    expect(out.ok).toBe(false);
    expect(out.data.ok).toBe(false);
    expect(out.data.results).toEqual([
      expect.objectContaining({ flag_type: 'message', status: 'ok' }),
      expect.objectContaining({ flag_type: 'feed', status: 'failed', error: expect.any(String) }),
    ]);
    expect(x.stderr).toMatch(/feed-layer flag of om_missing was not removed/);
  });

  it('a message the user cannot see: the platform error, exit 1', async () => {
    const r = await im(['+flag-create', '--message-id', 'om_missing']);
    expect(r.code).toBe(1);
    expect(errorOf(r).error.code).toBe(230050);
  });

  it('the bot identity is refused before anything is sent', async () => {
    const before = await env.lastRequestId();
    const r = await env.run(['im', '+flag-list', '--as', 'bot']);
    expect(r.code).toBe(2);
    expect(await env.lastRequestId()).toBe(before);
  });
});

describe('dry-run request shapes', () => {
  it('+flag-create (message), +flag-cancel (feed, given item type), +flag-list', async () => {
    expect(planOf(await im(['+flag-create', '--message-id', 'om_hello', '--dry-run']))).toEqual([
      expect.objectContaining({ method: 'POST', url: `${env.emu.url}/open-apis/im/v1/flags`, body: { flag_items: [{ item_id: 'om_hello', item_type: 'default', flag_type: 'message' }] }, identity: 'user' }),
    ]);
    expect(planOf(await im(['+flag-cancel', '--message-id', 'om_hello', '--flag-type', 'feed', '--item-type', 'thread', '--dry-run']))).toEqual([
      expect.objectContaining({ method: 'POST', url: `${env.emu.url}/open-apis/im/v1/flags/cancel`, body: { flag_items: [{ item_id: 'om_hello', item_type: 'thread', flag_type: 'feed' }] } }),
    ]);
    const list = planOf(await im(['+flag-list', '--page-size', '10', '--dry-run']));
    expect(list).toEqual([expect.objectContaining({ method: 'GET', url: `${env.emu.url}/open-apis/im/v1/flags?page_size=10&page_token=` })]);
  });
});

describe('rules: exit 2, a clear message, nothing sent', () => {
  const cases: [string, string[], RegExp][] = [
    ['create without --message-id', ['+flag-create'], /needs --message-id/],
    ['create with a chat id', ['+flag-create', '--message-id', 'oc_general'], /--message-id "oc_general" does not have the expected form/],
    ['create: thread on the message layer', ['+flag-create', '--message-id', 'om_hello', '--item-type', 'thread'], /--item-type thread does not go with --flag-type message/],
    ['create: default on the feed layer', ['+flag-create', '--message-id', 'om_hello', '--flag-type', 'feed', '--item-type', 'default'], /--item-type default does not go with --flag-type feed/],
    ['create: unknown flag type', ['+flag-create', '--message-id', 'om_hello', '--flag-type', 'pin'], /--flag-type/],
    ['cancel: --item-type without --flag-type', ['+flag-cancel', '--message-id', 'om_hello', '--item-type', 'default'], /say which layer with --flag-type/],
    ['list: page size over 50', ['+flag-list', '--page-size', '51'], /--page-size/],
    ['list: page limit over 1000', ['+flag-list', '--page-limit', '1001'], /--page-limit/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await im(args), message, before);
  });
});
