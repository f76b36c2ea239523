import { describe, expect, it } from 'vitest';
import {
  NAME_BATCH_SIZE,
  THREAD_CAPS,
  attachThreadReplies,
  chunk,
  idsNeedingNames,
  sharedChatIds,
  mergeNames,
  nameLookupBatches,
  namesFromContactResponse,
  namesFromMentions,
  threadFetchSize,
  threadsToExpand,
  type ThreadFetch,
} from './names.js';
import type { RawMessage } from './render.js';

const msg = (id: string, sender: string, extra: Partial<RawMessage> = {}): RawMessage => ({
  message_id: id,
  sender: { id: sender, sender_type: sender.startsWith('cli_') ? 'app' : 'user' },
  ...extra,
});

describe('chunk', () => {
  it.each([
    [[], 3, []],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3, 4], 3, [[1, 2, 3], [4]]],
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
  ])('%j by %d', (items, size, expected) => {
    expect(chunk(items, size)).toEqual(expected);
  });
  it.each([0, -1, 1.5])('refuses size %d', (size) => {
    expect(() => chunk([1], size)).toThrow(RangeError);
  });
});

describe('names from mentions and senders', () => {
  const messages: RawMessage[] = [
    msg('om_1', 'ou_a', { mentions: [{ key: '@_user_1', id: 'ou_b', name: 'Bea' }] }),
    msg('om_2', 'ou_b'),
    msg('om_3', 'ou_c', { mentions: [{ key: '@_user_1', id: { open_id: 'ou_d' }, name: 'Dan' }, { key: '@_user_2', id: 'ou_e', name: '' }] }),
    msg('om_4', 'cli_bot'),
    msg('om_5', 'ou_a'),
    msg('om_6', 'ou_f', { sender: { id: 'ou_f', sender_type: 'user', sender_name: 'Fay' } }),
    msg('om_7', 'ou_g', { sender: { id: 'ou_g', sender_type: 'anonymous' } }),
    msg('om_8', 'on_union'),
    {},
  ];

  it('namesFromMentions collects mention and sender names (first wins)', () => {
    expect([...namesFromMentions(messages)]).toEqual([
      ['ou_b', 'Bea'],
      ['ou_d', 'Dan'],
      ['ou_f', 'Fay'],
    ]);
  });

  it('idsNeedingNames skips known ids, apps, non-users and non-open_ids', () => {
    expect(idsNeedingNames(messages, namesFromMentions(messages))).toEqual(['ou_a', 'ou_c']);
    expect(idsNeedingNames(messages)).toEqual(['ou_a', 'ou_b', 'ou_c', 'ou_f']);
  });

  it('idsNeedingNames adds the contact a share_user message shows (not when recalled)', () => {
    const shared = [
      { sender: { id: 'cli_1', sender_type: 'app' }, msg_type: 'share_user', body: { content: '{"user_id":"ou_shared"}' } },
      { sender: { id: 'cli_1', sender_type: 'app' }, msg_type: 'share_user', deleted: true, body: { content: '{"user_id":"ou_gone"}' } },
      { sender: { id: 'cli_1', sender_type: 'app' }, msg_type: 'share_user', body: { content: 'not json' } },
    ];
    expect(idsNeedingNames(shared)).toEqual(['ou_shared']);
  });

  it('sharedChatIds: the chats share_chat messages show, each once, not when recalled or malformed', () => {
    const share = (chat: string, extra: object = {}) => ({ msg_type: 'share_chat', body: { content: JSON.stringify({ chat_id: chat }) }, ...extra });
    expect(sharedChatIds([share('oc_a'), share('oc_b'), share('oc_a'), share('oc_gone', { deleted: true }), share('ou_not_a_chat'), { msg_type: 'share_chat', body: { content: '{' } }, { msg_type: 'text', body: { content: '{"chat_id":"oc_x"}' } }])).toEqual(['oc_a', 'oc_b']);
  });
});

describe('nameLookupBatches', () => {
  const ids = Array.from({ length: 23 }, (_, i) => `ou_${i}`);
  it.each([
    ['user', [10, 10, 3]],
    ['bot', [23]],
  ] as const)('%s identity → batch sizes %j', (identity, sizes) => {
    expect(nameLookupBatches(ids, identity).map((b) => b.length)).toEqual(sizes);
  });
  it('uses 10 and 50', () => {
    expect(NAME_BATCH_SIZE).toEqual({ user: 10, bot: 50 });
    expect(nameLookupBatches(Array.from({ length: 120 }, (_, i) => `ou_${i}`), 'bot').map((b) => b.length)).toEqual([50, 50, 20]);
  });
});

