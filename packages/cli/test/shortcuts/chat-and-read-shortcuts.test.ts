/**
 * im +messages-read-status, +message-read-users, +chat-list, +chat-members-list, +messages-update
 * and +chat-disband against the emulator: read status changes after a read, readers, chat kinds
 * and mute filtering, members split into users and bots, an edit seen in the emulator's state,
 * disbanding behind --yes; dry-run shapes and the rule tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { emulatorState, expectRefused, methodsSince, planOf, userToken } from './send-fixtures.js';

let env: Env;
let asAlice: { env: Record<string, string> };
let asBob: { env: Record<string, string> };
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  asAlice = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') } };
  asBob = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_bob') } };
});
afterAll(async () => env?.close());

const im = (args: string[], who = asAlice) => env.run(['im', ...args, '--as', 'user'], who);
const bot = (args: string[]) => env.run(['im', ...args]);

describe('+messages-read-status', () => {
  it('unread until the user reads the message (+messages-mget), then read with a time', async () => {
    const before = json(await im(['+messages-read-status', '--message-ids', 'om_reply1,om_missing']));
    expect(before.data).toEqual({ items: [{ message_id: 'om_reply1', chat_id: 'oc_general', read: false }], invalid_message_ids: ['om_missing'] });
    await im(['+messages-mget', '--message-ids', 'om_reply1']);
    const after = await im(['+messages-read-status', '--message-id', 'om_reply1']);
    expect(json(after).data.items).toEqual([{ message_id: 'om_reply1', chat_id: 'oc_general', read: true, read_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) }]);
  });

  it('dry run: one POST with the ids deduplicated', async () => {
    expect(planOf(await im(['+messages-read-status', '--message-ids', 'om_a,om_b,om_a', '--dry-run']))).toEqual([
      expect.objectContaining({ method: 'POST', url: `${env.emu.url}/open-apis/im/v1/messages/read_status`, body: { message_ids: ['om_a', 'om_b'] }, identity: 'user' }),
    ]);
  });
});

describe('+message-read-users', () => {
  it('the bot sees who read its message; --limit is --page-size', async () => {
    const r = json(await bot(['+message-read-users', '--message-id', 'om_welcome']));
    expect(r.data.items.map((x: { user_id: string }) => x.user_id)).toEqual(['ou_alice', 'ou_bob']);
    expect(r.data).toMatchObject({ total: 2, has_more: false, page_token: '' });
    const one = json(await bot(['+message-read-users', '--message-id', 'om_welcome', '--limit', '1']));
    expect(one.data).toMatchObject({ total: 1, has_more: true });
  });

  it('someone else\'s message: 230012 with the next step', async () => {
    const r = await bot(['+message-read-users', '--message-id', 'om_hello']);
    expect(r.code).toBe(1);
    expect(errorOf(r).error).toMatchObject({ code: 230012, hint: expect.stringContaining('identity that sent it') });
  });
});

describe('+chat-list', () => {
  it('group chats by default; --types group,p2p adds one-to-one chats; app links on every chat', async () => {
    const groups = json(await im(['+chat-list'])).data.chats as { chat_id: string; chat_app_link: string }[];
    expect(groups.map((c) => c.chat_id).sort()).toEqual(['oc_general', 'oc_project']);
    expect(groups[0]!.chat_app_link).toBe(`https://applink.feishu.cn/client/chat/open?openChatId=${groups[0]!.chat_id}`);
    const all = json(await im(['+chat-list', '--types', 'P2P,group,p2p'])).data.chats.map((c: { chat_id: string }) => c.chat_id);
    expect(all).toEqual(expect.arrayContaining(['oc_p2p_alice', 'oc_p2p_alice_bob', 'oc_general', 'oc_project']));
  });

  it('--exclude-muted leaves out what the user muted (one settings lookup per page)', async () => {
    const mute = await env.run(['im', 'chat.user_setting', 'batch_update', '--data', '{"settings":[{"chat_id":"oc_project","is_muted":true}]}', '--as', 'user'], asAlice);
    expect(mute.code, mute.stderr).toBe(0);
    const before = await env.lastRequestId();
    const r = json(await im(['+chat-list', '--exclude-muted']));
    expect(r.data.chats.map((c: { chat_id: string }) => c.chat_id)).toEqual(['oc_general']);
    expect(r.data.excluded_muted).toBe(1);
    expect(await methodsSince(env, before)).toEqual(['im.chats.list', 'im.chat.user_setting.batch_query']);
  });

  it('--exclude-muted as the bot is ignored with a warning', async () => {
    const r = await bot(['+chat-list', '--exclude-muted']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--exclude-muted only applies to the signed-in user/);
  });

  it('dry run: sort and kinds as the platform spells them', async () => {
    expect(planOf(await im(['+chat-list', '--sort', 'active_time', '--types', 'group,p2p', '--page-size', '50', '--dry-run']))[0]).toMatchObject({
      method: 'GET',
      params: { user_id_type: 'open_id', sort_type: 'ByActiveTimeDesc', types: 'group,p2p', page_size: 50 },
    });
    expect(planOf(await bot(['+chat-list', '--sort-type', 'ByActiveTimeDesc', '--dry-run']))[0]!.params).toMatchObject({ sort_type: 'ByActiveTimeDesc' });
  });
});

describe('+chat-members-list', () => {
  it('users and bots apart; --member-types narrows; --page-all walks', async () => {
    const r = json(await bot(['+chat-members-list', '--chat-id', 'oc_general', '--page-size', '1', '--page-all']));
    expect(r.data.users.map((u: { member_id: string }) => u.member_id)).toEqual(['ou_alice', 'ou_bob', 'ou_carol']);
    expect(r.data.bots).toEqual([{ app_id: 'cli_a7e3c9d15b2f4086', name: 'Demo Bot', tenant_key: 'tenant_demo' }]);
    expect(r.data).toMatchObject({ member_total: 4, has_more: false });
    const bots = json(await bot(['+chat-members-list', '--chat', 'oc_general', '--member-types', 'bot']));
    expect(bots.data).toMatchObject({ users: [], member_total: 1 });
  });

  it('a chat the caller is not in: 232011', async () => {
    const r = await im(['+chat-members-list', '--chat-id', 'oc_general'], asBob);
    expect(r.code, r.stderr).toBe(0);
    const carol = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_carol') } };
    const out = await im(['+chat-members-list', '--chat-id', 'oc_project'], carol);
    expect(out.code).toBe(1);
    expect(errorOf(out).error.code).toBe(232011);
  });
});

describe('+messages-update', () => {
  it('edits a bot message: new text in the emulator, updated flag, output shape', async () => {
    const before = await env.lastRequestId();
    const r = await bot(['+messages-update', '--message-id', 'om_welcome', '--text', 'Welcome, everyone!']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toEqual({ message_id: 'om_welcome', chat_id: 'oc_general', update_time: expect.stringMatching(/^\d{4}-/), updated: true });
    expect(await methodsSince(env, before)).toEqual(['im.messages.update']);
    const m = (await emulatorState(env)).messages.find((x: { message_id: string }) => x.message_id === 'om_welcome');
    expect(JSON.parse(m.content)).toEqual({ text: 'Welcome, everyone!' });
    expect(m.updated).toBe(true);
  });

  it('dry run: --markdown becomes a post, --content keeps --msg-type', async () => {
    const md = planOf(await bot(['+messages-update', '--message-id', 'om_welcome', '--markdown', '**Hi**', '--dry-run']));
    expect(md[0]).toMatchObject({ method: 'PUT', url: `${env.emu.url}/open-apis/im/v1/messages/om_welcome`, body: { msg_type: 'post' } });
    const c = planOf(await bot(['+messages-update', '--message-id', 'om_welcome', '--content', '{"text":"x"}', '--msg-type', 'text', '--dry-run']));
    expect(c[0]!.body).toEqual({ msg_type: 'text', content: '{"text":"x"}' });
  });

  it('a user message cannot be edited by the bot: the platform error', async () => {
    const r = await bot(['+messages-update', '--message-id', 'om_hello', '--text', 'x']);
    expect(r.code).toBe(1);
    expect(errorOf(r).error.code).toBeGreaterThan(0);
  });
});

describe('+chat-disband', () => {
  it('needs --yes; with it the owner dissolves the chat', async () => {
    const before = await env.lastRequestId();
    await expectRefused(env, await im(['+chat-disband', '--chat-id', 'oc_general']), /high-risk write and needs --yes/, before);
    const plan = planOf(await im(['+chat-disband', '--chat-id', 'oc_general', '--dry-run']));
    expect(plan).toEqual([expect.objectContaining({ method: 'DELETE', url: `${env.emu.url}/open-apis/im/v1/chats/oc_general`, body: null })]);
    const r = await im(['+chat-disband', '--chat-id', 'oc_general', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toEqual({ chat_id: 'oc_general', disbanded: true });
    expect((await emulatorState(env)).chats.find((c: { chat_id: string }) => c.chat_id === 'oc_general').status).toBe('dissolved');
  });
});

describe('rules: exit 2, a clear message, nothing sent', () => {
  const fiftyOne = Array.from({ length: 51 }, (_, i) => `om_${i}`).join(',');
  const cases: [string, string[], RegExp][] = [
    ['read-status without ids', ['+messages-read-status'], /needs --message-ids/],
    ['read-status over 50', ['+messages-read-status', '--message-ids', fiftyOne], /at most 50/],
    ['read-status: not a message id', ['+messages-read-status', '--message-ids', 'oc_x'], /does not have the expected form/],
    ['read-users: page size over 100', ['+message-read-users', '--message-id', 'om_a', '--limit', '101'], /--page-size/],
    ['chat-list: --sort and --sort-type', ['+chat-list', '--sort', 'create_time', '--sort-type', 'ByActiveTimeDesc'], /Give the order once/],
    ['chat-list: unknown kind', ['+chat-list', '--types', 'group,channel'], /--types channel is not a kind of chat/],
    ['chat-list: empty kinds', ['+chat-list', '--types', ','], /--types/],
    ['chat-list: page size over 100', ['+chat-list', '--page-size', '101'], /--page-size/],
    ['members: no chat', ['+chat-members-list'], /needs --chat-id/],
    ['members: unknown kind', ['+chat-members-list', '--chat-id', 'oc_general', '--member-types', 'robot'], /--member-types/],
    ['update: two contents', ['+messages-update', '--message-id', 'om_a', '--text', 'a', '--markdown', 'b', '--as', 'bot'], /Give the new content once/],
    ['update: no content', ['+messages-update', '--message-id', 'om_a', '--as', 'bot'], /Give the new content once/],
    ['update: --msg-type without --content', ['+messages-update', '--message-id', 'om_a', '--text', 'a', '--msg-type', 'post', '--as', 'bot'], /--msg-type describes --content/],
    ['update: as user', ['+messages-update', '--message-id', 'om_a', '--text', 'a'], /user/],
    ['disband: no chat', ['+chat-disband', '--yes'], /needs --chat-id/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await env.run(['im', ...args, ...(args.includes('--as') ? [] : ['--as', 'user'])], asAlice), message, before);
  });
});
