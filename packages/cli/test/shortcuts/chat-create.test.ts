/**
 * im +chat-create: dry-run request shapes (the create, then the share link), chats created
 * against the emulator as the bot and as a user, the best-effort link, and the validation table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setupEnv, type Env } from '../helpers.js';
import { emulatorState, expectRefused, methodsSince, planOf, setFaults, userToken } from './send-fixtures.js';

let env: Env;
let userEnv: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  userEnv = { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_carol') };
});
afterAll(async () => env?.close());

const create = (args: string[], o: { env?: Record<string, string> } = {}) => env.run(['im', '+chat-create', ...args], o);

describe('+chat-create --dry-run: exact requests, nothing sent', () => {
  it('a private chat with users: the create, then the link of the new chat', async () => {
    const before = await env.lastRequestId();
    const plan = planOf(await create(['--name', 'Launch prep', '--description', 'Everything for 1.4', '--users', 'ou_alice,ou_bob', '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/chats?user_id_type=open_id`,
        params: { user_id_type: 'open_id' },
        body: { chat_type: 'private', name: 'Launch prep', description: 'Everything for 1.4', user_id_list: ['ou_alice', 'ou_bob'] },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/chats/{chat_id}/link`,
        params: { chat_id: '<chat_id of the new chat>' },
        body: null,
        identity: 'bot',
      },
    ]);
    expect(await env.lastRequestId()).toBe(before);
  });

  it('a public chat with owner, bots and --set-bot-manager', async () => {
    const plan = planOf(await create(['--name', 'Design reviews', '--type', 'public', '--owner', 'ou_carol', '--users', 'ou_alice,ou_carol', '--bots', 'cli_a7e3c9d15b2f4086', '--set-bot-manager', '--dry-run']));
    expect(plan[0]).toMatchObject({
      url: `${env.emu.url}/open-apis/im/v1/chats?user_id_type=open_id&set_bot_manager=true`,
      params: { user_id_type: 'open_id', set_bot_manager: true },
      body: { chat_type: 'public', name: 'Design reviews', user_id_list: ['ou_alice', 'ou_carol'], bot_id_list: ['cli_a7e3c9d15b2f4086'], owner_id: 'ou_carol' },
    });
  });

  it('as a user, without a name', async () => {
    const plan = planOf(await create(['--users', 'ou_bob', '--as', 'user', '--dry-run'], { env: userEnv }));
    expect(plan[0]).toMatchObject({ identity: 'user', params: { user_id_type: 'open_id' }, body: { chat_type: 'private', user_id_list: ['ou_bob'] } });
    expect(plan[0]!.body).not.toHaveProperty('name');
  });
});

describe('+chat-create live against the emulator', () => {
  it('as the bot: the chat exists with its members, and a share link comes back', async () => {
    const before = await env.lastRequestId();
    const r = await create(['--name', 'Launch prep', '--description', 'Everything for the 1.4 launch', '--users', 'ou_alice,ou_bob']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out.identity).toBe('bot');
    expect(out.data).toEqual({
      chat_id: expect.stringMatching(/^oc_/),
      name: 'Launch prep',
      chat_type: 'private',
      chat_mode: 'group',
      chat_app_link: `https://applink.feishu.cn/client/chat/open?openChatId=${out.data.chat_id}`,
      owner_id: 'cli_a7e3c9d15b2f4086',
      external: false,
      share_link: expect.stringMatching(/^https:\/\//),
    });
    expect(await methodsSince(env, before)).toEqual(['im.chats.create', 'im.chats.link']);
    const chat = (await emulatorState(env)).chats.find((c: { chat_id: string }) => c.chat_id === out.data.chat_id);
    expect(chat).toMatchObject({ chat_mode: 'group', name: 'Launch prep', description: 'Everything for the 1.4 launch', chat_type: 'private' });
    expect([...chat.users].sort()).toEqual(['ou_alice', 'ou_bob']);
    expect(chat.bots).toEqual(['cli_a7e3c9d15b2f4086']);
    // A message to the new chat works right away.
    const m = await env.run(['im', '+messages-send', '--chat-id', out.data.chat_id, '--text', 'Welcome!']);
    expect(m.code, m.stderr).toBe(0);
  });

  it('a public chat owned by a user, with the bot as manager; +chat-search finds it', async () => {
    const r = await create(['--name', 'Design reviews', '--type', 'public', '--owner', 'ou_carol', '--users', 'ou_alice,ou_carol', '--set-bot-manager']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r).data;
    expect(out).toMatchObject({ name: 'Design reviews', chat_type: 'public', owner_id: 'ou_carol', external: false });
    const chat = (await emulatorState(env)).chats.find((c: { chat_id: string }) => c.chat_id === out.chat_id);
    expect(chat.bot_managers).toEqual(['cli_a7e3c9d15b2f4086']);
    const s = await env.run(['im', '+chat-search', '--query', 'Design reviews']);
    expect((json(s).data.chats as { chat_id: string }[]).map((c) => c.chat_id)).toContain(out.chat_id);
  });

  it('as a user: the user owns the chat', async () => {
    const r = await create(['--name', 'Reading group', '--users', 'ou_bob', '--as', 'user'], { env: userEnv });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ identity: 'user', data: { name: 'Reading group', owner_id: 'ou_carol', chat_type: 'private' } });
  });

  it('a failing share-link call leaves share_link out with a warning; the command succeeds', async () => {
    await setFaults(env, { errorRate: 1, errorStatus: 400, methods: ['im.chats.link'] });
    try {
      const r = await create(['--name', 'No link']);
      expect(r.code, r.stderr).toBe(0);
      const out = json(r).data;
      expect(out.chat_id).toMatch(/^oc_/);
      expect(out).not.toHaveProperty('share_link');
      expect(r.stderr).toMatch(/^warning: the chat oc_\S+ was created, but its share link could not be fetched \(.+\); the output has no share_link\.\n$/);
    } finally {
      await setFaults(env, {});
    }
  });
});

describe('+chat-create validation: exit 2, a clear message, nothing sent', () => {
  const cases: [string, string[], RegExp][] = [
    ['public without a name', ['--type', 'public'], /A public chat needs a name/],
    ['public with a 1-character name', ['--type', 'public', '--name', 'X'], /A public chat needs a name of at least 2 characters/],
    ['name over 60 characters', ['--name', 'n'.repeat(61)], /--name takes at most 60 characters/],
    ['description over 100 characters', ['--name', 'ok', '--description', 'd'.repeat(101)], /--description takes at most 100 characters/],
    ['a user that is not an open_id', ['--users', 'ou_alice,bob'], /each value of --users "bob" does not have the expected form/],
    ['more than 50 users', ['--users', Array.from({ length: 51 }, (_, i) => `ou_u${i}`).join(',')], /--users takes at most 50 values/],
    ['more than 5 bots', ['--bots', 'cli_1,cli_2,cli_3,cli_4,cli_5,cli_6'], /--bots takes at most 5 values/],
    ['a bot that is not an app id', ['--bots', 'demo'], /each value of --bots "demo" does not have the expected form/],
    ['owner not an open_id', ['--owner', 'carol'], /--owner "carol" does not have the expected form/],
    ['unknown --type', ['--type', 'secret'], /--type must be one of private, public/],
    ['--set-bot-manager as a user', ['--name', 'x', '--set-bot-manager', '--as', 'user'], /--set-bot-manager works only with the bot identity/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await create(args, { env: userEnv }), message, before);
    await expectRefused(env, await create([...args, '--dry-run'], { env: userEnv }), message, before);
  });
});

describe('+chat-create --chat-mode topic', () => {
  it('sends chat_mode topic and the emulator makes a topic chat', async () => {
    const plan = planOf(await env.run(['im', '+chat-create', '--name', 'Ideas', '--chat-mode', 'topic', '--dry-run']));
    expect(plan[0]!.body).toMatchObject({ chat_mode: 'topic', name: 'Ideas' });
    const r = await env.run(['im', '+chat-create', '--name', 'Ideas', '--chat-mode', 'topic']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data.chat_mode).toBe('topic');
    const chat = (await emulatorState(env)).chats.find((c: { chat_id: string }) => c.chat_id === json(r).data.chat_id);
    expect(chat.chat_mode).toBe('topic');
  });

  it('an unknown mode is refused before anything is sent', async () => {
    const before = await env.lastRequestId();
    await expectRefused(env, await env.run(['im', '+chat-create', '--name', 'Ideas', '--chat-mode', 'forum']), /--chat-mode/, before);
  });
});