describe('namesFromContactResponse', () => {
  const cases: Array<[string, unknown, Array<[string, string]>]> = [
    ['users/basic_batch', { users: [{ user_id: 'ou_a', name: 'Ann' }, { user_id: 'ou_b', name: '', i18n_name: { en_us: 'Bob' } }] }, [['ou_a', 'Ann'], ['ou_b', 'Bob']]],
    ['users/batch', { items: [{ open_id: 'ou_c', user_id: 'u1', name: 'Cy' }] }, [['ou_c', 'Cy']]],
    ['entries without a name are skipped', { users: [{ user_id: 'ou_a' }, null, 'x'] }, []],
    ['no data', undefined, []],
    ['an unexpected shape', { something: [] }, []],
  ];
  it.each(cases)('%s', (_name, data, expected) => {
    expect([...namesFromContactResponse(data)]).toEqual(expected);
  });
});

describe('mergeNames', () => {
  it('keeps the first name for an id', () => {
    expect([...mergeNames(new Map([['a', '1']]), new Map([['a', '2'], ['b', '3']]))]).toEqual([
      ['a', '1'],
      ['b', '3'],
    ]);
  });
});

describe('thread expansion', () => {
  type M = { message_id: string; thread_id?: string };
  const replies = (tid: string, n: number): M[] => Array.from({ length: n }, (_, i) => ({ message_id: `${tid}_r${i}`, thread_id: tid }));

  it('threadsToExpand lists distinct thread ids in order', () => {
    expect(threadsToExpand([{ thread_id: 'omt_2' }, {}, { thread_id: 'omt_1' }, { thread_id: 'omt_2' }])).toEqual(['omt_2', 'omt_1']);
  });

  it.each([
    [0, 50],
    [449, 50],
    [460, 40],
    [500, 0],
    [520, 0],
  ])('threadFetchSize after %d replies → %d', (collected, size) => {
    expect(threadFetchSize(collected)).toBe(size);
  });

  it('attaches replies to the first message of each thread, without the message itself', () => {
    const messages: M[] = [{ message_id: 'om_root', thread_id: 'omt_1' }, { message_id: 'om_plain' }, { message_id: 'om_again', thread_id: 'omt_1' }];
    const fetched = new Map<string, ThreadFetch<M>>([['omt_1', { ok: true, items: [{ message_id: 'om_root', thread_id: 'omt_1' }, ...replies('omt_1', 2)], hasMore: false }]]);
    expect(attachThreadReplies(messages, fetched)).toEqual([
      { message_id: 'om_root', thread_id: 'omt_1', thread_reply_count: 2, thread_replies: replies('omt_1', 2), thread_has_more: false },
      { message_id: 'om_plain' },
      { message_id: 'om_again', thread_id: 'omt_1' },
    ]);
  });

  it('flags has_more, errors and threads that were not fetched', () => {
    const messages: M[] = [
      { message_id: 'a', thread_id: 'omt_a' },
      { message_id: 'b', thread_id: 'omt_b' },
      { message_id: 'c', thread_id: 'omt_c' },
    ];
    const fetched = new Map<string, ThreadFetch<M>>([
      ['omt_a', { ok: true, items: replies('omt_a', 1), hasMore: true }],
      ['omt_b', { ok: false, error: 'HTTP 500' }],
    ]);
    expect(attachThreadReplies(messages, fetched)).toEqual([
      { message_id: 'a', thread_id: 'omt_a', thread_reply_count: 1, thread_replies: replies('omt_a', 1), thread_has_more: true },
      { message_id: 'b', thread_id: 'omt_b', thread_replies_error: true },
      { message_id: 'c', thread_id: 'omt_c', thread_replies: [], thread_has_more: true },
    ]);
  });

  it('caps replies per thread and in total', () => {
    const caps = { perThread: 3, total: 5 };
    const messages: M[] = ['x', 'y', 'z'].map((t) => ({ message_id: t, thread_id: `omt_${t}` }));
    const fetched = new Map<string, ThreadFetch<M>>(['x', 'y', 'z'].map((t) => [`omt_${t}`, { ok: true, items: replies(`omt_${t}`, 4), hasMore: false }]));
    const out = attachThreadReplies(messages, fetched, caps);
    expect(out.map((m) => m.thread_reply_count)).toEqual([4, 4, 4]);
    expect(out.map((m) => [m.thread_replies?.length, m.thread_has_more])).toEqual([
      [3, true],
      [2, true],
      [0, true],
    ]);
  });

  it('uses 50 per thread and 500 in all by default', () => {
    expect(THREAD_CAPS).toEqual({ perThread: 50, total: 500 });
    const messages: M[] = Array.from({ length: 12 }, (_, i) => ({ message_id: `m${i}`, thread_id: `omt_${i}` }));
    const fetched = new Map<string, ThreadFetch<M>>(messages.map((m) => [m.thread_id!, { ok: true, items: replies(m.thread_id!, 60), hasMore: true }]));
    const out = attachThreadReplies(messages, fetched);
    expect(out.map((m) => m.thread_replies?.length)).toEqual([50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 0, 0]);
    expect(out.reduce((n, m) => n + (m.thread_replies?.length ?? 0), 0)).toBe(500);
  });
});
