/**
 * The shared read pipeline (lib/names.ts, lib/threads.ts, lib/messages.ts) against a scripted
 * ShortcutContext: name batches of 10 (user) and 50 (bot), mentions first, failed lookups,
 * thread expansion with its caps (50 per thread, 500 per run) and failed threads, batched mget.
 */
import { describe, expect, it } from 'vitest';
import type { RawMessage } from '@larkgen/im-content';
import type { ShortcutContext } from '../../src/shortcuts/types.js';
import { messageRows, mgetMessages, readableMessages } from '../../src/shortcuts/im/lib/messages.js';
import { timeFlags } from '../../src/shortcuts/im/lib/time-flags.js';
import { resolveNames } from '../../src/shortcuts/im/lib/names.js';
import { fetchThreads } from '../../src/shortcuts/im/lib/threads.js';
import { MAX_MERGED, fetchMerged } from '../../src/shortcuts/im/lib/merged.js';
import { CliError } from '../../src/core/errors.js';

interface Call {
  id: string;
  req: { path?: Record<string, string>; params?: Record<string, unknown>; data?: Record<string, unknown> };
}

function fakeCtx(identity: 'user' | 'bot', answer: (c: Call) => unknown, flags: Record<string, unknown> = {}) {
  const calls: Call[] = [];
  const warnings: string[] = [];
  const ctx = {
    identity,
    dryRun: false,
    flags,
    given: new Set(Object.keys(flags)),
    format: 'json',
    session: { settings: { brand: 'feishu' } },
    warn: (t: string) => warnings.push(t),
    progress: () => {},
    call: async (id: string, req: Call['req']) => {
      const c = { id, req };
      calls.push(c);
      const a = answer(c);
      if (a instanceof Error) throw a;
      return a;
    },
  } as unknown as ShortcutContext;
  return { ctx, calls, warnings };
}

const msg = (id: string, sender: string, extra: Partial<RawMessage> = {}): RawMessage => ({
  message_id: id,
  msg_type: 'text',
  create_time: '1795000000000',
  chat_id: 'oc_x',
  sender: { id: sender, id_type: sender.startsWith('ou_') ? 'open_id' : 'app_id', sender_type: sender.startsWith('ou_') ? 'user' : 'app' },
  body: { content: JSON.stringify({ text: `text of ${id}` }) },
  ...extra,
});

const users = (n: number) => Array.from({ length: n }, (_, i) => `ou_u${i}`);

