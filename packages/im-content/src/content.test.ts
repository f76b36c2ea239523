import { describe, expect, it } from 'vitest';
import {
  buildContent,
  checkContentSize,
  checkUploadSize,
  classifyMediaValue,
  dryRunResolution,
  fileTypeOf,
  formatBytes,
  mediaContent,
  mediaKindOf,
  parseContentJson,
  planContent,
  resolveMsgType,
  selectContentFlag,
  shareChatContent,
  shareUserContent,
  textContent,
  imageContent,
  fileContent,
  audioContent,
  interactiveContent,
  postContent,
  type ContentFlag,
  type ContentFlags,
  type MediaFlag,
  type MsgType,
} from './content.js';
import { errorOf } from './test-support.js';


describe('content builders return the JSON string the API wants', () => {
  const cases: Array<[string, string, string]> = [
    ['text', textContent('hi <at id=ou_1>'), '{"text":"hi <at user_id=\\"ou_1\\"></at>"}'],
    ['post', postContent({ zh_cn: { content: [[{ tag: 'md', text: 'x' }]] } }), '{"zh_cn":{"content":[[{"tag":"md","text":"x"}]]}}'],
    ['image', imageContent('img_1'), '{"image_key":"img_1"}'],
    ['file', fileContent('file_1'), '{"file_key":"file_1"}'],
    ['audio', audioContent('file_2'), '{"file_key":"file_2"}'],
    ['media', mediaContent('file_3', 'img_3'), '{"file_key":"file_3","image_key":"img_3"}'],
    ['share_chat', shareChatContent('oc_1'), '{"chat_id":"oc_1"}'],
    ['share_user', shareUserContent('ou_1'), '{"user_id":"ou_1"}'],
    ['interactive', interactiveContent({ elements: [] }), '{"elements":[]}'],
  ];
  it.each(cases)('%s', (_type, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('fileTypeOf / mediaKindOf', () => {
  const cases: Array<[string, string, string]> = [
    ['voice.opus', 'opus', 'audio'],
    ['voice.ogg', 'opus', 'audio'],
    ['export.csv', 'xls', 'file'],
    ['clip.MP4', 'mp4', 'video'],
    ['report.pdf', 'pdf', 'file'],
    ['notes.doc', 'doc', 'file'],
    ['notes.docx', 'doc', 'file'],
    ['sheet.xls', 'xls', 'file'],
    ['sheet.xlsx', 'xls', 'file'],
    ['deck.ppt', 'ppt', 'file'],
    ['deck.pptx', 'ppt', 'file'],
    ['archive.zip', 'stream', 'file'],
    ['song.mp3', 'stream', 'file'],
    ['README', 'stream', 'file'],
    ['.bashrc', 'stream', 'file'],
    ['dir.v2/photo.JPG', 'stream', 'image'],
    ['a.png', 'stream', 'image'],
    ['a.heic', 'stream', 'image'],
  ];
  it.each(cases)('%s → file_type %s, kind %s', (name, fileType, kind) => {
    expect(fileTypeOf(name)).toBe(fileType);
    expect(mediaKindOf(name)).toBe(kind);
  });
});

describe('resolveMsgType', () => {
  const ok: Array<[ContentFlag, string | undefined, MsgType]> = [
    ['text', undefined, 'text'],
    ['text', 'text', 'text'],
    ['markdown', undefined, 'post'],
    ['markdown', 'post', 'post'],
    ['image', 'image', 'image'],
    ['file', undefined, 'file'],
    ['video', 'media', 'media'],
    ['audio', 'audio', 'audio'],
    ['content', undefined, 'text'],
    ['content', 'interactive', 'interactive'],
    ['content', 'share_user', 'share_user'],
  ];
  it.each(ok)('--%s with --msg-type %s → %s', (flag, explicit, expected) => {
    expect(resolveMsgType(flag, explicit)).toBe(expected);
  });

  const conflicts: Array<[ContentFlag, string, string]> = [
    ['text', 'image', '--msg-type image conflicts with --text, which always sends a text message. Leave out --msg-type, or use --content with --msg-type image to send an image message.'],
    ['markdown', 'text', '--msg-type text conflicts with --markdown, which always sends a post message. Leave out --msg-type, or use --content with --msg-type text to send a text message.'],
    ['video', 'file', '--msg-type file conflicts with --video, which always sends a media message. Leave out --msg-type, or use --content with --msg-type file to send a file message.'],
    ['audio', 'media', '--msg-type media conflicts with --audio, which always sends an audio message. Leave out --msg-type, or use --content with --msg-type media to send a media message.'],
    ['content', 'sticker', '--msg-type "sticker" is not a message type that can be sent. Use one of: text, post, image, file, audio, media, interactive, share_chat, share_user.'],
    ['text', 'TEXT', '--msg-type "TEXT" is not a message type that can be sent. Use one of: text, post, image, file, audio, media, interactive, share_chat, share_user.'],
  ];
  it.each(conflicts)('--%s with --msg-type %s is refused', (flag, explicit, message) => {
    const e = errorOf(() => resolveMsgType(flag, explicit));
    expect(e.field).toBe('msg-type');
    expect(e.message).toBe(message);
  });
});

describe('selectContentFlag', () => {
  it.each([
    [{ text: 'a' }, 'text', 'a'],
    [{ markdown: '' }, 'markdown', ''],
    [{ video: 'file_1', videoCover: 'img_1' }, 'video', 'file_1'],
  ] as Array<[ContentFlags, ContentFlag, string]>)('%j → %s', (flags, flag, value) => {
    expect(selectContentFlag(flags)).toEqual({ flag, value });
  });
  const bad: Array<[ContentFlags, string, string]> = [
    [{}, 'content', 'No message content was given. Give exactly one of --text, --markdown, --content, --image, --file, --video, --audio, --card, --card-template-id, --card-id.'],
    [{ text: 'a', image: 'img_1' }, 'image', 'Only one content flag can be used per message, but --text and --image were given. Keep one of them, or send several messages.'],
    [{ video: 'file_1' }, 'video-cover', '--video needs a cover picture. Add --video-cover with an image key (img_…) or a relative path to a local image.'],
    [{ image: 'img_1', videoCover: 'img_2' }, 'video-cover', '--video-cover only goes with --video. Remove --video-cover, or send a video with --video.'],
  ];
  it.each(bad)('%j is refused', (flags, field, message) => {
    const e = errorOf(() => selectContentFlag(flags));
    expect(e.field).toBe(field);
    expect(e.message).toBe(message);
  });
});

describe('classifyMediaValue', () => {
  it.each([
    ['image', 'img_v3_abc', 'img_v3_abc'],
    ['video-cover', ' img_1 ', 'img_1'],
    ['file', 'file_v2_abc', 'file_v2_abc'],
    ['video', 'file_1', 'file_1'],
    ['audio', 'file_1', 'file_1'],
  ] as Array<[MediaFlag, string, string]>)('--%s %j is an existing key', (flag, value, key) => {
    expect(classifyMediaValue(flag, value)).toEqual({ kind: 'key', key });
  });

  it.each([
    ['image', './logo.png', { flag: 'image', path: './logo.png', endpoint: 'image', fileName: 'logo.png', maxBytes: 10485760, wantsDuration: false, placeholder: '<image_key of ./logo.png>' }],
    ['image', 'img_logo.png', { flag: 'image', path: 'img_logo.png', endpoint: 'image', fileName: 'img_logo.png', maxBytes: 10485760, wantsDuration: false, placeholder: '<image_key of img_logo.png>' }],
    ['video-cover', 'shots/cover.JPG', { flag: 'video-cover', path: 'shots/cover.JPG', endpoint: 'image', fileName: 'cover.JPG', maxBytes: 10485760, wantsDuration: false, placeholder: '<image_key of shots/cover.JPG>' }],
    ['file', 'docs/report.pdf', { flag: 'file', path: 'docs/report.pdf', endpoint: 'file', fileType: 'pdf', fileName: 'report.pdf', maxBytes: 31457280, wantsDuration: false, placeholder: '<file_key of docs/report.pdf>' }],
    ['file', 'data.bin', { flag: 'file', path: 'data.bin', endpoint: 'file', fileType: 'stream', fileName: 'data.bin', maxBytes: 31457280, wantsDuration: false, placeholder: '<file_key of data.bin>' }],
    ['file', 'file_notes.txt', { flag: 'file', path: 'file_notes.txt', endpoint: 'file', fileType: 'stream', fileName: 'file_notes.txt', maxBytes: 31457280, wantsDuration: false, placeholder: '<file_key of file_notes.txt>' }],
    ['video', './demo.mp4', { flag: 'video', path: './demo.mp4', endpoint: 'file', fileType: 'mp4', fileName: 'demo.mp4', maxBytes: 31457280, wantsDuration: true, placeholder: '<file_key of ./demo.mp4>' }],
    ['audio', 'memo.opus', { flag: 'audio', path: 'memo.opus', endpoint: 'file', fileType: 'opus', fileName: 'memo.opus', maxBytes: 31457280, wantsDuration: true, placeholder: '<file_key of memo.opus>' }],
  ] as Array<[MediaFlag, string, object]>)('--%s %j is uploaded', (flag, value, upload) => {
    expect(classifyMediaValue(flag, value)).toEqual({ kind: 'upload', upload });
  });

  const bad: Array<[MediaFlag, string, string]> = [
    ['image', 'file_abc', '--image "file_abc" is a file key, but --image needs an image key (img_…). Send that key with --file, --video or --audio.'],
    ['file', 'img_abc', '--file "img_abc" is an image key, but --file needs a file key (file_…). Send that key with --image.'],
    ['video-cover', 'file_x', '--video-cover "file_x" is a file key, but --video-cover needs an image key (img_…). Send that key with --file, --video or --audio.'],
    ['image', '', '--image is empty. Give an image key (img_…), a relative path to a local file, or an https:// URL.'],
    ['image', '/etc/logo.png', '--image "/etc/logo.png" is an absolute path; only relative paths are accepted. Give a relative path inside the working directory, for example ./out/file.png.'],
    ['file', '../secret.pdf', '--file "../secret.pdf" contains a ".." segment, which could lead outside the working directory. Give a relative path inside the working directory, for example ./out/file.png.'],
    ['image', 'photo.pdf', '--image "photo.pdf" is not an image the platform accepts (.pdf). Use a jpg, jpeg, png, webp, gif, bmp, ico, tif, tiff, heic file, or send other files with --file.'],
    ['image', 'photo', '--image "photo" is not an image the platform accepts (no extension). Use a jpg, jpeg, png, webp, gif, bmp, ico, tif, tiff, heic file, or send other files with --file.'],
    ['video', 'clip.mov', '--video "clip.mov" is not an .mp4 file; video messages only play MP4. Convert it first (for example ffmpeg -i in.mov out.mp4), or send it as a plain file with --file.'],
    ['audio', 'memo.mp3', '--audio "memo.mp3" is not an .opus or .ogg file; voice messages only play Opus. Convert it first (for example ffmpeg -i in.mp3 -c:a libopus out.opus), or send it as a plain file with --file.'],
  ];
  it.each(bad)('--%s %j is refused', (flag, value, message) => {
    const e = errorOf(() => classifyMediaValue(flag, value));
    expect(e.field).toBe(flag);
    expect(e.message).toBe(message);
  });
});

describe('checkUploadSize / formatBytes', () => {
  const image = { flag: 'image', path: 'a.png', endpoint: 'image', fileName: 'a.png', maxBytes: 10 * 1024 * 1024, wantsDuration: false, placeholder: '' } as const;
  it('accepts a file at the limit', () => {
    expect(() => checkUploadSize(image, 10 * 1024 * 1024)).not.toThrow();
  });
  it.each([
    [0, '--image "a.png" is an empty file. Check the path; an empty file cannot be sent.'],
    [10 * 1024 * 1024 + 1, '--image "a.png" is 10 MB; Images can be at most 10 MB. Shrink or compress it, or share it another way (for example a cloud document link).'],
    [12.5 * 1024 * 1024, '--image "a.png" is 12.5 MB; Images can be at most 10 MB. Shrink or compress it, or share it another way (for example a cloud document link).'],
  ])('%d bytes is refused', (size, message) => {
    expect(errorOf(() => checkUploadSize(image, size)).message).toBe(message);
  });
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [30 * 1024 * 1024, '30 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%d → %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});

describe('parseContentJson', () => {
  const ok: Array<[MsgType, string, object]> = [
    ['text', '{"text":"hi <at id=ou_1>"}', { text: 'hi <at user_id="ou_1"></at>' }],
    ['image', '{"image_key":"img_1"}', { image_key: 'img_1' }],
    ['file', '{"file_key":"file_1","file_name":"a.pdf"}', { file_key: 'file_1', file_name: 'a.pdf' }],
    ['audio', '{"file_key":"file_1","duration":3000}', { file_key: 'file_1', duration: 3000 }],
    ['media', '{"file_key":"file_1","image_key":"img_1"}', { file_key: 'file_1', image_key: 'img_1' }],
    ['share_chat', '{"chat_id":"oc_1"}', { chat_id: 'oc_1' }],
    ['share_user', '{"user_id":"ou_1"}', { user_id: 'ou_1' }],
    [
      'post',
      '{"zh_cn":{"title":"T","content":[[{"tag":"text","text":"<at id=ou_1>"},{"tag":"a","href":"https://x.io","text":"x"}],[{"tag":"hr"},{"tag":"future_tag"}]]}}',
      { zh_cn: { title: 'T', content: [[{ tag: 'text', text: '<at user_id="ou_1"></at>' }, { tag: 'a', href: 'https://x.io', text: 'x' }], [{ tag: 'hr' }, { tag: 'future_tag' }]] } },
    ],
    ['post', '{"zh_cn":{"content":[]},"en_us":{"content":[[{"tag":"md","text":"x"}]]}}', { zh_cn: { content: [] }, en_us: { content: [[{ tag: 'md', text: 'x' }]] } }],
    ['post', '{"title":"T","content":[[{"tag":"text","text":"single body"}]]}', { title: 'T', content: [[{ tag: 'text', text: 'single body' }]] }],
    ['interactive', '{"schema":"2.0","body":{"elements":[]}}', { schema: '2.0', body: { elements: [] } }],
    ['interactive', '{"elements":[{"tag":"div"}]}', { elements: [{ tag: 'div' }] }],
    ['interactive', '{"type":"template","data":{"template_id":"ctp_1"}}', { type: 'template', data: { template_id: 'ctp_1' } }],
    ['interactive', '{"type":"card","data":{"card_id":"7_1"}}', { type: 'card', data: { card_id: '7_1' } }],
    ['interactive', '{"i18n_elements":{"en_us":[]}}', { i18n_elements: { en_us: [] } }],
  ];
  it.each(ok)('%s %s', (msgType, raw, expected) => {
    expect(parseContentJson(raw, msgType)).toEqual(expected);
  });

  const bad: Array<[MsgType, string, string]> = [
    ['text', '{"text":', '--content is not valid JSON (Unexpected end of JSON input). Wrap the JSON in single quotes in the shell, or put it in a file and pass --content @file.json (or - to read standard input).'],
    ['text', '"hello"', '--content must be a JSON object, but it is a string. To send plain text, use --text instead. A text message looks like {"text":"Hello"}.'],
    ['image', '[1]', '--content must be a JSON object, but it is an array. An image message looks like {"image_key":"img_…"}.'],
    ['text', '{"txt":"hi"}', '--content does not fit --msg-type text: "text" is missing or not a string. A text message looks like {"text":"Hello"}.'],
    ['text', '{"text":"hi","extra":1}', '--content does not fit --msg-type text: unexpected key "extra". A text message looks like {"text":"Hello"}.'],
    ['image', '{"image_key":"file_1"}', '--content does not fit --msg-type image: "image_key" "file_1" does not start with img_. An image message looks like {"image_key":"img_…"}.'],
    ['image', '{"image_key":"img_1","file_key":"file_1"}', '--content does not fit --msg-type image: unexpected key "file_key". An image message looks like {"image_key":"img_…"}.'],
    ['media', '{"file_key":"file_1"}', '--content does not fit --msg-type media: "image_key" is missing or not a string. A media message looks like {"file_key":"file_…","image_key":"img_…"}.'],
    ['share_chat', '{"chat_id":"ou_1"}', '--content does not fit --msg-type share_chat: "chat_id" "ou_1" does not start with oc_. A share_chat message looks like {"chat_id":"oc_…"}.'],
    ['share_user', '{"user_id":""}', '--content does not fit --msg-type share_user: "user_id" is missing or not a string. A share_user message looks like {"user_id":"ou_…"}.'],
    ['post', '{}', '--content does not fit --msg-type post: it has no language body (zh_cn, en_us …). A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"post":{"zh_cn":{"content":[]}}}', '--content does not fit --msg-type post: the content is wrapped in "post"; the message API takes the language object itself. A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"Chinese":{"content":[]}}', '--content does not fit --msg-type post: "Chinese" is not a language key such as zh_cn or en_us. A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"zh_cn":{"content":"text"}}', '--content does not fit --msg-type post: zh_cn.content must be an array of paragraphs, each an array of elements. A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"zh_cn":{"content":[{"tag":"text"}]}}', '--content does not fit --msg-type post: zh_cn.content[0] must be an array of elements. A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"zh_cn":{"content":[[{"text":"x"}]]}}', '--content does not fit --msg-type post: zh_cn.content[0][0] has no "tag". A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"zh_cn":{"content":[[{"tag":"img"}]]}}', '--content does not fit --msg-type post: zh_cn.content[0][0] (tag img) needs a string "image_key". A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['post', '{"zh_cn":{"title":5,"content":[]}}', '--content does not fit --msg-type post: zh_cn.title must be a string. A post message looks like {"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}.'],
    ['interactive', '{"title":"not a card"}', '--content does not fit --msg-type interactive: it has no elements, body, header or template reference, so it is not a card. An interactive message looks like {"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hello"}]}}.'],
    ['interactive', '{"msg_type":"interactive","card":{"elements":[]}}', '--content does not fit --msg-type interactive: the card is wrapped in "card"; pass the card object itself. An interactive message looks like {"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hello"}]}}.'],
  ];
  it.each(bad)('%s %s is refused', (msgType, raw, message) => {
    const e = errorOf(() => parseContentJson(raw, msgType));
    expect(e.field).toBe('content');
    expect(e.message).toBe(message);
  });
});

describe('checkContentSize', () => {
  it('accepts text up to 150 KB and refuses more', () => {
    expect(() => checkContentSize('text', 'x'.repeat(150 * 1024), 'text')).not.toThrow();
    expect(errorOf(() => checkContentSize('text', 'x'.repeat(150 * 1024 + 1), 'text')).message).toBe(
      'The text content is 150 KB; the platform takes at most 150 KB. Split it into several messages, or send it as a file with --file.',
    );
  });
  it('counts UTF-8 bytes, not characters', () => {
    expect(errorOf(() => checkContentSize('post', '界'.repeat(11 * 1024), 'markdown')).message).toBe(
      'The post content is 33 KB; the platform takes at most 30 KB. Split it into several messages, or send the text as a file with --file.',
    );
  });
  it('has no limit for image content', () => {
    expect(() => checkContentSize('image', 'x'.repeat(200 * 1024), 'image')).not.toThrow();
  });
});

describe('planContent + buildContent', () => {
  const cases: Array<[string, ContentFlags, Record<string, string>, { msgType: MsgType; content: string; warnings?: string[] }]> = [
    ['text', { text: 'Deploy done <at id=all>' }, {}, { msgType: 'text', content: '{"text":"Deploy done <at user_id=\\"all\\"></at>"}' }],
    ['markdown', { markdown: '# Release\n\n\n\n| a |\n|---|\n| 1 |' }, {}, { msgType: 'post', content: '{"zh_cn":{"content":[[{"tag":"md","text":"#### Release"}],[{"tag":"md","text":"| a |\\n|---|\\n| 1 |"}]]}}' }],
    ['markdown with title', { markdown: 'x', title: 'T', msgType: 'post' }, {}, { msgType: 'post', content: '{"zh_cn":{"title":"T","content":[[{"tag":"md","text":"x"}]]}}' }],
    ['content defaults to text', { content: '{"text":"raw"}' }, {}, { msgType: 'text', content: '{"text":"raw"}' }],
    ['content as a card', { content: '{"elements":[]}', msgType: 'interactive' }, {}, { msgType: 'interactive', content: '{"elements":[]}' }],
    ['image key', { image: 'img_1' }, {}, { msgType: 'image', content: '{"image_key":"img_1"}' }],
    ['uploaded image', { image: 'a.png' }, { image: 'img_new' }, { msgType: 'image', content: '{"image_key":"img_new"}' }],
    ['file key', { file: 'file_1', msgType: 'file' }, {}, { msgType: 'file', content: '{"file_key":"file_1"}' }],
    ['uploaded audio', { audio: 'a.opus' }, { audio: 'file_a' }, { msgType: 'audio', content: '{"file_key":"file_a"}' }],
    ['video with uploaded cover', { video: 'file_v', videoCover: 'c.jpg' }, { 'video-cover': 'img_c' }, { msgType: 'media', content: '{"file_key":"file_v","image_key":"img_c"}' }],
  ];
  it.each(cases)('%s', (_name, flags, uploads, expected) => {
    const plan = planContent(flags);
    expect(buildContent(plan, { uploads })).toEqual({ warnings: [], ...expected });
  });

  it('plans uploads in order, video before cover, and keeps given keys', () => {
    const plan = planContent({ video: 'clip.mp4', videoCover: 'cover.png' });
    expect(plan.msgType).toBe('media');
    expect(plan.uploads.map((u) => [u.flag, u.endpoint, u.fileType ?? null])).toEqual([
      ['video', 'file', 'mp4'],
      ['video-cover', 'image', null],
    ]);
    expect(planContent({ video: 'file_1', videoCover: 'img_1' }).keys).toEqual({ video: 'file_1', 'video-cover': 'img_1' });
  });

  it('dry run: placeholder keys go into the content', () => {
    const plan = planContent({ video: 'clip.mp4', videoCover: 'img_1' });
    expect(buildContent(plan, dryRunResolution(plan)).content).toBe('{"file_key":"<file_key of clip.mp4>","image_key":"img_1"}');
    const md = planContent({ markdown: '![a](https://x.io/a.png)' });
    expect(buildContent(md, dryRunResolution(md)).content).toBe('{"zh_cn":{"content":[[{"tag":"md","text":"![a](<image_key of https://x.io/a.png>)"}]]}}');
  });

  it('markdown: remote images to fetch, warnings for local ones and for failed uploads', () => {
    const plan = planContent({ markdown: '![a](https://x.io/a.png)\n![b](https://x.io/b.png)\n![c](./c.png)' });
    expect(plan.remoteImages).toEqual(['https://x.io/a.png', 'https://x.io/b.png']);
    const built = buildContent(plan, { images: new Map<string, string | { error: string }>([['https://x.io/a.png', 'img_a'], ['https://x.io/b.png', { error: 'refused: 10.0.0.1 is a private address' }]]) });
    expect(built).toEqual({
      msgType: 'post',
      content: '{"zh_cn":{"content":[[{"tag":"md","text":"![a](img_a)"}],[{"tag":"md","text":"![c](./c.png)"}]]}}',
      warnings: [
        '--markdown: the local image "./c.png" is not uploaded and will not show; send it on its own with --image, or link it from an https:// URL.',
        '--markdown: the image "https://x.io/b.png" could not be uploaded and was left out: refused: 10.0.0.1 is a private address.',
      ],
    });
  });

  it('checks --content before any upload', () => {
    expect(errorOf(() => planContent({ content: '{"image_key":"x"}', msgType: 'image' })).field).toBe('content');
  });

  const bad: Array<[string, ContentFlags, string, string]> = [
    ['empty text', { text: '  ' }, 'text', '--text is empty. Give the text inline, as @file, or as - to read it from standard input.'],
    ['empty markdown', { markdown: '' }, 'markdown', '--markdown is empty. Give the Markdown inline, as @file, or as - to read it from standard input.'],
    ['conflicting type', { image: 'img_1', msgType: 'file' }, 'msg-type', '--msg-type file conflicts with --image, which always sends an image message. Leave out --msg-type, or use --content with --msg-type file to send a file message.'],
  ];
  it.each(bad)('refuses %s', (_name, flags, field, message) => {
    const e = errorOf(() => planContent(flags));
    expect(e.field).toBe(field);
    expect(e.message).toBe(message);
  });

  it('refuses to build when a planned upload has no key', () => {
    const e = errorOf(() => buildContent(planContent({ file: 'a.pdf' })));
    expect(e.field).toBe('file');
  });

  it('refuses an oversized result, naming the content flag', () => {
    const e = errorOf(() => buildContent(planContent({ text: 'x'.repeat(160 * 1024) })));
    expect(e.field).toBe('text');
  });
});
