/**
 * Reads that show everything, end to end against the emulator: every message type a client can
 * post (planted with POST /__emulator/messages) reads as text through +messages-mget; a merged
 * forward made with the API is expanded into its messages with sender names; an edited message
 * carries update_time; bot senders carry their name and open_bot_id; resources, app links and
 * reactions are attached. Then --download-resources: files saved under names from
 * Content-Disposition, never overwritten, listed in the output; bad folders refused before
 * anything is sent; the dry-run plan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setupEnv, type Env } from '../helpers.js';
import { dataOf, expectRefused, ids, mark, planOf, userEnv } from './read-support.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => env?.close());

/** 2026-11-24 02:30 and 03:30 UTC, as the platform's millisecond strings. */
const T1 = String(Date.UTC(2026, 10, 24, 2, 30));
const T2 = String(Date.UTC(2026, 10, 24, 3, 30));
const UTC = { env: { TZ: 'UTC' } };

async function plant(msgType: string, content: unknown, as = 'ou_alice'): Promise<string> {
  const r = await fetch(`${env.emu.url}/__emulator/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: 'oc_project', msg_type: msgType, content, as }),
  });
  const body = (await r.json()) as { data: { message_id: string } };
  expect(r.status).toBe(200);
  return body.data.message_id;
}

describe('every message type reads as text', () => {
  const cases: [string, unknown, string][] = [
    ['vote', { topic: 'Lunch?', options: ['Pizza', 'Sushi'] }, '[Vote: Lunch?, options: Pizza | Sushi]'],
    ['todo', { task_id: 't1', summary: { title: 'Ship v2', content: [[{ tag: 'text', text: 'Write the notes' }]] }, due_time: T1 }, '[Task: Ship v2] Write the notes (due 2026-11-24 02:30)'],
    ['hongbao', { text: 'Happy new year' }, '[Red packet: Happy new year]'],
    ['location', { name: 'Office', latitude: '31.2', longitude: '121.5' }, '[Location: Office, 31.2,121.5]'],
    ['share_calendar_event', { summary: 'Review', start_time: T1, end_time: T2 }, '[Calendar event: Review, 2026-11-24 02:30 – 2026-11-24 03:30]'],
    ['calendar', { summary: 'Offsite', start_time: T1 }, '[Calendar invitation: Offsite, 2026-11-24 02:30]'],
    ['video_chat', { topic: 'Standup', start_time: T1 }, '[Video call: Standup, starts 2026-11-24 02:30]'],
    ['system', { template: '{from_user} invited {to_chatters} to this chat', from_user: ['Alice Chen'], to_chatters: ['Carol Wang'] }, '[System: Alice Chen invited Carol Wang to this chat]'],
    ['sticker', { file_key: 'file_sticker' }, '[Sticker: file_sticker]'],
    ['audio', { file_key: 'file_voice', duration: 4200 }, '[Audio: file_voice, 4s]'],
    ['media', { file_key: 'file_clip', image_key: 'img_cover', file_name: 'demo.mp4', duration: 65000 }, '[Video: file_clip, demo.mp4, 1m05s, cover img_cover]'],
    ['share_chat', { chat_id: 'oc_general' }, '[Shared chat: General (oc_general)]'],
    ['share_user', { user_id: 'ou_carol' }, '[Shared contact: Carol Wang (ou_carol)]'],
    ['file', { file_key: 'file_report', file_name: 'report.pdf' }, '<file key="file_report" name="report.pdf"/>'],
  ];

  it('as +messages-mget returns them, with names, in the order asked', async () => {
    const planted: string[] = [];
    for (const [type, content] of cases) planted.push(await plant(type, content));
    const d = dataOf(await env.spawn(['im', '+messages-mget', '--message-ids', planted.join(','), '--as', 'bot'], UTC));
    expect(d.messages.map((m: { msg_type: string; content: string }) => [m.msg_type, m.content])).toEqual(cases.map(([type, , text]) => [type, text]));
    expect(d.messages[0].sender).toEqual({ id: 'ou_alice', sender_type: 'user', name: 'Alice Chen' });
    expect(d.messages.find((m: { msg_type: string }) => m.msg_type === 'media').resources).toEqual([
      { type: 'file', key: 'file_clip', name: 'demo.mp4' },
      { type: 'image', key: 'img_cover' },
    ]);
    expect(d.messages.find((m: { msg_type: string }) => m.msg_type === 'sticker')).not.toHaveProperty('resources');

    // As the user, the shared chat's name comes from one chats batch query.
    const shared = planted[cases.findIndex(([type]) => type === 'share_chat')]!;
    const since = await mark(env);
    const asUser = dataOf(await env.run(['im', '+messages-mget', '--message-ids', shared, '--as', 'user'], { env: userEnv(env, 'ou_alice') }));
    expect(asUser.messages[0].content).toBe('[Shared chat: General (oc_general)]');
    expect(ids(await since())).toEqual(['im.messages.mget', 'im.chats.batch_query', 'im.reactions.batch_query']);
  });

  it('a merged forward is expanded into its messages with sender names and times', async () => {
    const made = await env.run(['im', 'messages', 'merge_forward', '--params', '{"receive_id_type":"chat_id"}', '--data', '{"receive_id":"oc_project","message_id_list":["om_hello","om_welcome"]}', '--as', 'bot']);
    expect(made.code, made.stderr).toBe(0);
    const id = json<{ data: { message: { message_id: string } } }>(made).data.message.message_id;
    const since = await mark(env);
    const d = dataOf(await env.spawn(['im', '+messages-mget', '--message-ids', id, '--as', 'bot'], UTC));
    const m = d.messages[0];
    const lines = m.content.split('\n');
    expect(lines[0]).toBe('[Merged forward: 2 messages]');
    // In the order they were sent, not the order they were picked.
    expect(lines[1]).toMatch(/^Demo Bot \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\): Welcome to General!$/);
    expect(lines[2]).toMatch(/^Alice Chen \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\): Hello team$/);
    expect(m.merged_messages.map((x: { sender: { name: string }; content: string }) => [x.sender.name, x.content])).toEqual([
      ['Demo Bot', 'Welcome to General!'],
      ['Alice Chen', 'Hello team'],
    ]);
    expect(ids(await since())).toEqual(['im.messages.mget', 'im.messages.get', 'im.reactions.batch_query']);
  });

  it('edited messages carry update_time; bots their name and open_bot_id; app links and reactions', async () => {
    const sent = await env.run(['im', '+messages-send', '--chat-id', 'oc_project', '--text', 'first draft', '--as', 'bot']);
    const id = json<{ data: { message_id: string } }>(sent).data.message_id;
    expect((await env.run(['im', '+messages-update', '--message-id', id, '--text', 'second draft', '--as', 'bot'])).code).toBe(0);
    const d = dataOf(await env.run(['im', '+messages-mget', '--message-ids', `${id},om_welcome,om_hello`, '--as', 'bot']));
    const [edited, welcome, hello] = d.messages;
    expect(edited).toMatchObject({ content: 'second draft', updated: true, update_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) });
    expect(edited.sender).toEqual({ id: 'cli_a7e3c9d15b2f4086', sender_type: 'app', name: 'Demo Bot', open_bot_id: 'ou_demobot' });
    expect(edited.message_app_link).toBe('https://applink.feishu.cn/client/chat/open?openChatId=oc_project');
    expect(welcome).toMatchObject({ reactions: [{ emoji_type: 'THUMBSUP', count: 1 }], thread_reply_count: 1 });
    expect(hello).not.toHaveProperty('update_time');
  });
});

describe('a thread reply also sent to the chat', () => {
  it('both messages carry sync_to_chat_info naming each other, in +messages-mget and +chat-messages-list', async () => {
    const r = await fetch(`${env.emu.url}/__emulator/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: 'oc_general', msg_type: 'text', content: { text: 'said in the thread and the chat' }, as: 'ou_bob', reply_to: 'om_welcome', also_to_chat: true }),
    });
    const reply = ((await r.json()) as { data: { message_id: string } }).data.message_id;
    const listed = dataOf(await env.run(['im', '+chat-messages-list', '--chat-id', 'oc_general', '--no-reactions', '--as', 'bot']));
    const copy = listed.messages[0];
    expect(copy).toMatchObject({ content: 'said in the thread and the chat', sync_to_chat_info: { type: 2, related_message_id: reply, thread_id: 'omt_welcome' } });
    const both = dataOf(await env.run(['im', '+messages-mget', '--message-ids', `${reply},${copy.message_id}`, '--no-reactions', '--as', 'bot']));
    expect(both.messages.map((m: { sync_to_chat_info: unknown }) => m.sync_to_chat_info)).toEqual([
      { type: 1, related_message_id: copy.message_id, thread_id: 'omt_welcome' },
      { type: 2, related_message_id: reply, thread_id: 'omt_welcome' },
    ]);
    expect(both.messages.find((m: { message_id: string }) => m.message_id === 'om_welcome')).toBeUndefined();
  });
});