describe('sender names', () => {
  it('user identity: contact.users.basic_batch, 10 ids a call, user_id_type=open_id', async () => {
    const { ctx, calls } = fakeCtx('user', (c) => ({ users: (c.req.data!.user_ids as string[]).map((id) => ({ user_id: id, name: `Name ${id}` })) }));
    const names = await resolveNames(ctx, users(25).map((u, i) => msg(`om_${i}`, u)));
    expect(calls.map((c) => [c.id, c.req.params, (c.req.data!.user_ids as string[]).length])).toEqual([
      ['contact.users.basic_batch', { user_id_type: 'open_id' }, 10],
      ['contact.users.basic_batch', { user_id_type: 'open_id' }, 10],
      ['contact.users.basic_batch', { user_id_type: 'open_id' }, 5],
    ]);
    expect(names.size).toBe(25);
    expect(names.get('ou_u24')).toBe('Name ou_u24');
  });

  it('bot identity: GET contact.users.batch, 50 ids a call as repeated user_ids', async () => {
    const { ctx, calls } = fakeCtx('bot', (c) => ({ items: (c.req.params!.user_ids as string[]).map((id) => ({ open_id: id, name: `N${id}` })) }));
    const names = await resolveNames(ctx, users(60).map((u, i) => msg(`om_${i}`, u)));
    expect(calls.map((c) => [c.id, c.req.params!.user_id_type, (c.req.params!.user_ids as string[]).length, c.req.data])).toEqual([
      ['contact.users.batch', 'open_id', 50, undefined],
      ['contact.users.batch', 'open_id', 10, undefined],
    ]);
    expect(names.get('ou_u59')).toBe('Nou_u59');
  });

  it('mentions come first; bots and repeated senders are not looked up', async () => {
    const { ctx, calls } = fakeCtx('user', (c) => ({ users: (c.req.data!.user_ids as string[]).map((id) => ({ user_id: id, name: 'Looked up' })) }));
    const raw = [
      msg('om_1', 'ou_alice', { mentions: [{ key: '@_user_1', id: 'ou_bob', id_type: 'open_id', name: 'Bob from a mention' }] }),
      msg('om_2', 'ou_bob'),
      msg('om_3', 'cli_a7e3c9d15b2f4086'),
      msg('om_4', 'ou_alice'),
    ];
    const names = await resolveNames(ctx, raw);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.req.data).toEqual({ user_ids: ['ou_alice'] });
    expect(names.get('ou_bob')).toBe('Bob from a mention');
    expect(names.get('ou_alice')).toBe('Looked up');
  });

  it('a failed batch leaves those open_ids, keeps the others, and warns once', async () => {
    let n = 0;
    const { ctx, warnings } = fakeCtx('user', (c) => (n++ === 0 ? new CliError('permission', 'no contact scope') : { users: (c.req.data!.user_ids as string[]).map((id) => ({ user_id: id, name: 'ok' })) }));
    const out = await readableMessages(ctx, users(12).map((u, i) => msg(`om_${i}`, u)), { expandThreads: false, reactions: false });
    expect(out.filter((m) => m.sender.name === undefined)).toHaveLength(10);
    expect(out.filter((m) => m.sender.name === 'ok')).toHaveLength(2);
    expect(out[0]!.sender).toEqual({ id: 'ou_u0', sender_type: 'user' });
    expect(warnings).toEqual([expect.stringContaining('no contact scope')]);
  });
});

