/** lark-cli im +chat-messages-list: end to end against the emulator, request shapes, and its rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, setupEnv, type Env } from '../helpers.js';
import { dataOf, expectRefused, ids, mark, planOf, queryOf, sendText, userEnv } from './read-support.js';

let env: Env;
let alice: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  alice = userEnv(env, 'ou_alice');
});
afterAll(async () => env?.close());

const list = (...args: string[]) => ['im', '+chat-messages-list', ...args];

describe('+chat-messages-list end to end', () => {
  it('a message sent with the API command is listed first, newest first, as the bot', async () => {
    const id = await sendText(env, 'oc_general', 'listed by the bot');
    const since = await mark(env);
    const d = dataOf(await env.run(list('--chat-id', 'oc_general', '--as', 'bot')));
    expect(d.messages[0]).toMatchObject({
      message_id: id,
      msg_type: 'text',
      content: 'listed by the bot',
      chat_id: 'oc_general',
      sender: { id: 'cli_a7e3c9d15b2f4086', sender_type: 'app', name: 'Demo Bot', open_bot_id: 'ou_demobot' },
      deleted: false,
      updated: false,
    });
    expect(d.messages[0].create_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(d.total).toBe(d.messages.length);
    expect(d).toMatchObject({ has_more: false, page_token: '' });
    // Names of users and bots come from the platform (with_sender_name): no contact lookup.
    const hello = d.messages.find((m: any) => m.message_id === 'om_hello');
    expect(hello.sender).toEqual({ id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' });
    const calls = await since();
    expect(ids(calls)).toEqual(['im.messages.list', 'im.messages.list', 'im.reactions.batch_query']);
    expect(calls.every((c) => c.identity === 'bot')).toBe(true);
  });

  it('expands threads: replies oldest first, with names, and the caps flags', async () => {
    const d = dataOf(await env.run(list('--chat-id', 'oc_general', '--as', 'bot')));
    const welcome = d.messages.find((m: any) => m.message_id === 'om_welcome');
    expect(welcome.thread_id).toBe('omt_welcome');
    expect(welcome.thread_replies).toEqual([
      expect.objectContaining({ message_id: 'om_reply1', content: 'Thanks, glad to be here', sender: { id: 'ou_bob', sender_type: 'user', name: 'Bob Li' }, thread_id: 'omt_welcome' }),
    ]);
    expect(welcome.thread_has_more).toBe(false);
    expect(welcome.thread_replies[0]).not.toHaveProperty('thread_replies');
  });

  it('as the user: the user\'s own message is seen, names come from the platform', async () => {
    const id = await sendText(env, 'oc_general', 'listed by Alice', { env: alice, as: 'user' });
    const since = await mark(env);
    const r = await env.run(list('--chat-id', 'oc_general', '--as', 'user'), { env: alice });
    const d = dataOf(r);
    expect(d.messages[0]).toMatchObject({ message_id: id, content: 'listed by Alice', sender: { id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' } });
    const calls = await since();
    expect(ids(calls).filter((id) => id?.startsWith('contact.'))).toEqual([]);
    expect(calls.every((c) => c.identity === 'user')).toBe(true);
  });

  it('--user-id finds the p2p chat, and says "P2P chat not found" when there is none', async () => {
    const none = await env.run(list('--user-id', 'ou_carol', '--as', 'user'), { env: alice });
    expect(none.code).toBe(1);
    expect(errorOf(none).error).toMatchObject({ type: 'not_found', message: expect.stringContaining('P2P chat not found') });
    expect(errorOf(none).error.hint).toContain('--user-id ou_carol');

    const id = await sendText(env, 'ou_carol', 'hi Carol, from Alice', { env: alice, as: 'user' });
    const since = await mark(env);
    const d = dataOf(await env.run(list('--user-id', 'ou_carol', '--as', 'user'), { env: alice }));
    expect(d.messages).toEqual([expect.objectContaining({ message_id: id, content: 'hi Carol, from Alice', sender: expect.objectContaining({ name: 'Alice Chen' }) })]);
    expect(ids(await since())).toEqual(['im.chat_p2p.batch_query', 'im.messages.list', 'im.reactions.batch_query']);
  });

  it('--sort asc, --start/--end and paging', async () => {
    const asc = dataOf(await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--as', 'bot')));
    expect(asc.messages[0].message_id).toBe('om_welcome');
    const past = dataOf(await env.run(list('--chat-id', 'oc_general', '--end', '2020-01-01', '--as', 'bot')));
    expect(past).toEqual({ messages: [], total: 0, has_more: false, page_token: '' });
    const since2020 = dataOf(await env.run(list('--chat-id', 'oc_general', '--start', '2020-01-01T00:00:00Z', '--sort', 'asc', '--as', 'bot')));
    expect(since2020.messages[0].message_id).toBe('om_welcome');

    const p1 = dataOf(await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--page-size', '2', '--as', 'bot')));
    expect(p1.messages.map((m: any) => m.message_id)).toEqual(['om_welcome', 'om_hello']);
    expect(p1.has_more).toBe(true);
    expect(p1.page_token).not.toBe('');
    const p2 = dataOf(await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--page-size', '2', '--page-token', p1.page_token, '--as', 'bot')));
    expect(p2.messages.map((m: any) => m.message_id)).toEqual(['om_image', 'om_card']);
  });

  it('sender names come from the platform, so they show even without the contact scope', async () => {
    const scopes = env.emu.state.app.enabled_scopes.slice();
    env.emu.setScopes(scopes.filter((s) => s !== 'contact:user.base:readonly'));
    try {
      const r = await env.run(list('--chat-id', 'oc_general', '--as', 'bot'));
      const d = dataOf(r);
      expect(d.messages.find((m: any) => m.message_id === 'om_hello').sender).toEqual({ id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' });
      expect(r.stderr).not.toMatch(/warning/);
    } finally {
      env.emu.setScopes(scopes);
    }
  });

  it('table, csv, ndjson and pretty are readable', async () => {
    const table = await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--format', 'table', '--as', 'bot'));
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+SENDER\s+TYPE\s+CONTENT\s+MESSAGE_ID\s+THREAD_ID$/);
    expect(lines[1]).toMatch(/Demo Bot\s+text\s+Welcome to General!\s+om_welcome\s+omt_welcome/);
    expect(lines[2]).toMatch(/Bob Li\s+text\s+↳ Thanks, glad to be here\s+om_reply1\s+omt_welcome/);
    expect(lines[3]).toMatch(/Alice Chen\s+text\s+Hello team\s+om_hello/);

    const csv = await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--page-size', '2', '--format', 'csv', '--as', 'bot'));
    const rows = csv.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('time,sender,type,content,message_id,thread_id');
    expect(rows[2]).toMatch(/,Bob Li,text,"Thanks, glad to be here",om_reply1,omt_welcome$/);

    const nd = await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--page-size', '2', '--format', 'ndjson', '--as', 'bot'));
    const objs = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(objs.map((o) => o.message_id)).toEqual(['om_welcome', 'om_hello']);
    expect(objs[0].thread_replies[0].message_id).toBe('om_reply1');

    const pretty = await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--page-size', '2', '--format', 'pretty', '--as', 'bot'));
    expect(pretty.stdout).toMatch(/content: Welcome to General!/);
    expect(pretty.stdout).toMatch(/name: Bob Li/);
    expect(pretty.stdout).toMatch(/has_more: true/);
  });
});

describe('+chat-messages-list --dry-run', () => {
  it('--chat-id with every flag: one GET im/v1/messages with the exact query, nothing sent', async () => {
    const since = await mark(env);
    const plan = planOf(
      await env.spawn(
        list('--chat-id', 'oc_project', '--start', '2026-11-20', '--end', '2026-11-22T18:30:00+08:00', '--sort', 'asc', '--page-size', '20', '--page-token', 'tok', '--as', 'bot', '--dry-run'),
        { env: { TZ: 'Asia/Shanghai' } },
      ),
    );
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ method: 'GET', body: null, identity: 'bot' });
    expect(new URL(plan[0]!.url).pathname).toBe('/open-apis/im/v1/messages');
    expect(queryOf(plan[0]!.url)).toEqual([
      ['container_id_type', 'chat'],
      ['container_id', 'oc_project'],
      ['sort_type', 'ByCreateTimeAsc'],
      ['start_time', String(Date.UTC(2026, 10, 19, 16) / 1000)],
      ['end_time', String(Date.UTC(2026, 10, 22, 10, 30) / 1000)],
      ['card_msg_content_type', 'raw_card_content'],
      ['with_sender_name', 'true'],
      ['page_size', '20'],
      ['page_token', 'tok'],
    ]);
    expect(await since()).toEqual([]);
  });

  it('defaults: desc, 50 a page; a date alone for --end is the end of that day; Unix seconds pass through', async () => {
    const plan = planOf(await env.spawn(list('--chat-id', 'oc_general', '--start', '1795000000', '--end', '2026-11-22', '--as', 'bot', '--dry-run'), { env: { TZ: 'UTC' } }));
    expect(queryOf(plan[0]!.url)).toEqual([
      ['container_id_type', 'chat'],
      ['container_id', 'oc_general'],
      ['sort_type', 'ByCreateTimeDesc'],
      ['start_time', '1795000000'],
      ['end_time', String(Date.UTC(2026, 10, 22, 23, 59, 59) / 1000)],
      ['card_msg_content_type', 'raw_card_content'],
      ['with_sender_name', 'true'],
      ['page_size', '50'],
    ]);
  });

  it('--user-id: the p2p lookup, then the list of that chat (a placeholder until it is known)', async () => {
    const since = await mark(env);
    const plan = planOf(await env.run(list('--user-id', 'ou_bob', '--as', 'user', '--dry-run')));
    expect(plan).toHaveLength(2);
    expect(plan[0]).toMatchObject({ method: 'POST', body: { chatter_ids: ['ou_bob'] }, identity: 'user' });
    expect(plan[0]!.url).toBe(`${env.emu.url}/open-apis/im/v1/chat_p2p/batch_query?chatter_id_type=open_id`);
    expect(plan[1]!.method).toBe('GET');
    expect(plan[1]!.params).toMatchObject({ container_id_type: 'chat', container_id: '<p2p chat with ou_bob>', sort_type: 'ByCreateTimeDesc', page_size: 50 });
    expect(await since()).toEqual([]);
  });
});

describe('+chat-messages-list rules (exit 2, nothing sent)', () => {
  const cases: { name: string; args: string[]; message: RegExp; user?: boolean }[] = [
    { name: 'neither --chat-id nor --user-id', args: ['--as', 'bot'], message: /exactly one of --chat-id oc_… or --user-id ou_…/ },
    { name: 'both --chat-id and --user-id', args: ['--chat-id', 'oc_general', '--user-id', 'ou_bob', '--as', 'user'], message: /--chat-id and --user-id cannot be combined/, user: true },
    { name: '--user-id as the bot', args: ['--user-id', 'ou_bob', '--as', 'bot'], message: /--user-id works only with the user identity/ },
    { name: '--chat-id of the wrong kind', args: ['--chat-id', 'ou_alice', '--as', 'bot'], message: /--chat-id "ou_alice" does not have the expected form/ },
    { name: '--user-id of the wrong kind', args: ['--user-id', 'alice', '--as', 'user'], message: /--user-id "alice" does not have the expected form/, user: true },
    { name: '--start not a time', args: ['--chat-id', 'oc_general', '--start', 'the day before', '--as', 'bot'], message: /--start "the day before" is not a time this command understands/ },
    { name: '--end impossible date', args: ['--chat-id', 'oc_general', '--end', '2026-02-30', '--as', 'bot'], message: /--end "2026-02-30" is not a real date/ },
    { name: '--start after --end', args: ['--chat-id', 'oc_general', '--start', '2026-11-22', '--end', '2026-11-20', '--as', 'bot'], message: /--start is later than --end/ },
    { name: '--sort not asc/desc', args: ['--chat-id', 'oc_general', '--sort', 'newest', '--as', 'bot'], message: /--sort must be one of asc, desc/ },
    { name: '--page-size 0', args: ['--chat-id', 'oc_general', '--page-size', '0', '--as', 'bot'], message: /--page-size must be at least 1/ },
    { name: '--page-size 51', args: ['--chat-id', 'oc_general', '--page-size', '51', '--as', 'bot'], message: /--page-size must be at most 50/ },
    { name: '--page-size not a number', args: ['--chat-id', 'oc_general', '--page-size', 'ten', '--as', 'bot'], message: /--page-size must be a whole number/ },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      await expectRefused(env, list(...c.args), c.message, c.user ? { env: alice } : {});
    });
  }
});

describe('+chat-messages-list as the reference has it now: --order, --chat, --page-all, --no-reactions, relative times', () => {
  it('--order desc (the default) and asc; the hidden older --sort sends the same; --chat is --chat-id', async () => {
    const plain = planOf(await env.run(list('--chat-id', 'oc_general', '--as', 'bot', '--dry-run')));
    const desc = planOf(await env.run(list('--chat', 'oc_general', '--order', 'desc', '--as', 'bot', '--dry-run')));
    expect(desc[0]!.params).toEqual(plain[0]!.params);
    expect(desc[0]!.params).toMatchObject({ container_id: 'oc_general', sort_type: 'ByCreateTimeDesc' });
    const asc = planOf(await env.run(list('--chat-id', 'oc_general', '--order', 'asc', '--as', 'bot', '--dry-run')));
    const oldSpelling = planOf(await env.run(list('--chat-id', 'oc_general', '--sort', 'asc', '--as', 'bot', '--dry-run')));
    expect(asc[0]!.params).toMatchObject({ sort_type: 'ByCreateTimeAsc' });
    expect(oldSpelling[0]!.params).toEqual(asc[0]!.params);
    const help = await env.run(['im', '+chat-messages-list', '--help']);
    expect(help.stdout).toMatch(/^\s+--order asc\|desc/m);
    expect(help.stdout).not.toMatch(/^\s+--sort /m);
  });

  it('--start -2h --end now: a two-hour window in Unix seconds; yesterday is a whole day back', async () => {
    const recent = planOf(await env.run(list('--chat-id', 'oc_general', '--start', '-2h', '--end', 'now', '--as', 'bot', '--dry-run')))[0]!.params;
    expect(Number(recent.end_time) - Number(recent.start_time)).toBe(7200);
    expect(Math.abs(Number(recent.end_time) - Date.now() / 1000)).toBeLessThan(600);
    const since = planOf(await env.run(list('--chat-id', 'oc_general', '--start', 'yesterday', '--as', 'bot', '--dry-run')))[0]!.params;
    expect(Number(recent.end_time) - Number(since.start_time)).toBeGreaterThan(86_400 - 600);
    expect(Number(recent.end_time) - Number(since.start_time)).toBeLessThanOrEqual(2 * 86_400);
  });

  it('--page-all walks every page into one list; --page-limit stops early with a token and a [pagination] notice', async () => {
    const whole = dataOf(await env.run(list('--chat-id', 'oc_general', '--order', 'asc', '--no-reactions', '--as', 'bot')));
    expect(whole.messages.length).toBeGreaterThan(2);
    const since = await mark(env);
    const walked = dataOf(await env.run(list('--chat-id', 'oc_general', '--order', 'asc', '--page-size', '1', '--page-all', '--no-reactions', '--as', 'bot')));
    expect(walked.messages.map((m: { message_id: string }) => m.message_id)).toEqual(whole.messages.map((m: { message_id: string }) => m.message_id));
    expect(walked).toMatchObject({ has_more: false, page_token: '' });
    expect(ids(await since()).filter((m) => m === 'im.messages.list').length).toBeGreaterThanOrEqual(whole.messages.length);
    const cut = await env.run(list('--chat-id', 'oc_general', '--order', 'asc', '--page-size', '1', '--page-all', '--page-limit', '2', '--no-reactions', '--as', 'bot'));
    expect(dataOf(cut).messages.map((m: { message_id: string }) => m.message_id)).toEqual(whole.messages.slice(0, 2).map((m: { message_id: string }) => m.message_id));
    expect(dataOf(cut)).toMatchObject({ has_more: true, page_token: expect.any(String) });
    expect(cut.stderr).toMatch(/\[pagination\]/);
  });

  it('--no-reactions: no reactions lookup and no reactions field', async () => {
    const since = await mark(env);
    const d = dataOf(await env.run(list('--chat-id', 'oc_general', '--no-reactions', '--as', 'bot')));
    expect(ids(await since())).not.toContain('im.reactions.batch_query');
    expect(d.messages.some((m: object) => 'reactions' in m)).toBe(false);
    const withThem = dataOf(await env.run(list('--chat-id', 'oc_general', '--as', 'bot')));
    expect(withThem.messages.find((m: { message_id: string }) => m.message_id === 'om_welcome').reactions).toEqual([{ emoji_type: 'THUMBSUP', count: 1 }]);
  });
});