describe('--download-resources', () => {
  const dir = () => path.join(env.cwd, 'lark-im-resources');
  const reportBytes = () => env.emu.state.resources.get('file_report')!.data;

  it('saves the files of the listed messages under their served names, listed in the output', async () => {
    const since = await mark(env);
    const r = await env.run(['im', '+chat-messages-list', '--chat-id', 'oc_general', '--download-resources', '--as', 'bot']);
    const d = dataOf(r);
    expect(d.downloads).toEqual({
      dir: 'lark-im-resources',
      saved: [{ message_id: 'om_image', type: 'image', key: 'img_logo', path: expect.stringMatching(/^lark-im-resources\/img_logo\.png$/), size_bytes: expect.any(Number) }],
      failed: [],
    });
    expect(fs.readFileSync(path.join(env.cwd, d.downloads.saved[0].path))).toEqual(env.emu.state.resources.get('img_logo')!.data);
    expect(ids(await since()).filter((x) => x === 'im.message.resources.get').length).toBeGreaterThanOrEqual(1);
  });

  it('names come from Content-Disposition; an existing file is kept and the new one saved beside it', async () => {
    fs.mkdirSync(path.join(env.cwd, 'out'), { recursive: true });
    fs.writeFileSync(path.join(env.cwd, 'out', 'report.pdf'), 'mine, do not touch');
    const d = dataOf(await env.run(['im', '+messages-mget', '--message-ids', 'om_file', '--download-resources', '--resources-dir', 'out', '--as', 'bot']));
    expect(d.downloads.saved).toEqual([{ message_id: 'om_file', type: 'file', key: 'file_report', path: 'out/report (1).pdf', size_bytes: reportBytes().length }]);
    expect(fs.readFileSync(path.join(env.cwd, 'out', 'report.pdf'), 'utf8')).toBe('mine, do not touch');
    expect(fs.readFileSync(path.join(env.cwd, 'out', 'report (1).pdf'))).toEqual(reportBytes());
    const again = dataOf(await env.run(['im', '+messages-mget', '--message-ids', 'om_file', '--download-resources', '--resources-dir', 'out', '--as', 'bot']));
    expect(again.downloads.saved[0].path).toBe('out/report (2).pdf');
    expect(fs.readdirSync(path.join(env.cwd, 'out')).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('a resource that cannot be fetched is listed as failed; the messages still print; exit 1', async () => {
    const id = await plant('audio', { file_key: 'file_missing', duration: 1000 }, 'ou_bob');
    const r = await env.run(['im', '+messages-mget', '--message-ids', id, '--download-resources', '--resources-dir', 'failing', '--as', 'bot']);
    expect(r.code).toBe(1);
    const out = json<{ ok: boolean; data: any }>(r);
    expect(out.ok).toBe(false);
    expect(out.data.messages[0].content).toBe('[Audio: file_missing, 1s]');
    expect(out.data.downloads.saved).toEqual([]);
    expect(out.data.downloads.failed).toEqual([{ message_id: id, type: 'file', key: 'file_missing', error: expect.stringContaining('File not in message') }]);
    expect(r.stderr).toMatch(/warning: 1 of 1 resource\(s\) could not be downloaded/);
    expect(fs.existsSync(path.join(env.cwd, 'failing'))).toBe(false);
  });

  it('dry run: the list, then one planned download per resource into the folder; nothing written', async () => {
    const plan = planOf(await env.run(['im', '+threads-messages-list', '--thread', 'omt_welcome', '--download-resources', '--resources-dir', 'saved/here', '--as', 'bot', '--dry-run']));
    expect(plan.map((p) => p.method)).toEqual(['GET', 'GET']);
    expect(plan[1]).toMatchObject({
      url: `${env.emu.url}/open-apis/im/v1/messages/%3Ceach%20listed%20message%20with%20resources%3E/resources/%3Ceach%20image_key%20or%20file_key%3E?type=%3Cimage%20or%20file%3E`,
      headers: { Range: 'bytes=0-131071' },
      save_to: 'saved/here/',
    });
    expect(fs.existsSync(path.join(env.cwd, 'saved'))).toBe(false);
  });

  describe('refused before anything is sent (exit 2)', () => {
    beforeAll(() => {
      const outside = fs.mkdtempSync(path.join(path.dirname(env.cwd), 'outside-'));
      fs.symlinkSync(outside, path.join(env.cwd, 'escape'));
      fs.writeFileSync(path.join(env.cwd, 'plain.txt'), 'x');
    });
    const cases: [string, string[], RegExp][] = [
      ['an absolute folder', ['--resources-dir', '/tmp/x'], /--resources-dir "\/tmp\/x" is refused: give a relative path inside the current directory/],
      ['a folder with ..', ['--resources-dir', '../x'], /--resources-dir "..\/x" is refused/],
      ['a folder through a symlink leading outside', ['--resources-dir', 'escape/x'], /--resources-dir "escape\/x" leads outside the working directory through a symbolic link/],
      ['a file, not a folder', ['--resources-dir', 'plain.txt'], /goes through "plain.txt", which is a file, not a folder/],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      await expectRefused(env, ['im', '+chat-messages-list', '--chat-id', 'oc_general', '--download-resources', ...args, '--as', 'bot'], message);
    });
    it('--resources-dir without --download-resources', async () => {
      await expectRefused(env, ['im', '+messages-mget', '--message-ids', 'om_file', '--resources-dir', 'x', '--as', 'bot'], /--resources-dir needs --download-resources/);
    });
  });
});
