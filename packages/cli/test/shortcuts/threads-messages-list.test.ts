/** lark-cli im +threads-messages-list: end to end against the emulator, request shapes, and its rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { dataOf, expectRefused, ids, mark, planOf, queryOf, sendText, userEnv } from './read-support.js';
import { methodsSince } from './send-fixtures.js';

let env: Env;
let alice: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  alice = userEnv(env, 'ou_alice');
});
afterAll(async () => env?.close());

const threads = (...args: string[]) => ['im', '+threads-messages-list', ...args];

/** Replies in the thread of `parent` with the API command; returns the reply's id and thread id. */
async function replyInThread(parent: string, text: string, o: { env?: Record<string, string>; as?: 'bot' | 'user' } = {}): Promise<{ id: string; thread: string }> {
  const r = await env.run(
    ['im', 'messages', 'reply', '--message-id', parent, '--msg-type', 'text', '--content', JSON.stringify({ text }), '--reply-in-thread', '--as', o.as ?? 'bot'],
    o.env ? { env: o.env } : {},
  );
  expect(r.code, r.stderr).toBe(0);
  const d = json(r).data;
  return { id: d.message_id, thread: d.thread_id };
}

describe('+threads-messages-list end to end', () => {
  it('a threaded reply is listed, by the root message id and by the thread id (bot)', async () => {
    const root = await sendText(env, 'oc_project', 'root of a new thread');
    const reply = await replyInThread(root, 'first reply, in the thread');
    expect(reply.thread).toMatch(/^omt_/);

    const since = await mark(env);
    const d = dataOf(await env.run(threads('--thread', root, '--as', 'bot')));
    expect(d.thread_id).toBe(reply.thread);
    expect(d.messages.map((m: any) => m.message_id)).toEqual([root, reply.id]);
    expect(d.messages[1]).toMatchObject({ content: 'first reply, in the thread', thread_id: reply.thread, sender: { id: 'cli_a7e3c9d15b2f4086', sender_type: 'app' } });
    expect(d).toMatchObject({ total: 2, has_more: false, page_token: '' });
    expect(ids(await since())).toEqual(['im.messages.get', 'im.messages.list', 'im.reactions.batch_query']);

    const since2 = await mark(env);
    const byThread = dataOf(await env.run(threads('--thread', reply.thread, '--sort', 'desc', '--as', 'bot')));
    expect(byThread.messages.map((m: any) => m.message_id)).toEqual([reply.id, root]);
    expect(ids(await since2())).toEqual(['im.messages.list', 'im.reactions.batch_query']);
  });

  it('names of users and bots come from the platform, as the user and as the bot; no nested expansion', async () => {
    const reply = await replyInThread('om_hello', 'Alice answers in the thread', { env: alice, as: 'user' });
    const sinceUser = await mark(env);
    const asUser = dataOf(await env.run(threads('--thread', 'om_hello', '--as', 'user'), { env: alice }));
    expect(asUser.messages.map((m: any) => [m.message_id, m.sender.name])).toEqual([
      ['om_hello', 'Alice Chen'],
      [reply.id, 'Alice Chen'],
    ]);
    expect(asUser.messages[0]).not.toHaveProperty('thread_replies');
    expect(ids(await sinceUser())).toEqual(['im.messages.get', 'im.messages.list', 'im.reactions.batch_query']);

    const sinceBot = await mark(env);
    const asBot = dataOf(await env.run(threads('--thread', 'omt_welcome', '--as', 'bot')));
    expect(asBot.messages.map((m: any) => [m.message_id, m.sender.name ?? m.sender.id])).toEqual([
      ['om_welcome', 'Demo Bot'],
      ['om_reply1', 'Bob Li'],
    ]);
    expect(ids(await sinceBot())).toEqual(['im.messages.list', 'im.reactions.batch_query']);
  });

  it('paging with --page-size and --page-token', async () => {
    const root = await sendText(env, 'oc_general', 'a long thread');
    for (let i = 1; i <= 3; i++) await replyInThread(root, `reply ${i}`);
    const p1 = dataOf(await env.run(threads('--thread', root, '--page-size', '2', '--as', 'bot')));
    expect(p1.messages.map((m: any) => m.content)).toEqual(['a long thread', 'reply 1']);
    expect(p1.has_more).toBe(true);
    const p2 = dataOf(await env.run(threads('--thread', root, '--page-size', '2', '--page-token', p1.page_token, '--as', 'bot')));
    expect(p2.messages.map((m: any) => m.content)).toEqual(['reply 2', 'reply 3']);
  });

  it('a root message outside any thread: exit 1 with what to do instead', async () => {
    const r = await env.run(threads('--thread', 'om_image', '--as', 'bot'));
    expect(r.code).toBe(1);
    expect(errorOf(r).error).toMatchObject({ type: 'not_found', message: 'Message om_image is not part of any thread, so there is no thread to list.' });
    expect(errorOf(r).error.hint).toContain('+messages-mget --message-ids om_image');
  });

  it('table output lists the thread', async () => {
    const t = await env.run(threads('--thread', 'omt_welcome', '--format', 'table', '--as', 'bot'));
    const lines = t.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+SENDER\s+TYPE\s+CONTENT\s+MESSAGE_ID\s+THREAD_ID$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[3])).toEqual(['Welcome to General!', 'Thanks, glad to be here']);
  });
});

