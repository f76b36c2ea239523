import { describe, expect, it } from 'vitest';
import { ContentError } from './errors.js';
import { chatContext, chatIdsOf, p2pChatIdOf, quoteChatQuery, searchHitIds, searchPageSize, searchTimeRange } from './search.js';

describe('quoteChatQuery', () => {
  it.each([
    ['release', 'release'],
    ['release-1.4', '"release-1.4"'],
    ['  release-1.4 ', '"release-1.4"'],
    ['"release-1.4"', '"release-1.4"'],
    ['a "b"-c', 'a "b"-c'],
    ['"q4-plan" notes', '"q4-plan" notes'],
    ['-draft', '"-draft"'],
    ['two words', 'two words'],
  ])('%j → %j', (q, expected) => {
    expect(quoteChatQuery(q)).toBe(expected);
  });
});

describe('searchPageSize', () => {
  it.each([
    [1, 1],
    [20, 20],
    [50, 50],
    [51, 50],
    [500, 50],
  ])('%d → %d', (n, expected) => {
    expect(searchPageSize(n)).toBe(expected);
  });
  it.each([0, -1, 2.5, NaN])('refuses %d', (n) => {
    try {
      searchPageSize(n);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect((e as ContentError).field).toBe('page-size');
      expect((e as ContentError).message).toBe(`--page-size "${n}" must be a whole number of at least 1. Use 1 to 50; larger values are lowered to 50.`);
    }
  });
});

describe('searchTimeRange', () => {
  const s = Date.UTC(2026, 10, 24, 2, 30) / 1000;
  it.each([
    [undefined, undefined, undefined],
    [s, undefined, { start_time: '2026-11-24T10:30:00+08:00' }],
    [undefined, s, { end_time: '2026-11-24T10:30:00+08:00' }],
    [s, s + 3600, { start_time: '2026-11-24T10:30:00+08:00', end_time: '2026-11-24T11:30:00+08:00' }],
  ])('%s..%s', (start, end, expected) => {
    expect(searchTimeRange(start, end, 'Asia/Shanghai')).toEqual(expected);
  });
});

describe('chatContext', () => {
  it.each([
    [undefined, {}],
    [{ chat_id: 'oc_1', name: 'Launch', chat_mode: 'group' }, { chat_name: 'Launch', chat_type: 'group' }],
    [{ chat_id: 'oc_2', name: 'Topics', chat_mode: 'topic' }, { chat_name: 'Topics', chat_type: 'topic' }],
    [{ chat_id: 'oc_3', name: '', chat_mode: 'p2p', p2p_target_id: 'ou_bob' }, { chat_type: 'p2p', chat_partner: { open_id: 'ou_bob' } }],
    [{ chat_id: 'oc_4', chat_mode: 'p2p' }, { chat_type: 'p2p' }],
  ])('%j', (chat, expected) => {
    expect(chatContext(chat)).toEqual(expected);
  });
});

describe('ids from search answers', () => {
  it('chatIdsOf lists distinct chat ids in order', () => {
    expect(chatIdsOf([{ chat_id: 'oc_2' }, {}, { chat_id: 'oc_1' }, { chat_id: 'oc_2' }])).toEqual(['oc_2', 'oc_1']);
  });
  it.each([
    [{ items: [{ id: 'x', meta_data: { message_id: 'om_1' } }, { id: 'om_2' }, { meta_data: {} }, null, { id: 'om_2' }] }, ['om_1', 'om_2']],
    [{ items: 'nope' }, []],
    [null, []],
  ])('searchHitIds(%j)', (data, expected) => {
    expect(searchHitIds(data)).toEqual(expected);
  });
});

describe('p2pChatIdOf', () => {
  it.each([
    [{ p2p_chats: [{ chat_id: 'oc_p2p', chatter_id: 'ou_b' }] }, 'oc_p2p'],
    [{ p2p_chats: [{}, { chat_id: 'oc_2' }] }, 'oc_2'],
    [{ p2p_chats: [] }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ])('%j → %s', (data, expected) => {
    expect(p2pChatIdOf(data)).toBe(expected);
  });
});
