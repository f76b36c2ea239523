/** lark-cli im +messages-search: end to end against the emulator, request shapes, and its rules. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupEnv, type Env } from '../helpers.js';
import { dataOf, expectRefused, ids, mark, planOf, queryOf, sendText, userEnv } from './read-support.js';

let env: Env;
let alice: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  alice = userEnv(env, 'ou_alice');
});
beforeEach(() => env.emu.setFaults({}));
afterAll(async () => env?.close());

const search = (...args: string[]) => ['im', '+messages-search', ...args];
const run = (...args: string[]) => env.run(search(...args), { env: alice });

describe('+messages-search end to end', () => {
  it('finds a message sent with the API command, in full, with its chat and sender name', async () => {
    const id = await sendText(env, 'oc_general', 'the zebra-crossing plan is ready', { env: alice, as: 'user' });
    const since = await mark(env);
    const r = await run('--query', 'zebra-crossing');
    const d = dataOf(r);
    expect(JSON.parse(r.stdout).identity).toBe('user');
    expect(d).toMatchObject({ total: 1, has_more: false, page_token: '' });
    expect(d.messages).toEqual([
      expect.objectContaining({
        message_id: id,
        msg_type: 'text',
        content: 'the zebra-crossing plan is ready',
        chat_id: 'oc_general',
        sender: { id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' },
        chat_name: 'General',
        chat_type: 'group',
      }),
    ]);
    expect(d.messages[0]).not.toHaveProperty('chat_partner');
    expect(ids(await since())).toEqual(['im.messages.search', 'im.messages.mget', 'im.chats.batch_query', 'im.reactions.batch_query']);
  });

  it('a hit in a p2p chat carries chat_type p2p and the chat partner', async () => {
    const d = dataOf(await run('--query', 'demo bot', '--chat-type', 'p2p'));
    expect(d.messages).toEqual([
      expect.objectContaining({ message_id: 'om_p2p_hi', chat_id: 'oc_p2p_alice', chat_type: 'p2p', chat_partner: { open_id: 'ou_demobot' } }),
    ]);
    expect(d.messages[0]).not.toHaveProperty('chat_name');
  });

  it('filters: sender, chat, attachment type, sender type', async () => {
    const bob = dataOf(await run('--sender', 'ou_bob'));
    expect(bob.messages.map((m: any) => m.message_id).sort()).toEqual(['om_dm_bob', 'om_file', 'om_reply1']);
    expect(bob.messages.every((m: any) => m.sender.name === 'Bob Li')).toBe(true);
    const files = dataOf(await run('--include-attachment-type', 'file'));
    expect(files.messages.map((m: any) => m.message_id)).toEqual(['om_file']);
    expect(files.messages[0].chat_name).toBe('Project X');
    const bots = dataOf(await run('--chat-id', 'oc_general', '--sender-type', 'bot'));
    expect(bots.messages.map((m: any) => m.message_id).sort()).toEqual(['om_card', 'om_welcome']);
    const people = dataOf(await run('--chat-id', 'oc_general,oc_project', '--exclude-sender-type', 'bot', '--query', 'here'));
    expect(people.messages.map((m: any) => m.message_id)).toEqual(['om_reply1']);
    const past = dataOf(await run('--end', '2020-01-01'));
    expect(past).toEqual({ messages: [], total: 0, has_more: false, page_token: '' });
  });

  it('one page by default; --page-all follows has_more; --page-limit stops early and hands a token on', async () => {
    const one = dataOf(await run('--chat-id', 'oc_general', '--page-size', '2'));
    expect(one.total).toBe(2);
    expect(one.has_more).toBe(true);

    const everything = dataOf(await run('--chat-id', 'oc_general', '--page-size', '2', '--page-all'));
    expect(everything.has_more).toBe(false);
    expect(everything.total).toBeGreaterThanOrEqual(6);
    expect(new Set(everything.messages.map((m: any) => m.message_id)).size).toBe(everything.total);

    const since = await mark(env);
    const two = dataOf(await run('--chat-id', 'oc_general', '--page-size', '2', '--page-limit', '2'));
    expect(two.total).toBe(4);
    expect(two.has_more).toBe(true);
    expect(two.page_token).not.toBe('');
    const calls = ids(await since());
    expect(calls.filter((c) => c === 'im.messages.search')).toHaveLength(2);
    expect(calls.filter((c) => c === 'im.messages.mget')).toHaveLength(1);

    const rest = dataOf(await run('--chat-id', 'oc_general', '--page-size', '2', '--page-token', two.page_token, '--page-all'));
    const seen = [...two.messages, ...rest.messages].map((m: any) => m.message_id);
    expect(seen.sort()).toEqual(everything.messages.map((m: any) => m.message_id).sort());
  });

  it('when fetching the hits fails, the ids come back with a note (exit 0)', async () => {
    env.emu.setFaults({ errorRate: 1, methods: ['im.messages.mget'] });
    const r = await run('--chat-id', 'oc_project');
    const d = dataOf(r);
    expect(d.messages).toBeUndefined();
    expect(d.message_ids).toEqual(['om_file']);
    expect(d.note).toMatch(/fetching them in full failed/);
    expect(d).toMatchObject({ total: 1, has_more: false, page_token: '' });
  });

  it('when the chat lookup fails, the chat fields are left out with a warning', async () => {
    env.emu.setFaults({ errorRate: 1, methods: ['im.chats.batch_query'] });
    const r = await run('--chat-id', 'oc_project');
    const d = dataOf(r);
    expect(d.messages[0]).toMatchObject({ message_id: 'om_file', sender: { name: 'Bob Li' } });
    expect(d.messages[0]).not.toHaveProperty('chat_name');
    expect(r.stderr).toMatch(/warning: the chats of some hits could not be looked up/);
  });

  it('table shows the chat of each hit', async () => {
    const t = await run('--include-attachment-type', 'file', '--format', 'table');
    const lines = t.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+CHAT\s+SENDER\s+TYPE\s+CONTENT\s+MESSAGE_ID\s+THREAD_ID$/);
    expect(lines[1]).toMatch(/Project X\s+Bob Li\s+file\s+<file key="file_report" name="report.pdf"\/>\s+om_file/);
  });
});

describe('+messages-search --at-chatter-ids', () => {
  it('finds messages that mention one of the users, or everyone; not the others', async () => {
    const toBob = await sendText(env, 'oc_general', '<at user_id="ou_bob">Bob</at> the walrus report is in', { env: alice, as: 'user' });
    const toAll = await sendText(env, 'oc_general', '<at user_id="all">everyone</at> walrus meeting at noon', { env: alice, as: 'user' });
    await sendText(env, 'oc_general', 'walrus facts, no mentions', { env: alice, as: 'user' });
    const bob = dataOf(await run('--query', 'walrus', '--at-chatter-ids', 'ou_bob'));
    expect(bob.messages.map((m: { message_id: string }) => m.message_id).sort()).toEqual([toBob, toAll].sort());
    expect(bob.messages.find((m: { message_id: string }) => m.message_id === toBob).mentions).toEqual([{ key: '@_user_1', id: 'ou_bob', name: 'Bob' }]);
    const carol = dataOf(await run('--query', 'walrus', '--at-chatter-ids', 'ou_carol'));
    expect(carol.messages.map((m: { message_id: string }) => m.message_id)).toEqual([toAll]);
  });

  it('dry run: the ids in the filter, each once', async () => {
    const plan = planOf(await env.run(search('--query', 'x', '--at-chatter-ids', 'ou_bob,ou_carol,ou_bob', '--dry-run'), { env: alice }));
    expect((plan[0]!.body as { filter: Record<string, unknown> }).filter).toEqual({ at_chatter_ids: ['ou_bob', 'ou_carol'] });
  });

  it('refuses an id that is not an open_id (exit 2, nothing sent)', async () => {
    await expectRefused(env, search('--query', 'x', '--at-chatter-ids', 'oc_general'), /--at-chatter-ids "oc_general" does not have the expected form/, { env: alice });
  });
});

describe('+messages-search --dry-run', () => {
  it('every filter in the body, page size clamped to 50, and the follow-up calls with placeholders', async () => {
    const since = await mark(env);
    const r = await env.spawn(
      search(
        '--query', 'release', '--chat-id', 'oc_general, oc_project', '--sender', 'ou_alice', '--include-attachment-type', 'image',
        '--chat-type', 'group', '--sender-type', 'user', '--exclude-sender-type', 'bot', '--is-at-me',
        '--start', '2026-11-01', '--end', '2026-11-22 18:00', '--page-size', '80', '--page-token', 'next', '--dry-run',
      ),
      { env: { TZ: 'Asia/Shanghai' } },
    );
    const plan = planOf(r);
    expect(plan).toHaveLength(3);
    expect(plan[0]).toMatchObject({ method: 'POST', identity: 'user' });
    expect(plan[0]!.url).toBe(`${env.emu.url}/open-apis/im/v1/messages/search?page_size=50&page_token=next`);
    expect(plan[0]!.body).toEqual({
      query: 'release',
      filter: {
        time_range: { start_time: '2026-11-01T00:00:00+08:00', end_time: '2026-11-22T18:00:00+08:00' },
        chat_ids: ['oc_general', 'oc_project'],
        from_ids: ['ou_alice'],
        include_attachment_types: ['image'],
        from_types: ['user'],
        exclude_from_types: ['bot'],
        chat_type: 'group',
        is_at_me: true,
      },
    });
    expect(plan[1]).toMatchObject({ method: 'GET', body: null });
    expect(queryOf(plan[1]!.url)).toEqual([
      ['message_ids', '<message ids of the hits, 50 a call>'],
      ['card_msg_content_type', 'raw_card_content'],
      ['with_sender_name', 'true'],
    ]);
    expect(plan[2]).toMatchObject({ method: 'POST', body: { chat_ids: ['<chat ids of the hits, 50 a call>'] } });
    expect(plan[2]!.url).toBe(`${env.emu.url}/open-apis/im/v1/chats/batch_query?user_id_type=open_id`);
    expect(await since()).toEqual([]);
  });

  it('only what was given: no filter at all for a bare query, default page size 20', async () => {
    const plan = planOf(await env.run(search('--query', 'hi', '--dry-run')));
    expect(plan[0]!.url).toBe(`${env.emu.url}/open-apis/im/v1/messages/search?page_size=20`);
    expect(plan[0]!.body).toEqual({ query: 'hi' });
  });
});

describe('+messages-search rules (exit 2, nothing sent)', () => {
  const cases: { name: string; args: string[]; message: RegExp }[] = [
    { name: 'bot identity', args: ['--query', 'x', '--as', 'bot'], message: /cannot be called as bot: it supports only user/ },
    { name: '--sender-type equal to --exclude-sender-type', args: ['--query', 'x', '--sender-type', 'bot', '--exclude-sender-type', 'bot'], message: /--sender-type and --exclude-sender-type must differ/ },
    { name: '--start after --end', args: ['--start', '2026-11-22', '--end', '2026-11-01'], message: /--start is later than --end/ },
    { name: '--start not a time', args: ['--start', 'last week'], message: /--start "last week" is not a time/ },
    { name: '--page-size 0', args: ['--query', 'x', '--page-size', '0'], message: /--page-size must be at least 1/ },
    { name: '--page-size negative', args: ['--query', 'x', '--page-size', '-5'], message: /--page-size must be at least 1/ },
    { name: '--page-limit 0', args: ['--query', 'x', '--page-limit', '0'], message: /--page-limit must be at least 1/ },
    { name: '--page-limit 41', args: ['--query', 'x', '--page-limit', '41'], message: /--page-limit must be at most 40/ },
    { name: '--chat-id of the wrong kind', args: ['--chat-id', 'oc_ok,general'], message: /each value of --chat-id "general" does not have the expected form/ },
    { name: '--sender of the wrong kind', args: ['--sender', 'alice@example.com'], message: /each value of --sender "alice@example.com" does not have the expected form/ },
    { name: '--include-attachment-type unknown', args: ['--include-attachment-type', 'pdf'], message: /--include-attachment-type must be one of file, image, video, link/ },
    { name: '--chat-type unknown', args: ['--chat-type', 'topic'], message: /--chat-type must be one of group, p2p/ },
  ];
  for (const c of cases) it(c.name, async () => expectRefused(env, search(...c.args), c.message, { env: alice }));
});
