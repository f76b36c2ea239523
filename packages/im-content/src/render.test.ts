import { describe, expect, it } from 'vitest';
import { RECALL_NOTICE, formatDuration, postToMarkdown, renderContent, renderMessage, renderMessages, replaceMentionKeys, type RawMention, type RawMessage } from './render.js';

const mentions: RawMention[] = [
  { key: '@_user_1', id: 'ou_ann', id_type: 'open_id', name: 'Ann' },
  { key: '@_user_2', id: { open_id: 'ou_bob' }, name: 'Bob' },
  { key: '@_user_10', id: 'ou_ten', name: 'Ten' },
];

describe('replaceMentionKeys', () => {
  const cases: Array<[string, string]> = [
    ['@_user_1 hi', '@Ann hi'],
    ['@_user_1 and @_user_2', '@Ann and @Bob'],
    ['@_user_10 is not @_user_1', '@Ten is not @Ann'],
    ['@_user_3 unknown', '@_user_3 unknown'],
    ['@_all please read', '@all please read'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(replaceMentionKeys(input, mentions)).toBe(expected);
  });
  it('leaves text alone without mentions', () => {
    expect(replaceMentionKeys('@_user_1', undefined)).toBe('@_user_1');
  });
});

describe('formatDuration', () => {
  it.each([
    [12345, '12s'],
    ['3000', '3s'],
    [83_000, '1m23s'],
    [600_000, '10m00s'],
    [0, ''],
    [undefined, ''],
    ['x', ''],
  ])('%j → %j', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('renderContent', () => {
  const post = JSON.stringify({
    title: 'Weekly',
    content: [
      [
        { tag: 'text', text: 'Hi ' },
        { tag: 'at', user_id: '@_user_1', user_name: 'Ann' },
        { tag: 'text', text: ', see ' },
        { tag: 'a', href: 'https://x.io', text: 'this' },
      ],
      [
        { tag: 'text', text: 'bold', style: ['bold'] },
        { tag: 'text', text: ' ' },
        { tag: 'text', text: 'both', style: ['bold', 'italic'] },
        { tag: 'text', text: ' ' },
        { tag: 'text', text: 'gone', style: ['lineThrough', 'underline'] },
      ],
      [{ tag: 'img', image_key: 'img_1' }],
      [{ tag: 'code_block', language: 'GO', text: 'fmt.Println(1)\n' }],
      [{ tag: 'emotion', emoji_type: 'SMILE' }, { tag: 'at', user_id: 'all' }],
      [{ tag: 'hr' }],
      [{ tag: 'media', file_key: 'file_v', image_key: 'img_c' }, { tag: 'unknown_tag' }],
    ],
  });
  const cases: Array<[string, string, string, string]> = [
    ['text as is, with mention names', 'text', '{"text":"@_user_1 hello\\nline 2"}', '@Ann hello\nline 2'],
    ['post as Markdown', 'post', post, '# Weekly\n\nHi @Ann, see [this](https://x.io)\n**bold** ***both*** ~~gone~~\n[Image: img_1]\n```go\nfmt.Println(1)\n```\n:SMILE:@all\n---\n[Video: file_v][unknown_tag]'],
    ['post with a language wrapper', 'post', '{"en_us":{"title":"","content":[[{"tag":"md","text":"**x**"}]]}}', '**x**'],
    ['post with only a title', 'post', '{"title":"T","content":[]}', '# T'],
    ['post code block between text', 'post', '{"content":[[{"tag":"text","text":"a"},{"tag":"code_block","text":"x"},{"tag":"text","text":"b"}]]}', 'a\n```\nx\n```\nb'],
    ['image', 'image', '{"image_key":"img_v3_1"}', '[Image: img_v3_1]'],
    ['file', 'file', '{"file_key":"file_1","file_name":"Q3 \\"final\\".pdf"}', '<file key="file_1" name="Q3 &quot;final&quot;.pdf"/>'],
    ['folder', 'folder', '{"file_key":"file_2","file_name":"docs"}', '<folder key="file_2" name="docs"/>'],
    ['audio', 'audio', '{"file_key":"file_a","duration":4200}', '[Audio: file_a, 4s]'],
    ['audio without duration', 'audio', '{"file_key":"file_a"}', '[Audio: file_a]'],
    ['media', 'media', '{"file_key":"file_v","image_key":"img_c","file_name":"demo.mp4","duration":65000}', '[Video: file_v, demo.mp4, 1m05s, cover img_c]'],
    ['sticker', 'sticker', '{"file_key":"file_s"}', '[Sticker: file_s]'],
    ['share_chat', 'share_chat', '{"chat_id":"oc_1"}', '[Shared chat: oc_1]'],
    ['share_user', 'share_user', '{"user_id":"ou_1"}', '[Shared contact: ou_1]'],
    ['interactive, rendered as text', 'interactive', '{ "elements": [ {"tag":"div","text":{"tag":"plain_text","content":"Hi"}} ] }', 'Hi'],
    ['interactive with nothing readable', 'interactive', '{ "elements": [ {"tag":"div"} ] }', '[Card]'],
    ['merge_forward', 'merge_forward', 'Merged and Forwarded Message', '[Merged forward]'],
    ['system with a template', 'system', '{"template":"{from_user} invited {to_chatters} to the chat","from_user":["Ann"],"to_chatters":["Bob","Cy"]}', '[System: Ann invited Bob, Cy to the chat]'],
    ['system with a missing variable', 'system', '{"template":"{from_user} did {x}","from_user":["Ann"]}', '[System: Ann did {x}]'],
    ['system without a template', 'system', '{"type":"x"}', '[System message]'],
    ['location', 'location', '{"name":"Office","latitude":"31.2","longitude":"121.5"}', '[Location: Office, 31.2,121.5]'],
    ['video_chat', 'video_chat', '{"topic":"Standup","start_time":"1"}', '[Video call: Standup]'],
    ['calendar', 'share_calendar_event', '{"summary":"Review"}', '[Calendar event: Review]'],
    ['vote', 'vote', '{"topic":"Lunch?"}', '[Vote: Lunch?]'],
    ['hongbao', 'hongbao', '{}', '[Red packet]'],
    ['todo', 'todo', '{"task_id":"t1"}', '[Task: t1]'],
    ['unknown type: raw', 'new_type', '{"a":1}', '{"a":1}'],
    ['not JSON: raw', 'text', 'This message was recalled', 'This message was recalled'],
    ['text without a text field: raw', 'text', '{"x":1}', '{"x":1}'],
  ];
  it.each(cases)('%s', (_name, msgType, content, expected) => {
    expect(renderContent(msgType, content, mentions)).toBe(expected);
  });

  it('postToMarkdown is undefined for something that is not a post', () => {
    expect(postToMarkdown({ a: 1 })).toBeUndefined();
  });
});

describe('renderMessage', () => {
  const base: RawMessage = {
    message_id: 'om_1',
    msg_type: 'text',
    create_time: String(Date.UTC(2026, 10, 24, 2, 30)),
    chat_id: 'oc_1',
    sender: { id: 'ou_ann', id_type: 'open_id', sender_type: 'user' },
    body: { content: '{"text":"hi @_user_1"}' },
    mentions: [{ key: '@_user_1', id: 'ou_bob', id_type: 'open_id', name: 'Bob' }],
  };
  const opts = { timeZone: 'Asia/Shanghai', names: new Map([['ou_ann', 'Ann']]) };

  it('renders the full shape in spec order', () => {
    const r = renderMessage(base, opts);
    expect(r).toEqual({
      message_id: 'om_1',
      msg_type: 'text',
      content: 'hi @Bob',
      chat_id: 'oc_1',
      sender: { id: 'ou_ann', sender_type: 'user', name: 'Ann' },
      create_time: '2026-11-24 10:30',
      deleted: false,
      updated: false,
      mentions: [{ key: '@_user_1', id: 'ou_bob', name: 'Bob' }],
    });
    expect(Object.keys(r)).toEqual(['message_id', 'msg_type', 'content', 'chat_id', 'sender', 'create_time', 'deleted', 'updated', 'mentions']);
  });

  const cases: Array<[string, RawMessage, object]> = [
    ['thread_id wins over the parent', { ...base, thread_id: 'omt_1', parent_id: 'om_0', root_id: 'om_0' }, { thread_id: 'omt_1' }],
    ['an inline reply shows reply_to', { ...base, parent_id: 'om_0', root_id: 'om_0' }, { reply_to: 'om_0' }],
    ['empty parent is no reply', { ...base, parent_id: '' }, {}],
    ['no name without a lookup result', { ...base, sender: { id: 'ou_x', sender_type: 'user' } }, { sender: { id: 'ou_x', sender_type: 'user' } }],
    ['sender_name from the platform is used', { ...base, sender: { id: 'ou_x', sender_type: 'user', sender_name: 'Xi' } }, { sender: { id: 'ou_x', sender_type: 'user', name: 'Xi' } }],
    ['app sender', { ...base, sender: { id: 'cli_1', id_type: 'app_id', sender_type: 'app' } }, { sender: { id: 'cli_1', sender_type: 'app' } }],
    ['updated flag', { ...base, updated: true }, { updated: true }],
    ['no mentions field when there are none', { ...base, mentions: [] }, { content: 'hi @_user_1' }],
    ['a deleted message has empty content', { ...base, deleted: true, body: { content: 'This message was recalled' } }, { deleted: true, content: '' }],
  ];
  it.each(cases)('%s', (_name, raw, expected) => {
    const r = renderMessage(raw, opts) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(r[k]).toEqual(v);
    if (!('thread_id' in expected)) expect(r.thread_id).toBeUndefined();
    if (!('reply_to' in expected)) expect(r.reply_to).toBeUndefined();
    if (_name === 'no mentions field when there are none') expect('mentions' in r).toBe(false);
  });

  it('shows a recall notice when asked to', () => {
    expect(renderMessage({ ...base, deleted: true }, { ...opts, deleted: 'notice' }).content).toBe(RECALL_NOTICE);
  });

  it('tolerates a message with almost nothing in it', () => {
    expect(renderMessage({}, { timeZone: 'UTC' })).toEqual({ message_id: '', msg_type: '', content: '', sender: { id: '', sender_type: '' }, create_time: '', deleted: false, updated: false });
  });

  it('renderMessages maps a list', () => {
    expect(renderMessages([base, { ...base, message_id: 'om_2' }], opts).map((m) => m.message_id)).toEqual(['om_1', 'om_2']);
  });
});
