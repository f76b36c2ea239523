import { describe, expect, it } from 'vitest';
import { RECALL_NOTICE, RENDERED_TYPES, formatDuration, postToMarkdown, renderContent, renderMessage, renderMessages, replaceMentionKeys, type RawMention, type RawMessage } from './render.js';

/** 2026-11-24 10:30 and 11:30 in Asia/Shanghai, as the platform's millisecond strings. */
const NOV24_1030 = String(Date.UTC(2026, 10, 24, 2, 30));
const NOV24_1130 = String(Date.UTC(2026, 10, 24, 3, 30));

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
    ['share_chat with a known name', 'share_chat', '{"chat_id":"oc_named"}', '[Shared chat: Launch room (oc_named)]'],
    ['share_user', 'share_user', '{"user_id":"ou_1"}', '[Shared contact: ou_1]'],
    ['share_user with a known name', 'share_user', '{"user_id":"ou_ann"}', '[Shared contact: Ann Lee (ou_ann)]'],
    ['interactive, rendered as text', 'interactive', '{ "elements": [ {"tag":"div","text":{"tag":"plain_text","content":"Hi"}} ] }', 'Hi'],
    ['interactive with nothing readable', 'interactive', '{ "elements": [ {"tag":"div"} ] }', '[Card]'],
    ['merge_forward not expanded', 'merge_forward', 'Merged and Forwarded Message', '[Merged forward]'],
    ['system with a template', 'system', '{"template":"{from_user} invited {to_chatters} to the chat","from_user":["Ann"],"to_chatters":["Bob","Cy"]}', '[System: Ann invited Bob, Cy to the chat]'],
    ['system with a missing variable', 'system', '{"template":"{from_user} did {x}","from_user":["Ann"]}', '[System: Ann did {x}]'],
    ['system without a template', 'system', '{"type":"x"}', '[System message]'],
    ['location', 'location', '{"name":"Office","latitude":"31.2","longitude":"121.5"}', '[Location: Office, 31.2,121.5]'],
    ['video_chat with its start', 'video_chat', `{"topic":"Standup","start_time":"${NOV24_1030}"}`, '[Video call: Standup, starts 2026-11-24 10:30]'],
    ['video_chat without a start', 'video_chat', '{"topic":"Standup"}', '[Video call: Standup]'],
    ['shared calendar event with its times', 'share_calendar_event', `{"summary":"Review","start_time":"${NOV24_1030}","end_time":"${NOV24_1130}"}`, '[Calendar event: Review, 2026-11-24 10:30 – 2026-11-24 11:30]'],
    ['calendar invitation', 'calendar', `{"summary":"Offsite","start_time":"${NOV24_1030}"}`, '[Calendar invitation: Offsite, 2026-11-24 10:30]'],
    ['general calendar', 'general_calendar', '{"summary":"Holiday"}', '[Calendar: Holiday]'],
    ['vote with its options', 'vote', '{"topic":"Lunch?","options":["Pizza","Sushi"]}', '[Vote: Lunch?, options: Pizza | Sushi]'],
    ['vote with option objects', 'vote', '{"topic":"Day","options":[{"text":"Mon"},{"content":"Tue"},{}]}', '[Vote: Day, options: Mon | Tue]'],
    ['vote without options', 'vote', '{"topic":"Lunch?"}', '[Vote: Lunch?]'],
    ['hongbao', 'hongbao', '{}', '[Red packet]'],
    ['hongbao with its greeting', 'hongbao', '{"text":"Happy new year"}', '[Red packet: Happy new year]'],
    ['commercialized hongbao', 'commercialized_hongbao', '{"text":"Thanks"}', '[Red packet: Thanks]'],
    [
      'todo with title, body and due time',
      'todo',
      `{"task_id":"t1","summary":{"title":"Ship v2","content":[[{"tag":"text","text":"Write the "},{"tag":"text","text":"notes","style":["bold"]}]]},"due_time":"${NOV24_1030}"}`,
      '[Task: Ship v2] Write the **notes** (due 2026-11-24 10:30)',
    ],
    ['todo with a title only', 'todo', '{"task_id":"t1","summary":{"title":"Call Bob","content":[]}}', '[Task: Call Bob]'],
    ['todo with nothing', 'todo', '{"task_id":"t1"}', '[Task]'],
    ['unknown type: raw', 'new_type', '{"a":1}', '{"a":1}'],
    ['not JSON: raw', 'text', 'This message was recalled', 'This message was recalled'],
    ['text without a text field: raw', 'text', '{"x":1}', '{"x":1}'],
  ];
  const names = new Map([
    ['oc_named', 'Launch room'],
    ['ou_ann', 'Ann Lee'],
  ]);
  it.each(cases)('%s', (_name, msgType, content, expected) => {
    expect(renderContent(msgType, content, mentions, names, 'Asia/Shanghai')).toBe(expected);
  });

  it('every type with a renderer of its own has a case here', () => {
    const covered = new Set(cases.map((c) => c[1]));
    expect(RENDERED_TYPES.filter((t) => !covered.has(t))).toEqual([]);
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
    ['an edited message shows when', { ...base, updated: true, update_time: NOV24_1130 }, { updated: true, update_time: '2026-11-24 11:30' }],
    ['update_time only for edited messages', { ...base, update_time: NOV24_1130 }, { update_time: undefined }],
    [
      'a bot sender with its open_bot_id and localised names',
      { ...base, sender: { id: 'cli_1', sender_type: 'app', sender_name: 'Helper', open_bot_id: 'ou_bot', sender_i18n_names: { en_us: 'Helper', zh_cn: '助手' } } },
      { sender: { id: 'cli_1', sender_type: 'app', name: 'Helper', i18n_names: { en_us: 'Helper', zh_cn: '助手' }, open_bot_id: 'ou_bot' } },
    ],
    ['an image lists its resource', { ...base, msg_type: 'image', body: { content: '{"image_key":"img_1"}' } }, { resources: [{ type: 'image', key: 'img_1' }] }],
    ['a file lists its resource with its name', { ...base, msg_type: 'file', body: { content: '{"file_key":"file_1","file_name":"a.pdf"}' } }, { resources: [{ type: 'file', key: 'file_1', name: 'a.pdf' }] }],
    ['a recalled image lists nothing', { ...base, msg_type: 'image', deleted: true, body: { content: '{"image_key":"img_1"}' } }, { resources: undefined }],
  ];
  it.each(cases)('%s', (_name, raw, expected) => {
    const r = renderMessage(raw, opts) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(r[k]).toEqual(v);
    if (!('thread_id' in expected)) expect(r.thread_id).toBeUndefined();
    if (!('reply_to' in expected)) expect(r.reply_to).toBeUndefined();
    if (_name === 'no mentions field when there are none') expect('mentions' in r).toBe(false);
  });

  it('adds the app link of the message when a brand is given, at its position when known', () => {
    expect(renderMessage(base, { ...opts, appLinks: 'feishu' }).message_app_link).toBe('https://applink.feishu.cn/client/chat/open?openChatId=oc_1');
    expect(renderMessage({ ...base, message_position: 42 }, { ...opts, appLinks: 'lark' }).message_app_link).toBe('https://applink.larksuite.com/client/chat/open?openChatId=oc_1&position=42');
    expect('message_app_link' in renderMessage(base, opts)).toBe(false);
  });

  it('keeps sync_to_chat_info of a thread reply also sent to the chat, before the app link; none otherwise', () => {
    const sync = { type: 2, related_message_id: 'om_in_thread', thread_id: 'omt_1' };
    const r = renderMessage({ ...base, sync_to_chat_info: sync }, { ...opts, appLinks: 'feishu' });
    expect(r.sync_to_chat_info).toEqual(sync);
    expect(Object.keys(r).slice(-2)).toEqual(['sync_to_chat_info', 'message_app_link']);
    expect('sync_to_chat_info' in renderMessage(base, opts)).toBe(false);
  });

  describe('a merged forward', () => {
    const merged: RawMessage = { ...base, message_id: 'om_mf', msg_type: 'merge_forward', body: { content: 'Merged and Forwarded Message' }, mentions: [] };
    const inner: RawMessage[] = [
      { ...base, message_id: 'om_in1', upper_message_id: 'om_mf', mentions: [], body: { content: '{"text":"first\\nsecond line"}' } },
      { ...base, message_id: 'om_in2', upper_message_id: 'om_mf', mentions: [], msg_type: 'image', body: { content: '{"image_key":"img_9"}' }, sender: { id: 'cli_1', sender_type: 'app', sender_name: 'Helper' } },
      { ...base, message_id: 'om_in3', upper_message_id: 'om_mf', mentions: [], sender: { id: 'ou_zed', sender_type: 'user' } },
    ];
    it('is expanded into its messages with sender names and times', () => {
      const r = renderMessage(merged, { ...opts, merged: new Map([['om_mf', inner]]) });
      expect(r.content).toBe(
        [
          '[Merged forward: 3 messages]',
          'Ann (2026-11-24 10:30): first',
          '  second line',
          'Helper (2026-11-24 10:30): [Image: img_9]',
          'ou_zed (2026-11-24 10:30): hi @_user_1',
        ].join('\n'),
      );
      expect(r.merged_messages!.map((m) => [m.message_id, m.sender.name, m.content])).toEqual([
        ['om_in1', 'Ann', 'first\nsecond line'],
        ['om_in2', 'Helper', '[Image: img_9]'],
        ['om_in3', undefined, 'hi @_user_1'],
      ]);
      expect(r.merged_messages![1]!.resources).toEqual([{ type: 'image', key: 'img_9' }]);
    });
    it('stays a placeholder when its messages were not fetched', () => {
      const r = renderMessage(merged, opts);
      expect(r.content).toBe('[Merged forward]');
      expect('merged_messages' in r).toBe(false);
    });
    it('a single message is counted in the singular', () => {
      expect(renderMessage(merged, { ...opts, merged: new Map([['om_mf', inner.slice(0, 1)]]) }).content.split('\n')[0]).toBe('[Merged forward: 1 message]');
    });
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