describe('thread expansion', () => {
  /** A thread list answer: the root then `replies` replies, cut to page_size. */
  const threadAnswer = (replies: (tid: string) => number) => (c: Call) => {
    if (c.id !== 'im.messages.list') return { users: [], items: [] };
    const tid = c.req.params!.container_id as string;
    const all = [msg(`om_root_${tid}`, 'ou_a', { thread_id: tid }), ...Array.from({ length: replies(tid) }, (_, i) => msg(`om_${tid}_r${i}`, 'ou_b', { thread_id: tid, parent_id: `om_root_${tid}` }))];
    const size = c.req.params!.page_size as number;
    return { items: all.slice(0, size), has_more: all.length > size };
  };

  it('each distinct thread is listed oldest first, 50 a page, cards raw', async () => {
    const { ctx, calls } = fakeCtx('bot', threadAnswer(() => 2));
    const raw = [msg('om_root_omt_1', 'ou_a', { thread_id: 'omt_1' }), msg('om_plain', 'ou_a'), msg('om_root_omt_2', 'ou_a', { thread_id: 'omt_2' }), msg('om_again', 'ou_a', { thread_id: 'omt_1' })];
    const fetched = await fetchThreads(ctx, raw);
    expect(calls.map((c) => c.req.params)).toEqual([
      { container_id_type: 'thread', container_id: 'omt_1', sort_type: 'ByCreateTimeAsc', page_size: 50, card_msg_content_type: 'raw_card_content', with_sender_name: true },
      { container_id_type: 'thread', container_id: 'omt_2', sort_type: 'ByCreateTimeAsc', page_size: 50, card_msg_content_type: 'raw_card_content', with_sender_name: true },
    ]);
    expect([...fetched.keys()]).toEqual(['omt_1', 'omt_2']);
  });

  it('at most 50 replies per thread and 500 in the run; later threads are flagged, not fetched', async () => {
    const { ctx, calls } = fakeCtx('bot', threadAnswer(() => 80));
    const raw = Array.from({ length: 14 }, (_, i) => msg(`om_root_omt_${i}`, 'ou_a', { thread_id: `omt_${i}` }));
    const out = await readableMessages(ctx, raw, { expandThreads: true });
    const lists = calls.filter((c) => c.id === 'im.messages.list');
    // A full page is the root and 49 replies: 10 threads give 490, the 11th is asked for the root
    // and the 10 replies left; the last 3 threads are not fetched at all.
    expect(lists.map((c) => c.req.params!.page_size)).toEqual([...Array(10).fill(50), 11]);
    const total = out.reduce((n, m) => n + (m.thread_replies?.length ?? 0), 0);
    expect(total).toBe(500);
    expect(out.every((m) => (m.thread_replies?.length ?? 0) <= 50)).toBe(true);
    expect(out[0]).toMatchObject({ thread_has_more: true });
    expect(out[0]!.thread_replies![0]).toMatchObject({ message_id: 'om_omt_0_r0', sender: { id: 'ou_b' } });
    expect(out[0]!.thread_replies![0]).not.toHaveProperty('thread_replies');
    expect(out[13]).toMatchObject({ thread_replies: [], thread_has_more: true });
  });

  it('the page size shrinks to what is left of the run', async () => {
    const { ctx, calls } = fakeCtx('bot', threadAnswer(() => 30));
    const raw = Array.from({ length: 20 }, (_, i) => msg(`om_root_omt_${i}`, 'ou_a', { thread_id: `omt_${i}` }));
    await fetchThreads(ctx, raw);
    // 16 threads × 30 replies = 480; 20 are left: the root and 20 replies, then nothing.
    expect(calls.map((c) => c.req.params!.page_size)).toEqual([...Array(16).fill(50), 21]);
  });

  it('a thread that cannot be read gets thread_replies_error; the others are expanded', async () => {
    const ok = threadAnswer(() => 1);
    const { ctx } = fakeCtx('bot', (c) => (c.req.params?.container_id === 'omt_bad' ? new CliError('api', 'thread hidden') : ok(c)));
    const out = await readableMessages(ctx, [msg('om_root_omt_bad', 'ou_a', { thread_id: 'omt_bad' }), msg('om_root_omt_ok', 'ou_a', { thread_id: 'omt_ok' })], { expandThreads: true });
    expect(out[0]).toMatchObject({ thread_replies_error: true });
    expect(out[0]).not.toHaveProperty('thread_replies');
    expect(out[1]).toMatchObject({ thread_has_more: false, thread_replies: [expect.objectContaining({ message_id: 'om_omt_ok_r0' })] });
  });

  it('rows: replies right under their root, marked in tables', async () => {
    const { ctx } = fakeCtx('bot', threadAnswer(() => 1));
    const out = await readableMessages(ctx, [msg('om_root_omt_1', 'ou_a', { thread_id: 'omt_1' })], { expandThreads: true });
    const rows = messageRows(out, 'table') as { content: string; message_id: string }[];
    expect(rows.map((r) => [r.message_id, r.content])).toEqual([
      ['om_root_omt_1', 'text of om_root_omt_1'],
      ['om_omt_1_r0', '↳ text of om_omt_1_r0'],
    ]);
    expect(messageRows(out, 'ndjson')).toEqual(out);
  });
});

