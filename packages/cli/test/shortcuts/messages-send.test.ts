/**
 * im +messages-send: dry-run request shapes (uploads with placeholder keys, then the send), live
 * sends against the emulator seen by the read shortcuts, uploads that download byte for byte,
 * remote Markdown images with the address guards, the 230002 next step, and the validation table
 * of its rules (exit 2, a clear message, nothing sent).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { emulatorState, expectRefused, imageServer, methodsSince, mp4, opus, planOf, PNG, requestsSince, userToken, write, type ImageServer } from './send-fixtures.js';

let env: Env;
let images: ImageServer;
let userEnv: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  userEnv = { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') };
  images = await imageServer({
    '/pics/chart.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
      res.end(PNG);
    },
    '/moved.png': (_req, res) => {
      res.writeHead(302, { location: '/pics/chart.png' });
      res.end();
    },
    '/page.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html></html>');
    },
  });
  write(env, 'logo.png', PNG);
  write(env, 'docs/report.pdf', '%PDF-1.4 a small report\n');
  write(env, 'clip.mp4', mp4(4321));
  write(env, 'voice.opus', opus(2500));
  write(env, 'notes.txt', 'Hello from a file <at id=ou_bob></at>');
  write(env, 'card.json', JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: '**Deploy** done' }] } }));
});
afterAll(async () => {
  await images?.close();
  await env?.close();
});

const send = (args: string[], o: { env?: Record<string, string>; input?: string } = {}) => env.run(['im', '+messages-send', ...args], o);
const MSG_URL = () => `${env.emu.url}/open-apis/im/v1/messages`;

describe('+messages-send --dry-run: exact requests, nothing sent', () => {
  it('text to a chat, mentions normalised', async () => {
    const before = await env.lastRequestId();
    const plan = planOf(await send(['--chat-id', 'oc_general', '--text', 'Deploy done <at id=ou_bob></at> <at open_id=\'ou_carol\'>Carol</at>', '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${MSG_URL()}?receive_id_type=chat_id`,
        params: { receive_id_type: 'chat_id' },
        body: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'Deploy done <at user_id="ou_bob"></at> <at user_id="ou_carol">Carol</at>' }) },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    expect(await env.lastRequestId()).toBe(before);
  });

  it('--user-id sends with receive_id_type open_id; --idempotency-key becomes uuid; --as user', async () => {
    const plan = planOf(await send(['--user-id', 'ou_bob', '--text', 'hi', '--idempotency-key', 'standup-1', '--as', 'user', '--dry-run'], { env: userEnv }));
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({
      method: 'POST',
      url: `${MSG_URL()}?receive_id_type=open_id`,
      params: { receive_id_type: 'open_id' },
      body: { receive_id: 'ou_bob', msg_type: 'text', content: '{"text":"hi"}', uuid: 'standup-1' },
      identity: 'user',
    });
  });

  it('--markdown becomes a post: headings demoted, table and blank line kept, 3+ newlines compressed', async () => {
    const md = '# Release\n\n## Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\n\nDone.';
    const plan = planOf(await send(['--chat-id', 'oc_general', '--markdown', md, '--dry-run']));
    expect(plan).toHaveLength(1);
    expect(plan[0]!.body.msg_type).toBe('post');
    expect(JSON.parse(plan[0]!.body.content)).toEqual({
      zh_cn: { content: [[{ tag: 'md', text: '#### Release' }], [{ tag: 'md', text: '##### Notes' }], [{ tag: 'md', text: '| a | b |\n|---|---|\n| 1 | 2 |' }], [{ tag: 'md', text: 'Done.' }]] },
    });
  });

  it('--content from @file with --msg-type interactive is sent as given', async () => {
    const plan = planOf(await send(['--chat-id', 'oc_general', '--content', '@card.json', '--msg-type', 'interactive', '--dry-run']));
    expect(plan[0]!.body).toEqual({
      receive_id: 'oc_general',
      msg_type: 'interactive',
      content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: '**Deploy** done' }] } }),
    });
  });

  it('--text from standard input', async () => {
    const plan = planOf(await send(['--chat-id', 'oc_general', '--text', '-', '--dry-run'], { input: 'line one\nline two' }));
    expect(plan[0]!.body.content).toBe(JSON.stringify({ text: 'line one\nline two' }));
  });

  it('--image ./logo.png: the upload, then the send with a placeholder key', async () => {
    const before = await env.lastRequestId();
    const plan = planOf(await send(['--chat-id', 'oc_project', '--image', './logo.png', '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/images`,
        params: {},
        body: { image_type: 'message', image: `<file ./logo.png, ${PNG.length} bytes>` },
        identity: 'bot',
        content_type: 'multipart/form-data',
      },
      {
        method: 'POST',
        url: `${MSG_URL()}?receive_id_type=chat_id`,
        params: { receive_id_type: 'chat_id' },
        body: { receive_id: 'oc_project', msg_type: 'image', content: '{"image_key":"<image_key of ./logo.png>"}' },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    expect(await env.lastRequestId()).toBe(before);
  });

  it('--file: file_type from the extension and the file name', async () => {
    const size = fs.statSync(path.join(env.cwd, 'docs/report.pdf')).size;
    const plan = planOf(await send(['--chat-id', 'oc_project', '--file', 'docs/report.pdf', '--dry-run']));
    expect(plan.map((p) => [p.method, p.url])).toEqual([
      ['POST', `${env.emu.url}/open-apis/im/v1/files`],
      ['POST', `${MSG_URL()}?receive_id_type=chat_id`],
    ]);
    expect(plan[0]!.body).toEqual({ file_type: 'pdf', file_name: 'report.pdf', file: `<file docs/report.pdf, ${size} bytes>` });
    expect(plan[1]!.body).toEqual({ receive_id: 'oc_project', msg_type: 'file', content: '{"file_key":"<file_key of docs/report.pdf>"}' });
  });

  it('--video with --video-cover: the video (with its duration), the cover, then a media message', async () => {
    const plan = planOf(await send(['--chat-id', 'oc_project', '--video', 'clip.mp4', '--video-cover', 'logo.png', '--dry-run']));
    expect(plan.map((p) => p.url)).toEqual([`${env.emu.url}/open-apis/im/v1/files`, `${env.emu.url}/open-apis/im/v1/images`, `${MSG_URL()}?receive_id_type=chat_id`]);
    expect(plan[0]!.body).toEqual({ file_type: 'mp4', file_name: 'clip.mp4', duration: 4321, file: `<file clip.mp4, ${mp4(4321).length} bytes>` });
    expect(plan[1]!.body).toEqual({ image_type: 'message', image: `<file logo.png, ${PNG.length} bytes>` });
    expect(plan[2]!.body).toEqual({ receive_id: 'oc_project', msg_type: 'media', content: '{"file_key":"<file_key of clip.mp4>","image_key":"<image_key of logo.png>"}' });
  });

  it('--audio: an opus upload with its duration, then an audio message', async () => {
    const plan = planOf(await send(['--chat-id', 'oc_project', '--audio', 'voice.opus', '--dry-run']));
    expect(plan[0]!.body).toEqual({ file_type: 'opus', file_name: 'voice.opus', duration: 2500, file: `<file voice.opus, ${opus(2500).length} bytes>` });
    expect(plan[1]!.body).toEqual({ receive_id: 'oc_project', msg_type: 'audio', content: '{"file_key":"<file_key of voice.opus>"}' });
  });

  it('existing keys are used as they are: no upload', async () => {
    const plan = planOf(await send(['--chat-id', 'oc_general', '--image', 'img_logo', '--dry-run']));
    expect(plan).toHaveLength(1);
    expect(plan[0]!.body.content).toBe('{"image_key":"img_logo"}');
    const video = planOf(await send(['--chat-id', 'oc_general', '--video', 'file_report', '--video-cover', 'img_logo', '--msg-type', 'media', '--dry-run']));
    expect(video).toHaveLength(1);
    expect(video[0]!.body).toMatchObject({ msg_type: 'media', content: '{"file_key":"file_report","image_key":"img_logo"}' });
  });

  it('a remote Markdown image is planned as an upload, not fetched', async () => {
    const url = `${images.url}/pics/chart.png`;
    const hits = images.hits.length;
    const plan = planOf(await send(['--chat-id', 'oc_general', '--markdown', `See ![chart](${url})`, '--dry-run'], { env: { LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1' } }));
    expect(plan[0]).toMatchObject({ method: 'POST', url: `${env.emu.url}/open-apis/im/v1/images`, body: { image_type: 'message', image: `<image downloaded from ${url}>` } });
    expect(JSON.parse(plan[1]!.body.content)).toEqual({ zh_cn: { content: [[{ tag: 'md', text: `See ![chart](<image_key of ${url}>)` }]] } });
    expect(images.hits.length).toBe(hits);
  });
});

describe('+messages-send live against the emulator', () => {
  it('a text message is seen by +chat-messages-list and +messages-mget', async () => {
    const r = await send(['--chat-id', 'oc_general', '--text', 'Standup moved to 10:30 <at id=ou_bob></at>']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out).toMatchObject({ ok: true, identity: 'bot', data: { chat_id: 'oc_general' } });
    expect(Object.keys(out.data)).toEqual(['message_id', 'chat_id', 'create_time']);
    expect(out.data.message_id).toMatch(/^om_/);
    expect(out.data.create_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const id = out.data.message_id as string;

    const list = await env.run(['im', '+chat-messages-list', '--chat-id', 'oc_general', '--as', 'bot']);
    expect(list.code, list.stderr).toBe(0);
    const listed = (json(list).data.messages as { message_id: string; content: string }[]).find((m) => m.message_id === id);
    expect(listed?.content).toContain('Standup moved to 10:30');

    const mget = await env.run(['im', '+messages-mget', '--message-ids', id, '--as', 'bot']);
    expect(mget.code, mget.stderr).toBe(0);
    const got = json(mget).data.messages as { message_id: string; msg_type: string; content: string }[];
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ message_id: id, msg_type: 'text' });

    const stored = (await emulatorState(env)).messages.find((m: { message_id: string }) => m.message_id === id);
    // The platform keeps mentions as @_user_N keys with a mentions list.
    expect(JSON.parse(stored.content)).toEqual({ text: 'Standup moved to 10:30 @_user_1' });
    expect(stored.mentions).toMatchObject([{ key: '@_user_1', open_id: 'ou_bob' }]);
  });

  it('--text @file and --markdown - (stdin) send what the file and the pipe hold', async () => {
    const a = await send(['--chat-id', 'oc_general', '--text', '@notes.txt']);
    expect(a.code, a.stderr).toBe(0);
    const b = await send(['--chat-id', 'oc_general', '--markdown', '-'], { input: '## Plan\n\n| step | who |\n|---|---|\n| ship | bob |\n\nThanks' });
    expect(b.code, b.stderr).toBe(0);
    const state = await emulatorState(env);
    const byId = (id: string) => state.messages.find((m: { message_id: string }) => m.message_id === id);
    expect(JSON.parse(byId(json(a).data.message_id).content)).toEqual({ text: 'Hello from a file @_user_1' });
    expect(byId(json(a).data.message_id).mentions).toMatchObject([{ open_id: 'ou_bob' }]);
    const post = byId(json(b).data.message_id);
    expect(post.msg_type).toBe('post');
    expect(JSON.parse(post.content)).toEqual({ zh_cn: { content: [[{ tag: 'md', text: '##### Plan' }], [{ tag: 'md', text: '| step | who |\n|---|---|\n| ship | bob |' }], [{ tag: 'md', text: 'Thanks' }]] } });
  });

  it('--user-id delivers to the p2p chat with that user', async () => {
    const r = await send(['--user-id', 'ou_alice', '--text', 'Hi Alice']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data.chat_id).toBe('oc_p2p_alice');
  });

  it('a local image is uploaded (same identity) and downloads byte for byte', async () => {
    const before = await env.lastRequestId();
    const r = await send(['--chat-id', 'oc_project', '--image', './logo.png']);
    expect(r.code, r.stderr).toBe(0);
    const logged = (await requestsSince(env, before)).filter((x) => x.method_id?.startsWith('im.'));
    expect(logged.map((x) => [x.method_id, x.identity])).toEqual([
      ['im.images.create', 'bot'],
      ['im.messages.create', 'bot'],
    ]);
    const id = json(r).data.message_id as string;
    const stored = (await emulatorState(env)).messages.find((m: { message_id: string }) => m.message_id === id);
    const key = JSON.parse(stored.content).image_key as string;
    expect(key).toMatch(/^img_/);
    const dl = await env.run(['im', '+messages-resources-download', '--message-id', id, '--file-key', key, '--type', 'image', '--output', 'out/logo-copy.png', '--as', 'bot']);
    expect(dl.code, dl.stderr).toBe(0);
    expect(fs.readFileSync(path.join(env.cwd, 'out/logo-copy.png')).equals(PNG)).toBe(true);
  });

  it('a local file is uploaded with file_type and name, and downloads byte for byte', async () => {
    const r = await send(['--chat-id', 'oc_project', '--file', 'docs/report.pdf']);
    expect(r.code, r.stderr).toBe(0);
    const id = json(r).data.message_id as string;
    const state = await emulatorState(env);
    const key = JSON.parse(state.messages.find((m: { message_id: string }) => m.message_id === id).content).file_key as string;
    expect(state.resources.find((x: { key: string }) => x.key === key)).toMatchObject({ kind: 'file', file_type: 'pdf', file_name: 'report.pdf' });
    const dl = await env.run(['im', '+messages-resources-download', '--message-id', id, '--file-key', key, '--type', 'file', '--output', 'out/report-copy.pdf', '--as', 'bot']);
    expect(dl.code, dl.stderr).toBe(0);
    expect(fs.readFileSync(path.join(env.cwd, 'out/report-copy.pdf'))).toEqual(fs.readFileSync(path.join(env.cwd, 'docs/report.pdf')));
  });

  it('video with cover and audio: uploads carry their durations; as the user, uploads run as the user', async () => {
    const before = await env.lastRequestId();
    const v = await send(['--chat-id', 'oc_project', '--video', 'clip.mp4', '--video-cover', 'logo.png', '--as', 'user'], { env: userEnv });
    expect(v.code, v.stderr).toBe(0);
    expect(json(v).identity).toBe('user');
    const a = await send(['--chat-id', 'oc_project', '--audio', 'voice.opus']);
    expect(a.code, a.stderr).toBe(0);
    const logged = (await requestsSince(env, before)).filter((x) => x.method_id?.startsWith('im.'));
    expect(logged.map((x) => [x.method_id, x.identity])).toEqual([
      ['im.files.create', 'user'],
      ['im.images.create', 'user'],
      ['im.messages.create', 'user'],
      ['im.files.create', 'bot'],
      ['im.messages.create', 'bot'],
    ]);
    const state = await emulatorState(env);
    const msg = (id: string) => state.messages.find((m: { message_id: string }) => m.message_id === id);
    const media = msg(json(v).data.message_id);
    expect(media.msg_type).toBe('media');
    const mc = JSON.parse(media.content);
    expect(state.resources.find((x: { key: string }) => x.key === mc.file_key)).toMatchObject({ file_type: 'mp4', file_name: 'clip.mp4', duration: 4321 });
    expect(mc.image_key).toMatch(/^img_/);
    const audio = msg(json(a).data.message_id);
    expect(audio.msg_type).toBe('audio');
    expect(state.resources.find((x: { key: string }) => x.key === JSON.parse(audio.content).file_key)).toMatchObject({ file_type: 'opus', duration: 2500 });
  });

  it('the same --idempotency-key sends once', async () => {
    const a = await send(['--chat-id', 'oc_general', '--text', 'only once', '--idempotency-key', 'send-once-1']);
    const b = await send(['--chat-id', 'oc_general', '--text', 'only once', '--idempotency-key', 'send-once-1']);
    expect(a.code, a.stderr).toBe(0);
    expect(json(b).data.message_id).toBe(json(a).data.message_id);
  });

  it('as the user, the message is the user\'s, and +messages-search finds it', async () => {
    const r = await send(['--chat-id', 'oc_general', '--text', 'quarterly zebra report', '--as', 'user'], { env: userEnv });
    expect(r.code, r.stderr).toBe(0);
    const id = json(r).data.message_id as string;
    const stored = (await emulatorState(env)).messages.find((m: { message_id: string }) => m.message_id === id);
    expect(stored.sender).toMatchObject({ kind: 'user', openId: 'ou_alice' });
    const s = await env.run(['im', '+messages-search', '--query', 'zebra', '--as', 'user'], { env: userEnv });
    expect(s.code, s.stderr).toBe(0);
    expect((json(s).data.messages as { message_id: string }[]).map((m) => m.message_id)).toContain(id);
  });

  it('230002 as the bot names the exact command that adds it, and that command works', async () => {
    const c = await env.run(['im', '+chat-create', '--name', 'No bot here', '--users', 'ou_bob', '--as', 'user'], { env: userEnv });
    expect(c.code, c.stderr).toBe(0);
    const chat = json(c).data.chat_id as string;
    const r = await send(['--chat-id', chat, '--text', 'hello?']);
    expect(r.code).toBe(1);
    const e = errorOf(r).error;
    expect(e.code).toBe(230002);
    const cmd = `lark-cli im chat.members create --params '{"chat_id":"${chat}","member_id_type":"app_id"}' --data '{"id_list":["cli_a7e3c9d15b2f4086"]}' --as user`;
    expect(e.hint).toContain(cmd);
    // Follow the hint (as Alice, a member), then the send works.
    const words = ['im', 'chat.members', 'create', '--params', `{"chat_id":"${chat}","member_id_type":"app_id"}`, '--data', '{"id_list":["cli_a7e3c9d15b2f4086"]}', '--as', 'user'];
    const add = await env.run(words, { env: userEnv });
    expect(add.code, add.stderr).toBe(0);
    const again = await send(['--chat-id', chat, '--text', 'hello?']);
    expect(again.code, again.stderr).toBe(0);
  });

  it('remote Markdown images: fetched (through a redirect) and uploaded when private addresses are allowed', async () => {
    const r = await send(['--chat-id', 'oc_general', '--markdown', `Chart: ![c](${images.url}/moved.png)`], { env: { LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const id = json(r).data.message_id as string;
    const state = await emulatorState(env);
    const text = JSON.parse(state.messages.find((m: { message_id: string }) => m.message_id === id).content).zh_cn.content[0][0].text as string;
    const key = /!\[c\]\((img_[^)]+)\)/.exec(text)?.[1];
    expect(key).toBeDefined();
    expect(images.hits.some((h) => h.path === '/moved.png')).toBe(true);
    expect(images.hits.every((h) => h.headers.authorization === undefined)).toBe(true);
    // The emulator does not count keys inside md text as attachments, so fetch the upload itself.
    const dl = await env.run(['im', 'images', 'get', '--image-key', key!, '-o', 'out/chart.png']);
    expect(dl.code, dl.stderr).toBe(0);
    expect(fs.readFileSync(path.join(env.cwd, 'out/chart.png')).equals(PNG)).toBe(true);
  });

  it('remote Markdown images on loopback are refused by default: left out with a warning, never fetched, message sent', async () => {
    const hits = images.hits.length;
    const r = await send(['--chat-id', 'oc_general', '--markdown', `Chart: ![c](${images.url}/pics/chart.png) end`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: --markdown: the image ".*chart\.png" could not be uploaded and was left out: 127\.0\.0\.1 is a loopback, private or link-local address/);
    expect(images.hits.length).toBe(hits);
    const state = await emulatorState(env);
    const text = JSON.parse(state.messages.find((m: { message_id: string }) => m.message_id === json(r).data.message_id).content).zh_cn.content[0][0].text;
    expect(text).toBe('Chart:  end');
  });

  it('a remote image that is not an image, or missing, is left out with a warning', async () => {
    const before = await env.lastRequestId();
    const r = await send(['--chat-id', 'oc_general', '--markdown', `![a](${images.url}/page.html) ![b](${images.url}/nope.png) text`], { env: { LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('not an image (Content-Type text/html)');
    expect(r.stderr).toContain('HTTP 404');
    expect(await methodsSince(env, before)).toEqual(['im.messages.create']);
  });
});

describe('+messages-send validation: exit 2, a clear message, nothing sent', () => {
  beforeAll(() => {
    write(env, 'empty.pdf', '');
    write(env, 'big.txt', 'x'.repeat(151 * 1024));
    write(env, 'readme.txt', 'text');
    write(env, 'movie.mov', 'mov');
    write(env, 'song.mp3', 'mp3');
    fs.writeFileSync(path.join(env.cwd, 'huge.png'), Buffer.alloc(0));
    fs.truncateSync(path.join(env.cwd, 'huge.png'), 10 * 1024 * 1024 + 1);
    const outside = fs.mkdtempSync(path.join(path.dirname(env.cwd), 'outside-'));
    fs.writeFileSync(path.join(outside, 'secret.png'), PNG);
    fs.symlinkSync(path.join(outside, 'secret.png'), path.join(env.cwd, 'link.png'));
  });

  const C = ['--chat-id', 'oc_general'];
  const cases: [string, string[], RegExp, string?][] = [
    ['no recipient', ['--text', 'hi'], /exactly one of --chat-id oc_… or --user-id ou_…/],
    ['two recipients', ['--chat-id', 'oc_general', '--user-id', 'ou_bob', '--text', 'hi'], /--chat-id and --user-id cannot be combined/],
    ['no content', C, /Give exactly one content flag/],
    ['two content flags', [...C, '--text', 'a', '--markdown', 'b'], /--text and --markdown cannot be combined/],
    ['--video without --video-cover', [...C, '--video', 'clip.mp4'], /--video needs --video-cover/],
    ['--video-cover without --video', [...C, '--image', 'logo.png', '--video-cover', 'logo.png'], /--video-cover needs --video/],
    ['--msg-type conflicting with --text', [...C, '--text', 'hi', '--msg-type', 'image'], /--msg-type image conflicts with --text, which always sends a text message/],
    ['--msg-type conflicting with --markdown', [...C, '--markdown', 'hi', '--msg-type', 'text'], /--msg-type text conflicts with --markdown/],
    ['--msg-type conflicting with --video', [...C, '--video', 'clip.mp4', '--video-cover', 'logo.png', '--msg-type', 'file'], /--msg-type file conflicts with --video/],
    ['--msg-type not a type', [...C, '--content', '{}', '--msg-type', 'card'], /--msg-type must be one of/],
    ['--content not JSON', [...C, '--content', '{text: hi}'], /--content is not valid JSON/],
    ['--content an array', [...C, '--content', '[1]'], /--content must be a JSON object, but it is an array/],
    ['--content not the shape of --msg-type', [...C, '--content', '{"text":"x"}', '--msg-type', 'image'], /does not fit --msg-type image: "image_key" is missing/],
    ['--content card that is not a card', [...C, '--content', '{"title":"x"}', '--msg-type', 'interactive'], /not a card/],
    ['--content from a missing file', [...C, '--content', '@nope.json'], /cannot find the file "nope.json"/],
    ['--text empty from stdin', [...C, '--text', '-'], /--text is empty/, ''],
    ['--text too large (from @file)', [...C, '--text', '@big.txt'], /The text content is .* at most 150 KB/],
    ['--image given a file key', [...C, '--image', 'file_report'], /--image "file_report" is a file key, but --image needs an image key/],
    ['--file given an image key', [...C, '--file', 'img_logo'], /--file "img_logo" is an image key/],
    ['--image outside the working directory', [...C, '--image', '../logo.png'], /contains a "\.\." segment/],
    ['--image absolute path', [...C, '--image', '/etc/logo.png'], /is an absolute path/],
    ['--image through a symlink leading outside', [...C, '--image', 'link.png'], /leads outside the working directory through a symbolic link/],
    ['--image missing', [...C, '--image', 'missing.png'], /--image "missing.png" does not exist/],
    ['--image not an image', [...C, '--image', 'readme.txt'], /is not an image the platform accepts \(\.txt\)/],
    ['--image over 10 MB', [...C, '--image', 'huge.png'], /--image "huge.png" is 10 MB; Images can be at most 10 MB/],
    ['--file empty', [...C, '--file', 'empty.pdf'], /--file "empty.pdf" is an empty file/],
    ['--video not mp4', [...C, '--video', 'movie.mov', '--video-cover', 'logo.png'], /--video "movie.mov" is not an \.mp4 file/],
    ['--audio not opus', [...C, '--audio', 'song.mp3'], /--audio "song.mp3" is not an \.opus or \.ogg file/],
    ['--chat-id not a chat id', ['--chat-id', 'general', '--text', 'hi'], /--chat-id "general" does not have the expected form/],
    ['--user-id not an open_id', ['--user-id', 'bob', '--text', 'hi'], /--user-id "bob" does not have the expected form/],
    ['--idempotency-key too long', [...C, '--text', 'hi', '--idempotency-key', 'k'.repeat(51)], /--idempotency-key takes at most 50 characters/],
  ];

  it.each(cases)('%s', async (_name, args, message, input) => {
    const before = await env.lastRequestId();
    const r = await send(args, input !== undefined ? { input } : {});
    await expectRefused(env, r, message, before);
    // The same in a dry run: refused before any plan is printed.
    const dry = await send([...args, '--dry-run'], input !== undefined ? { input } : {});
    await expectRefused(env, dry, message, before);
  });
});