describe('+threads-messages-list --dry-run', () => {
  it('a thread id: one GET im/v1/messages with container_id_type=thread', async () => {
    const since = await mark(env);
    const plan = planOf(await env.run(threads('--thread', 'omt_welcome', '--page-size', '10', '--page-token', 'p2', '--as', 'bot', '--dry-run')));
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ method: 'GET', body: null, identity: 'bot' });
    expect(new URL(plan[0]!.url).pathname).toBe('/open-apis/im/v1/messages');
    expect(queryOf(plan[0]!.url)).toEqual([
      ['container_id_type', 'thread'],
      ['container_id', 'omt_welcome'],
      ['sort_type', 'ByCreateTimeAsc'],
      ['card_msg_content_type', 'raw_card_content'],
      ['with_sender_name', 'true'],
      ['page_size', '10'],
      ['page_token', 'p2'],
    ]);
    expect(await since()).toEqual([]);
  });

  it('a root message id: GET the message first, then the list with `<thread_id of om_…>`', async () => {
    const plan = planOf(await env.run(threads('--thread', 'om_welcome', '--sort', 'desc', '--as', 'user', '--dry-run')));
    expect(plan).toHaveLength(2);
    expect(plan[0]).toMatchObject({ method: 'GET', url: `${env.emu.url}/open-apis/im/v1/messages/om_welcome`, params: { message_id: 'om_welcome' }, body: null, identity: 'user' });
    expect(plan[1]!.params).toEqual({
      container_id_type: 'thread',
      container_id: '<thread_id of om_welcome>',
      sort_type: 'ByCreateTimeDesc',
      page_size: 50,
      card_msg_content_type: 'raw_card_content',
      with_sender_name: true,
    });
  });
});

describe('+threads-messages-list rules (exit 2, nothing sent)', () => {
  const cases: { name: string; args: string[]; message: RegExp }[] = [
    { name: 'no --thread', args: ['--as', 'bot'], message: /needs --thread/ },
    { name: '--thread of the wrong kind', args: ['--thread', 'oc_general', '--as', 'bot'], message: /--thread "oc_general" does not have the expected form/ },
    { name: '--thread with a path character', args: ['--thread', 'om_a/../b', '--as', 'bot'], message: /--thread "om_a\/..\/b" is not a thread id/ },
    { name: '--sort not asc/desc', args: ['--thread', 'omt_welcome', '--sort', 'up', '--as', 'bot'], message: /--sort must be one of asc, desc/ },
    { name: '--page-size 0', args: ['--thread', 'omt_welcome', '--page-size', '0', '--as', 'bot'], message: /--page-size must be at least 1/ },
    { name: '--page-size 501', args: ['--thread', 'omt_welcome', '--page-size', '501', '--as', 'bot'], message: /--page-size must be at most 500/ },
    { name: '--order and --sort', args: ['--thread', 'omt_welcome', '--order', 'asc', '--sort', 'desc', '--as', 'bot'], message: /Give the order once/ },
  ];
  for (const c of cases) it(c.name, async () => expectRefused(env, threads(...c.args), c.message));
});

describe('+threads-messages-list: --order, --thread-id, pages above 50', () => {
  it('--order desc and the hidden older --sort desc send the same sort; --thread-id is --thread', async () => {
    const a = planOf(await env.run(threads('--thread-id', 'omt_welcome', '--order', 'desc', '--as', 'bot', '--dry-run')));
    const b = planOf(await env.run(threads('--thread', 'omt_welcome', '--sort', 'desc', '--as', 'bot', '--dry-run')));
    expect(a[0]!.params).toMatchObject({ container_id: 'omt_welcome', sort_type: 'ByCreateTimeDesc' });
    expect(b[0]!.params).toEqual(a[0]!.params);
    const help = await env.run(['im', '+threads-messages-list', '--help']);
    expect(help.stdout).toContain('--order');
    expect(help.stdout).not.toMatch(/^\s+--sort /m);
  });

  it('--page-size 120 is served 50 per request as one page of 120', async () => {
    const chat = json(await env.run(['im', '+chat-create', '--name', 'Busy thread'])).data.chat_id as string;
    const root = json(await env.run(['im', '+messages-send', '--chat-id', chat, '--text', 'root'])).data.message_id as string;
    const auth = (await (await fetch(`${env.emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: 'cli_demo', app_secret: 'demo-app-secret' }),
    })).json()) as { tenant_access_token: string };
    for (let i = 0; i < 130; i++) {
      await fetch(`${env.emu.url}/open-apis/im/v1/messages/${root}/reply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${auth.tenant_access_token}` },
        body: JSON.stringify({ msg_type: 'text', content: JSON.stringify({ text: `reply ${i}` }), reply_in_thread: true }),
      });
    }
    const before = await env.lastRequestId();
    const r = json(await env.run(threads('--thread', root, '--page-size', '120', '--as', 'bot')));
    expect(r.data.messages.length).toBe(120);
    expect(r.data.has_more).toBe(true);
    const lists = (await methodsSince(env, before)).filter((m) => m === 'im.messages.list');
    expect(lists.length).toBe(3);
    const rest = json(await env.run(threads('--thread', root, '--page-size', '120', '--page-token', r.data.page_token, '--as', 'bot')));
    expect(rest.data.messages.length).toBe(11);
    expect(rest.data.has_more).toBe(false);
  });
});
