import { describe, expect, it } from 'vitest';
import { checkFileKey, checkId, checkIdList, idKindOf, isId, pathSegment, segmentProblem, threadRefKind, type IdKind } from './ids.js';
import { errorOf } from './test-support.js';

describe('isId', () => {
  const cases: Array<[IdKind, string, boolean]> = [
    ['chat', 'oc_abc123', true],
    ['chat', 'oc_', false],
    ['chat', 'ou_abc', false],
    ['user', 'ou_abc', true],
    ['message', 'om_abc', true],
    ['message', 'omt_abc', false],
    ['thread', 'omt_abc', true],
    ['app', 'cli_a1b2', true],
    ['image', 'img_v3_02ab-cd', true],
    ['file', 'file_v2_x', true],
    ['chat', 'oc_a b', false],
    ['chat', 'oc_a/b', false],
    ['chat', 'oc_a?b', false],
    ['chat', 'oc_a\u0000', false],
    ['chat', ' oc_a', false],
  ];
  it.each(cases)('%s %j → %s', (kind, value, ok) => {
    expect(isId(kind, value)).toBe(ok);
  });
});

describe('idKindOf', () => {
  const cases: Array<[string, IdKind | undefined]> = [
    ['oc_1', 'chat'],
    ['ou_1', 'user'],
    ['om_1', 'message'],
    ['omt_1', 'thread'],
    ['cli_1', 'app'],
    ['img_1', 'image'],
    ['file_1', 'file'],
    ['on_1', undefined],
    ['', undefined],
  ];
  it.each(cases)('%j → %s', (value, kind) => {
    expect(idKindOf(value)).toBe(kind);
  });
});

describe('checkId', () => {
  it('returns the trimmed id', () => {
    expect(checkId('chat', ' oc_1 ', 'chat-id')).toBe('oc_1');
  });
  it('accepts any of several kinds', () => {
    expect(checkId(['thread', 'message'], 'om_1', 'thread')).toBe('om_1');
  });
  const cases: Array<[IdKind | IdKind[], string, string, string]> = [
    ['chat', 'ou_1', 'chat-id', '--chat-id "ou_1" is not a chat id (oc_…). It looks like a user\'s open_id. Find a chat id with lark-cli im +chat-search --query "<name>".'],
    ['user', 'abc', 'user-id', '--user-id "abc" is not a user\'s open_id (ou_…). Use the open_id (ou_…), not a user_id, union_id or email.'],
    ['message', '', 'message-id', '--message-id is empty; it needs a message id (om_…). Message ids appear as message_id in +chat-messages-list and +messages-mget output.'],
    [['thread', 'message'], 'oc_1', 'thread', '--thread "oc_1" is not a thread id (omt_…) or a message id (om_…). It looks like a chat id. Thread ids appear as thread_id in message output; a thread can also be named by its root message id (om_…).'],
  ];
  it.each(cases)('%s %j', (kind, value, field, message) => {
    const e = errorOf(() => checkId(kind, value, field));
    expect(e.field).toBe(field);
    expect(e.message).toBe(message);
  });
});

describe('checkIdList', () => {
  it('checks, trims and de-duplicates in order', () => {
    expect(checkIdList('user', ['ou_2', ' ou_1', 'ou_2'], 'users', 50)).toEqual(['ou_2', 'ou_1']);
  });
  it('refuses more than the maximum', () => {
    const ids = Array.from({ length: 6 }, (_, i) => `cli_${i}`);
    expect(errorOf(() => checkIdList('app', ids, 'bots', 5)).message).toBe('--bots lists 6 ids; at most 5 are accepted per call. Split the list over several calls.');
  });
  it('names the flag of a bad entry', () => {
    expect(errorOf(() => checkIdList('message', ['om_1', 'x'], 'message-ids')).field).toBe('message-ids');
  });
});

describe('threadRefKind', () => {
  it.each([
    ['omt_1', 'thread'],
    ['om_1', 'message'],
  ] as const)('%s → %s', (value, kind) => {
    expect(threadRefKind(value)).toBe(kind);
  });
});

describe('pathSegment', () => {
  const ok: Array<[string, string]> = [
    ['om_abc', 'om_abc'],
    ['oc_a-b_c', 'oc_a-b_c'],
    ['img_a b', 'img_a%20b'],
    ['file_ü', 'file_%C3%BC'],
    ['a.b', 'a.b'],
  ];
  it.each(ok)('%j → %j', (value, escaped) => {
    expect(pathSegment(value, 'message-id')).toBe(escaped);
  });
  const bad: Array<[string, string]> = [
    ['', 'it is empty'],
    ['..', 'it contains ".."'],
    ['om_..x', 'it contains ".."'],
    ['om_a/b', 'it contains "/"'],
    ['om_a\\b', 'it contains "\\"'],
    ['om_a?x=1', 'it contains "?"'],
    ['om_a#f', 'it contains "#"'],
    ['om_%2e', 'it contains "%"'],
    ['om_a\nb', 'it contains control characters'],
    ['om_a\u0085', 'it contains control characters'],
  ];
  it.each(bad)('%j is refused (%s)', (value, problem) => {
    expect(segmentProblem(value)).toBe(problem);
    const e = errorOf(() => pathSegment(value, 'message-id'));
    expect(e.field).toBe('message-id');
    expect(e.problem).toContain(problem);
  });
});

describe('checkFileKey', () => {
  it.each(['img_v3_abc', 'file_v2_x-y', ' file_1 '])('accepts %j', (key) => {
    expect(checkFileKey(key)).toBe(key.trim());
  });
  const bad: Array<[string, string]> = [
    ['', '--file-key is empty. Pass the img_… or file_… key shown in the message content.'],
    ['../x', '--file-key "../x" contains a path separator; a key is a single name. Pass only the key (img_… or file_…); choose the file location with --output.'],
    ['a\\b', '--file-key "a\\b" contains a path separator; a key is a single name. Pass only the key (img_… or file_…); choose the file location with --output.'],
    ['..', '--file-key ".." is not a valid key: it contains "..". Pass the img_… or file_… key exactly as shown in the message content.'],
    ['.', '--file-key "." is not a valid key: it is ".". Pass the img_… or file_… key exactly as shown in the message content.'],
    ['k?x', '--file-key "k?x" is not a valid key: it contains "?". Pass the img_… or file_… key exactly as shown in the message content.'],
  ];
  it.each(bad)('refuses %j', (key, message) => {
    const e = errorOf(() => checkFileKey(key));
    expect(e.field).toBe('file-key');
    expect(e.message).toBe(message);
  });
});
