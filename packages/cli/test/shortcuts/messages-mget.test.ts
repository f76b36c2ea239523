/** lark-cli im +messages-mget: end to end against the emulator, request shapes, and its rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupEnv, type Env } from '../helpers.js';
import { dataOf, expectRefused, ids, mark, planOf, queryOf, sendText, userEnv } from './read-support.js';

let env: Env;
let alice: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  alice = userEnv(env, 'ou_alice');
});
afterAll(async () => env?.close());

const mget = (...args: string[]) => ['im', '+messages-mget', ...args];

describe('+messages-mget end to end', () => {
  it('a message sent with the API command is fetched by id, in the order asked, with names (bot)', async () => {
    const id = await sendText(env, 'oc_project', 'fetched by mget');
    const since = await mark(env);
    const d = dataOf(await env.run(mget('--message-ids', `${id},om_hello,om_file`, '--as', 'bot')));
    expect(d.total).toBe(3);
    expect(d.messages.map((m: any) => m.message_id)).toEqual([id, 'om_hello', 'om_file']);
    expect(d.messages[0]).toMatchObject({ content: 'fetched by mget', chat_id: 'oc_project', sender: { id: 'cli_a7e3c9d15b2f4086', sender_type: 'app', name: 'Demo Bot', open_bot_id: 'ou_demobot' } });
    expect(d.messages[1].sender).toEqual({ id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' });
    expect(d.messages[2]).toMatchObject({ msg_type: 'file', content: '<file key="file_report" name="report.pdf"/>', sender: { id: 'ou_bob', sender_type: 'user', name: 'Bob Li' } });
    const calls = await since();
    // One mget; the names come with it (with_sender_name), so no contact lookup.
    expect(ids(calls)).toEqual(['im.messages.mget', 'im.reactions.batch_query']);
  });

  it('as the user, names come from the platform as well', async () => {
    const id = await sendText(env, 'oc_general', 'Alice wrote this', { env: alice, as: 'user' });
    const since = await mark(env);
    const d = dataOf(await env.run(mget('--message-ids', `${id},om_reply1`, '--as', 'user'), { env: alice }));
    expect(d.messages[0]).toMatchObject({ message_id: id, content: 'Alice wrote this', sender: { id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' } });
    expect(d.messages[1].sender.name).toBe('Bob Li');
    const calls = await since();
    expect(ids(calls).filter((id) => id?.startsWith('contact.'))).toEqual([]);
  });

  it('expands the thread a message starts; a reply keeps its thread_id', async () => {
    const d = dataOf(await env.run(mget('--message-ids', 'om_welcome', '--as', 'bot')));
    expect(d.messages).toEqual([
      expect.objectContaining({
        message_id: 'om_welcome',
        thread_id: 'omt_welcome',
        thread_has_more: false,
        thread_replies: [expect.objectContaining({ message_id: 'om_reply1', sender: { id: 'ou_bob', sender_type: 'user', name: 'Bob Li' } })],
      }),
    ]);
  });

  it('renders images and cards; ids that cannot be returned are listed and warned about', async () => {
    const r = await env.run(mget('--message-ids', 'om_image,om_card,om_nothing_here', '--as', 'bot'));
    const d = dataOf(r);
    expect(d.total).toBe(2);
    expect(d.missing_ids).toEqual(['om_nothing_here']);
    expect(r.stderr).toMatch(/warning: 1 of 3 message\(s\) could not be returned .*: om_nothing_here/);
    expect(d.messages[0].content).toBe('[Image: img_logo]');
    // A card reads as its title and text, not as the raw card JSON.
    expect(d.messages[1].content).toBe('# Deploy status\n**Running**: version 1.4 is rolling out');
  });

  it('a recalled message: empty content and deleted in JSON, a notice in the table', async () => {
    const id = await sendText(env, 'oc_project', 'oops, wrong chat');
    const del = await env.run(['im', 'messages', 'delete', '--message-id', id, '--yes', '--as', 'bot']);
    expect(del.code, del.stderr).toBe(0);
    const d = dataOf(await env.run(mget('--message-ids', id, '--as', 'bot')));
    expect(d.messages[0]).toMatchObject({ message_id: id, content: '', deleted: true });
    const t = await env.run(mget('--message-ids', id, '--format', 'table', '--as', 'bot'));
    expect(t.stdout).toMatch(/\[This message was recalled\]/);
  });

  it('table and ndjson', async () => {
    const t = await env.run(mget('--message-ids', 'om_hello,om_image', '--format', 'table', '--as', 'bot'));
    expect(t.code).toBe(0);
    const lines = t.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/Alice Chen\s+text\s+Hello team\s+om_hello/);
    expect(lines[2]).toMatch(/Alice Chen\s+image\s+\[Image: img_logo\]\s+om_image/);
    const nd = await env.run(mget('--message-ids', 'om_hello,om_image', '--format', 'ndjson', '--as', 'bot'));
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).message_id)).toEqual(['om_hello', 'om_image']);
  });
});

describe('+messages-mget --dry-run', () => {
  it('one GET im/v1/messages/mget with repeated message_ids and raw cards; duplicates dropped', async () => {
    const since = await mark(env);
    const plan = planOf(await env.run(mget('--message-ids', 'om_a, om_b,om_a', '--message-ids', 'om_c', '--as', 'bot', '--dry-run')));
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ method: 'GET', body: null, identity: 'bot' });
    expect(plan[0]!.url).toBe(`${env.emu.url}/open-apis/im/v1/messages/mget?message_ids=om_a&message_ids=om_b&message_ids=om_c&card_msg_content_type=raw_card_content&with_sender_name=true`);
    expect(queryOf(plan[0]!.url)).toEqual([
      ['message_ids', 'om_a'],
      ['message_ids', 'om_b'],
      ['message_ids', 'om_c'],
      ['card_msg_content_type', 'raw_card_content'],
      ['with_sender_name', 'true'],
    ]);
    expect(await since()).toEqual([]);
  });

  it('50 ids still go in one call', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `om_${i}`);
    const plan = planOf(await env.run(mget('--message-ids', fifty.join(','), '--as', 'user', '--dry-run')));
    expect(plan).toHaveLength(1);
    expect(queryOf(plan[0]!.url).filter(([k]) => k === 'message_ids').map(([, v]) => v)).toEqual(fifty);
    expect(plan[0]!.identity).toBe('user');
  });
});

describe('+messages-mget rules (exit 2, nothing sent)', () => {
  const cases: { name: string; args: string[]; message: RegExp }[] = [
    { name: 'no --message-ids', args: ['--as', 'bot'], message: /needs --message-ids/ },
    { name: 'more than 50 ids', args: ['--message-ids', Array.from({ length: 51 }, (_, i) => `om_${i}`).join(','), '--as', 'bot'], message: /--message-ids takes at most 50 values, got 51/ },
    { name: 'an id of the wrong kind', args: ['--message-ids', 'om_ok,oc_general', '--as', 'bot'], message: /each value of --message-ids "oc_general" does not have the expected form/ },
    { name: 'only commas', args: ['--message-ids', ',,', '--as', 'bot'], message: /--message-ids needs at least one value/ },
    { name: 'an unknown format', args: ['--message-ids', 'om_hello', '--format', 'xml', '--as', 'bot'], message: /--format must be one of/ },
  ];
  for (const c of cases) it(c.name, async () => expectRefused(env, mget(...c.args), c.message));
});

describe('+messages-mget reactions', () => {
  it('each message carries its reaction counts; --no-reactions skips the lookup', async () => {
    const first = await mark(env);
    const d = dataOf(await env.run(mget('--message-ids', 'om_welcome,om_hello', '--as', 'bot')));
    expect(d.messages[0].reactions).toEqual([{ emoji_type: 'THUMBSUP', count: 1 }]);
    expect(d.messages[1].reactions).toBeUndefined();
    expect(ids(await first())).toContain('im.reactions.batch_query');
    const second = await mark(env);
    const plain = dataOf(await env.run(mget('--message-ids', 'om_welcome', '--no-reactions', '--as', 'bot')));
    expect(plain.messages[0].reactions).toBeUndefined();
    expect(ids(await second())).not.toContain('im.reactions.batch_query');
  });
});