describe('mget batches and time flags', () => {
  it('mget asks 50 ids a call and returns the messages in the order asked', async () => {
    const { ctx, calls } = fakeCtx('user', (c) => ({ items: [...(c.req.params!.message_ids as string[])].reverse().map((id) => msg(id, 'ou_a')) }));
    const ids = Array.from({ length: 120 }, (_, i) => `om_${i}`);
    const out = await mgetMessages(ctx, ids);
    expect(calls.map((c) => [(c.req.params!.message_ids as string[]).length, c.req.params!.card_msg_content_type])).toEqual([
      [50, 'raw_card_content'],
      [50, 'raw_card_content'],
      [20, 'raw_card_content'],
    ]);
    expect(out.map((m) => m.message_id)).toEqual(ids);
  });

  it('--start/--end errors are input errors naming the flag', () => {
    const { ctx } = fakeCtx('bot', () => ({}), { start: '2026-13-01' });
    expect(() => timeFlags(ctx)).toThrow(CliError);
    try {
      timeFlags(ctx);
    } catch (e) {
      expect(e).toMatchObject({ kind: 'validation', message: expect.stringContaining('--start "2026-13-01"') });
    }
  });
});

describe('merged forwards', () => {
  const mf = (id: string, extra: Partial<RawMessage> = {}) => msg(id, 'cli_bot', { msg_type: 'merge_forward', body: { content: 'Merged and Forwarded Message' }, ...extra });
  const held = (holder: string) => [
    mf(holder),
    msg(`${holder}_a`, 'ou_ann', { upper_message_id: holder, sender: { id: 'ou_ann', id_type: 'open_id', sender_type: 'user', sender_name: 'Ann' } }),
    msg(`${holder}_b`, 'ou_zed', { upper_message_id: holder }),
  ];

  it('each merged forward is read once with im.messages.get; its messages are rendered inside it with names', async () => {
    const { ctx, calls } = fakeCtx('user', (c) => {
      if (c.id === 'im.messages.get') return { items: held(c.req.path!.message_id!) };
      if (c.id === 'contact.users.basic_batch') return { users: [{ user_id: 'ou_zed', name: 'Zed' }] };
      return {};
    });
    const out = await readableMessages(ctx, [mf('om_mf'), msg('om_plain', 'ou_ann'), mf('om_gone', { deleted: true })], { expandThreads: false, reactions: false });
    expect(calls.map((c) => [c.id, c.req.path, c.req.params])).toEqual([
      ['im.messages.get', { message_id: 'om_mf' }, { card_msg_content_type: 'raw_card_content', with_sender_name: true }],
      ['contact.users.basic_batch', undefined, { user_id_type: 'open_id' }],
    ]);
    expect(out[0]!.content.split('\n')).toEqual(['[Merged forward: 2 messages]', `Ann (${out[0]!.create_time}): text of om_mf_a`, `Zed (${out[0]!.create_time}): text of om_mf_b`]);
    expect(out[0]!.merged_messages!.map((m) => m.message_id)).toEqual(['om_mf_a', 'om_mf_b']);
    expect(out[0]!.message_app_link).toBe('https://applink.feishu.cn/client/chat/open?openChatId=oc_x');
    expect(out[2]).toMatchObject({ deleted: true, content: '' });
  });

  it('a forward that cannot be read stays a placeholder, with one warning', async () => {
    const { ctx, warnings } = fakeCtx('bot', (c) => (c.id === 'im.messages.get' ? new CliError('api', 'no access') : {}));
    const out = await readableMessages(ctx, [mf('om_1'), mf('om_2')], { expandThreads: false, reactions: false });
    expect(out.map((m) => m.content)).toEqual(['[Merged forward]', '[Merged forward]']);
    expect(warnings).toEqual(['2 merged forward(s) could not be read and are shown unexpanded (om_1: no access)']);
  });

  it(`at most ${MAX_MERGED} are read per run, with a warning naming the rest`, async () => {
    const { ctx, calls, warnings } = fakeCtx('bot', (c) => ({ items: held(c.req.path!.message_id!) }));
    const merged = await fetchMerged(ctx, Array.from({ length: MAX_MERGED + 3 }, (_, i) => mf(`om_${i}`)));
    expect(calls).toHaveLength(MAX_MERGED);
    expect(merged.size).toBe(MAX_MERGED);
    expect(warnings[0]).toMatch(/^23 merged forwards found; only the first 20 are expanded/);
  });
});
