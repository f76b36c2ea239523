/**
 * The web console in a real headless Chromium (Debian's package, driven by playwright-core): a
 * bot written with our SDK (long-connection client + API client) runs against the emulator; the
 * test acts as people in the console and watches the bot's answers arrive live. Screenshots of
 * each view go to test-results/console/ (git-ignored).
 *
 * The SDK is imported from its sources by path: it already depends on the emulator for its own
 * tests, and a package dependency back would make the workspace graph cyclic.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../docs-site/test/chromium.js';
import { EventDispatcher } from '../../sdk/src/events/index.js';
import { LarkClient } from '../../sdk/src/generated/client.js';
import { LongConnectionClient } from '../../sdk/src/ws/index.js';
import type { EventRecord } from '../src/events/hub.js';
import { startEmulator, type Emulator } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shots = path.join(root, 'test-results', 'console');
const EXAMPLES = path.resolve(root, '../../specs/cards/examples');

interface Example {
  readonly name: string;
  readonly card: Record<string, any>;
}
const examples: Example[] = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), 'utf8')) as Example);

let emu: Emulator;
let browser: Browser;
/** The one tab every test drives: each test navigates it afresh (see `open`). */
let page: Page;
let api: LarkClient;
const stopBot = new AbortController();
let botRunning: Promise<unknown> | undefined;
/** What the bot was sent, in order. */
const botSaw: { kind: string; detail: unknown }[] = [];

/** The bot: echoes texts as a reply, and answers card clicks with a toast and a new card. */
function bot(): EventDispatcher {
  return new EventDispatcher()
    .on('im.message.receive_v1', async (e) => {
      if (e.message.message_type !== 'text') return; // system messages (a member added) are not echoed
      const text = JSON.parse(e.message.content).text as string;
      botSaw.push({ kind: 'message', detail: text });
      await api.im.messages.reply({ path: { message_id: e.message.message_id }, data: { msg_type: 'text', content: JSON.stringify({ text: `echo: ${text.replace(/@_user_\d+\s*/g, '')}` }) } });
    })
    .on('im.message.reaction.created_v1', (e) => void botSaw.push({ kind: 'im.message.reaction.created_v1', detail: e }))
    .on('im.message.reaction.deleted_v1', (e) => void botSaw.push({ kind: 'im.message.reaction.deleted_v1', detail: e }))
    .on('im.chat.updated_v1', (e) => void botSaw.push({ kind: 'im.chat.updated_v1', detail: e }))
    .on('im.chat.member.user.added_v1', (e) => void botSaw.push({ kind: 'im.chat.member.user.added_v1', detail: e }))
    .on('im.chat.member.user.deleted_v1', (e) => void botSaw.push({ kind: 'im.chat.member.user.deleted_v1', detail: e }))
    .on('card.action.trigger', (e) => {
      botSaw.push({ kind: 'card', detail: e.action });
      const who = e.operator.open_id;
      return {
        toast: { type: 'success', content: `Thanks, ${who}` },
        card: {
          type: 'raw',
          data: { schema: '2.0', header: { title: { tag: 'plain_text', content: 'Handled' }, template: 'green' }, body: { elements: [{ tag: 'markdown', content: `**${e.action.tag}** handled for <at id=${who}></at>` }] } },
        },
      };
    });
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  // The bot answers card callbacks from this busy process: give it the time a loaded machine needs
  // (the platform's 3 s would make the test depend on machine speed).
  emu = await startEmulator({ events: { callbackTimeoutMs: 60_000, longConnection: { reconnectNonceSeconds: 0, reconnectIntervalSeconds: 0 } } });
  api = new LarkClient({ appId: emu.appId, appSecret: emu.appSecret, baseUrl: emu.url });
  let connected!: () => void;
  const ready = new Promise<void>((r) => (connected = r));
  const client = new LongConnectionClient({ appId: emu.appId, appSecret: emu.appSecret, baseUrl: emu.url, dispatcher: bot(), signal: stopBot.signal, random: () => 0, onConnected: () => connected() });
  botRunning = client.run().catch(() => undefined);
  await ready;
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    requestsSeen++;
    if (new URL(r.url()).origin !== servedBy) foreign.push(r.url());
  });
}, 300_000);

// Every test starts from the demo tenant (the emulator's own reset; the bot stays connected) and
// hears only what its own actions caused. The event and request logs are not part of the tenant.
beforeEach(() => {
  emu.reset();
  botSaw.length = 0;
});

afterAll(async () => {
  await browser?.close();
  stopBot.abort();
  await botRunning;
  await emu?.close();
});

/** Requests the console made outside the emulator that served it (must stay empty: no CDN). */
const foreign: string[] = [];
let requestsSeen = 0;
/** The origin of the emulator whose console the tab shows. */
let servedBy = '';
/** Script errors of the page shown now. */
const pageErrors: string[] = [];

/**
 * Shows the console (of `on`, the main emulator by default) in the tab, freshly loaded, and waits
 * until its live stream is connected. One tab for the whole file: a navigation is a full page
 * load, and reusing the tab spares a new browser context per view.
 */
async function open(query: string, colorScheme: 'light' | 'dark' = 'light', on: Emulator = emu): Promise<void> {
  const origin = new URL(on.url).origin;
  // Another emulator's console: leave the one shown first, whose live stream would still call its own origin.
  if (origin !== servedBy) await page.goto('about:blank');
  servedBy = origin;
  await page.emulateMedia({ colorScheme });
  pageErrors.length = 0;
  const res = await page.goto(`${on.consoleUrl}?${query}`);
  expect(res?.status()).toBe(200);
  // Connected, and the live regions fetched once: the page no longer swaps what a test reads.
  await page.locator('body[data-refreshed]').waitFor({ state: 'attached' });
  expect(await page.locator('#live-status').textContent()).toBe('live');
  expect(pageErrors).toEqual([]);
}

/** Waits for a value to come true: generous, since the machine may be loaded (event-driven checks, no budgets). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 120_000, interval: 50 });

/**
 * A picture of what the tab shows (the window; `fullPage` for the whole scrolled page, which on
 * a long chat costs many times more to capture).
 */
const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });

// Each test drives a browser through several pages: minutes on a loaded 2-core machine, not a budget.
describe('the console in a real browser', { timeout: 600_000 }, () => {
  it('a message sent as a user reaches the SDK bot, and its reply shows up live', async () => {
    await open('chat=oc_p2p_alice&as=ou_alice');
    await shot('chat-before');
    await page.getByRole('textbox', { name: /^Message as Alice Chen/ }).fill('ping from the browser');
    await page.getByRole('button', { name: 'Send' }).click();
    const messages = page.locator('.messages > li.msg');
    await messages.filter({ hasText: 'ping from the browser' }).first().waitFor();
    await messages.filter({ hasText: 'echo: ping from the browser' }).first().waitFor();
    expect(botSaw).toContainEqual({ kind: 'message', detail: 'ping from the browser' });
    // The bot's answer is a thread reply to the user's message, in the page without a reload.
    await poll(() => page.locator('.msg.from-bot .text').allTextContents()).toContain('echo: ping from the browser');
    await shot('chat-after-bot-reply');
  });

  it('keyboard only: mention the bot, Ctrl+Enter sends, and the mention renders', async () => {
    await open('chat=oc_general&as=ou_bob');
    const area = page.getByRole('textbox', { name: /^Message as Bob Li/ });
    await area.focus();
    await page.keyboard.type('hello ');
    await page.getByLabel('Insert a mention').selectOption('Demo Bot');
    await poll(() => area.inputValue()).toBe('hello @Demo Bot ');
    await area.press('Control+Enter');
    const sent = page.locator('.messages > li.msg', { hasText: 'hello @Demo Bot' }).filter({ has: page.locator('.sender', { hasText: 'Bob Li' }) });
    await sent.locator('.at', { hasText: '@Demo Bot' }).waitFor();
    await page.locator('.msg', { hasText: 'echo: hello' }).first().waitFor();
  });

  it('an image from disk is uploaded as the user and shown from the stored bytes', async () => {
    await open('chat=oc_project&as=ou_alice');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await page.getByLabel('Attach an image from disk').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Send' }).click();
    const img = page.locator('.messages > li.msg', { has: page.locator('.sender', { hasText: 'Alice Chen' }) }).last().locator('img.img');
    await img.waitFor();
    await poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBe(1);
    const key = /\/console\/resource\/(img_\w+)/.exec((await img.getAttribute('src'))!)![1]!;
    expect(emu.state.resources.get(key)!.data.equals(png)).toBe(true);
  });

  it('reply in a thread and react as a user', async () => {
    await open('chat=oc_general&as=ou_carol');
    const hello = page.locator('#m-om_hello');
    await hello.getByRole('button', { name: 'Reply in thread' }).click();
    await poll(() => page.locator('#replying').textContent()).toContain('Replying in thread to Alice Chen: Hello team');
    await page.getByRole('textbox', { name: /^Message as Carol Wang/ }).fill('a thread reply');
    await page.getByRole('button', { name: 'Send' }).click();
    await hello.locator('.thread', { hasText: 'a thread reply' }).waitFor();
    await hello.getByLabel('Add a reaction').first().selectOption('HEART');
    const mine = hello.getByRole('button', { name: 'HEART by Carol Wang (press to remove yours)' });
    await mine.waitFor();
    const m = emu.state.messages.get('om_hello')!;
    expect(m.thread_id).toMatch(/^omt_/);
    await shot('thread-and-reaction');
    const heard = (kind: string) => botSaw.filter((x) => x.kind === kind).map((x) => x.detail as { message_id: string; reaction_type: { emoji_type: string }; user_id: { open_id: string } });
    await poll(() => heard('im.message.reaction.created_v1').map((e) => [e.message_id, e.reaction_type.emoji_type, e.user_id.open_id])).toContainEqual(['om_hello', 'HEART', 'ou_carol']);
    await mine.click();
    await poll(() => hello.getByRole('button', { name: /^HEART by/ }).count()).toBe(0);
    await poll(() => heard('im.message.reaction.deleted_v1').map((e) => [e.message_id, e.reaction_type.emoji_type, e.user_id.open_id])).toContainEqual(['om_hello', 'HEART', 'ou_carol']);
  });

  it('manage the chat as its owner: add and remove a member, update name and description; the header follows and the bot hears it', async () => {
    await open('chat=oc_project&as=ou_bob');
    await page.getByText('Manage chat').click();
    await page.getByRole('combobox', { name: 'Add', exact: true }).selectOption('ou_carol');
    await page.getByRole('button', { name: 'Add member' }).click();
    await poll(() => page.locator('.members').textContent()).toContain('Carol Wang');
    await poll(() => page.locator('#toast').textContent()).toBe('The member was added.');
    expect(emu.state.chats.get('oc_project')!.users).toContain('ou_carol');
    await shot('manage-chat');
    const heard = (kind: string) => botSaw.filter((x) => x.kind === kind).map((x) => x.detail as Record<string, any>);
    await poll(() => heard('im.chat.member.user.added_v1').map((e) => [e.chat_id, e.users.map((u: any) => u.user_id.open_id)])).toContainEqual(['oc_project', ['ou_carol']]);

    await page.getByRole('combobox', { name: 'Remove', exact: true }).selectOption('ou_carol');
    await page.getByRole('button', { name: 'Remove member' }).click();
    await poll(() => page.locator('#toast').textContent()).toBe('The member was removed.');
    await poll(() => page.locator('.members').textContent()).not.toContain('Carol Wang');
    await poll(() => heard('im.chat.member.user.deleted_v1').map((e) => [e.chat_id, e.users.map((u: any) => u.user_id.open_id)])).toContainEqual(['oc_project', ['ou_carol']]);

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Project Renamed');
    await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Where the launch is planned');
    await page.getByRole('button', { name: 'Update chat' }).click();
    await page.locator('.chat-head h2', { hasText: 'Project Renamed' }).waitFor();
    await poll(() => page.locator('.chat-head .description').textContent()).toBe('Where the launch is planned');
    await page.locator('#chats .chat-name', { hasText: 'Project Renamed' }).waitFor();
    await poll(() => heard('im.chat.updated_v1').map((e) => [e.chat_id, e.after_change])).toContainEqual(['oc_project', { name: 'Project Renamed', description: 'Where the launch is planned' }]);
  });

  it('every example card renders its title and buttons', async () => {
    const ids = new Map<string, string>();
    for (const ex of examples) {
      const r = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_project', msg_type: 'interactive', content: JSON.stringify(ex.card) } });
      ids.set(ex.name, r.message_id!);
    }
    await open('chat=oc_project&as=ou_alice');
    for (const ex of examples) {
      const card = page.locator(`#m-${ids.get(ex.name)} .card`);
      await card.waitFor();
      const title = ex.card.header?.title?.content as string | undefined;
      if (title) expect(await card.locator('.card-title').first().innerText()).toContain(title);
      const labels: string[] = [];
      JSON.stringify(ex.card, (k, v) => {
        if (v && typeof v === 'object' && v.tag === 'button') labels.push(v.text.content);
        return v;
      });
      for (const l of labels) expect(await card.getByText(l, { exact: true }).count(), `${ex.name}: ${l}`).toBe(1);
    }
    // One picture of the whole chat shows every card (a picture per card costs a capture each).
    await shot('cards-light', true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('cards-dark', true);
  });

  it('clicking a card button sends card.action.trigger; the toast and the updated card show', async () => {
    const alert = examples.find((e) => e.name === 'alert')!;
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(alert.card) } });
    await open('chat=oc_general&as=ou_alice');
    const card = page.locator(`#m-${sent.message_id} .card`);
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.locator('.card-title', { hasText: 'Handled' }).waitFor();
    await poll(() => page.locator('#toast').textContent()).toBe('Thanks, ou_alice');
    expect(await card.locator('.card-header').getAttribute('class')).toBe('card-header tpl-green');
    expect(await card.locator('.md').innerText()).toBe('button handled for @Alice Chen');
    const ack = botSaw.filter((s) => s.kind === 'card').at(-1)!.detail as Record<string, unknown>;
    const button = JSON.stringify(alert.card).match(/"tag":"button","text":\{"tag":"plain_text","content":"Acknowledge"\}[^]*?"value":(\{[^}]*\})/);
    expect(ack.tag).toBe('button');
    if (button) expect(ack.value).toEqual(JSON.parse(button[1]!));
    await shot('card-after-click');
  });

  it('submitting a card form sends its values with the submit button', async () => {
    const form = examples.find((e) => e.name === 'feedback-form')!;
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(form.card) } });
    await open('chat=oc_general&as=ou_bob');
    const card = page.locator(`#m-${sent.message_id} .card`);
    await card.getByLabel('Rating').selectOption('5');
    await card.getByLabel('What stood out?').selectOption(['speed', 'staff']);
    await card.getByLabel('Anything else?').fill('Quick and friendly');
    await card.getByRole('button', { name: 'Send feedback' }).click();
    await card.locator('.card-title', { hasText: 'Handled' }).waitFor();
    const action = botSaw.filter((s) => s.kind === 'card').at(-1)!.detail as Record<string, unknown>;
    expect(action).toEqual({ tag: 'button', name: 'submit', value: { form: 'feedback' }, form_value: { rating: '5', topics: ['speed', 'staff'], visit: '2026-12-03', comment: 'Quick and friendly' } });
  });

  it('a select and a checker outside a form send their own actions', async () => {
    const card = {
      schema: '2.0',
      header: { title: { tag: 'plain_text', content: 'Pick one' }, template: 'orange' },
      body: {
        elements: [
          { tag: 'select_static', name: 'size', placeholder: { tag: 'plain_text', content: 'Size' }, options: ['S', 'M', 'L'].map((v) => ({ text: { tag: 'plain_text', content: v }, value: v.toLowerCase() })), behaviors: [{ type: 'callback', value: { q: 'size' } }] },
          { tag: 'checker', name: 'agree', text: { tag: 'plain_text', content: 'I agree' }, behaviors: [{ type: 'callback', value: { q: 'agree' } }] },
        ],
      },
    };
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(card) } });
    await open('chat=oc_general&as=ou_carol');
    const msg = page.locator(`#m-${sent.message_id}`);
    // click(), not check(): the bot's answer replaces the card, so the box may be gone before
    // check() could confirm its state; what the bot received (checked: true) is asserted below.
    await msg.getByRole('checkbox', { name: 'I agree' }).click();
    await msg.locator('.card-title', { hasText: 'Handled' }).waitFor();
    expect(botSaw.filter((x) => x.kind === 'card').at(-1)!.detail).toEqual({ tag: 'checker', name: 'agree', value: { q: 'agree' }, checked: true });
    // The answer replaced the card; send it again to try the select.
    const again = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(card) } });
    const msg2 = page.locator(`#m-${again.message_id}`);
    await msg2.getByRole('combobox', { name: 'Size' }).selectOption('m');
    await msg2.locator('.card-title', { hasText: 'Handled' }).waitFor();
    expect(botSaw.filter((x) => x.kind === 'card').at(-1)!.detail).toEqual({ tag: 'select_static', name: 'size', value: { q: 'size' }, option: 'm' });
  });

  it('the tenant, event log and request log views, in light and dark', async () => {
    for (const [view, check] of [
      ['tenant', 'Alice Chen'],
      ['events', 'im.message.receive_v1'],
      ['requests', 'im.messages.reply'],
    ] as const) {
      await open(`view=${view}&as=ou_alice`);
      expect(await page.locator('main').innerText()).toContain(check);
      await shot(`${view}-light`);
      // The same page switched to the dark scheme (the light and dark test checks the colours).
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(`${view}-dark`);
      if (view === 'events') {
        expect(await page.locator('tr.st-delivered').count()).toBeGreaterThan(0);
        expect(await page.content()).not.toContain(emu.events.hub.settings.verificationToken);
      }
    }
  });

  it('is served by the emulator itself on 127.0.0.1: its own script and style, nothing from elsewhere', async () => {
    expect(new URL(emu.consoleUrl).hostname).toBe('127.0.0.1');
    await open('chat=oc_general&as=ou_alice');
    const origin = new URL(emu.url).origin;
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/console/assets/console.css', '/console/assets/console.js', '/console/live']));
    const referenced = await page.evaluate(() => [...document.querySelectorAll('script[src], link[href], img[src]')].map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href));
    for (const u of [...loaded, ...referenced]) expect(new URL(u).origin, u).toBe(origin);
  });

  it('the tenant: every user, the app and its bot, every chat with members, owner and settings', async () => {
    await open('view=tenant&as=ou_alice');
    const s = emu.state;
    const tables = page.locator('main table');
    const userRows = tables.nth(0).locator('tbody tr');
    expect(await userRows.count()).toBe(s.users.size);
    const byId = (rows: typeof userRows, id: string) => rows.filter({ has: page.locator('code', { hasText: new RegExp(`^${id}$`) }) });
    for (const u of s.users.values()) expect(await byId(userRows, u.open_id).innerText()).toContain(u.name);
    const facts = await page.locator('main dl.facts').innerText();
    expect(facts).toContain(s.app.app_id);
    expect(facts).toContain(`${s.app.bot_name} ${s.app.bot_open_id}`);
    expect(facts).toContain('long connection (1 connected)');
    const chatRows = tables.nth(1).locator('tbody tr');
    expect(await chatRows.count()).toBe(s.chats.size);
    for (const c of s.chats.values()) {
      const row = await byId(chatRows, c.chat_id).innerText();
      for (const u of c.users) expect(row, c.chat_id).toContain(s.users.get(u)!.name);
      if (c.bots.includes(s.app.app_id)) expect(row).toContain(s.app.bot_name);
      expect(row).toContain(`${c.settings.group_message_type}, members add: ${c.settings.add_member_permission}`);
      expect(row).toContain(`${c.chat_mode} · ${c.chat_type}`);
    }
  });

  it('every message type renders live as people see it, without a reload', async () => {
    await open('chat=oc_general&as=ou_alice');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const send = async (msg_type: string, content: unknown) =>
      (await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type, content: JSON.stringify(content) } })).message_id!;
    const opus = await api.im.files.create({ data: { file_type: 'opus', file_name: 'voice.opus', duration: 3000, file: Buffer.from('OPUSDATA') } });
    const mp4 = await api.im.files.create({ data: { file_type: 'mp4', file_name: 'clip.mp4', duration: 5000, file: Buffer.from('MP4DATA') } });
    const post = await send('post', {
      en_us: {
        title: 'Weekly notes',
        content: [
          [
            { tag: 'text', text: 'bold', style: ['bold'] },
            { tag: 'text', text: ' and ' },
            { tag: 'text', text: 'italic', style: ['italic'] },
            { tag: 'a', text: 'the docs', href: 'https://example.com/docs' },
            { tag: 'at', user_id: 'ou_bob' },
          ],
          [{ tag: 'img', image_key: 'img_logo' }],
          [{ tag: 'code_block', language: 'ts', text: 'const x = 1;\n' }],
          [{ tag: 'md', text: '- first\n- second\n\n| Team | Score |\n| --- | --- |\n| Red | 3 |' }],
        ],
      },
      files: [{ key: 'file_report' }],
    });
    const audio = await send('audio', { file_key: opus.file_key });
    const media = await send('media', { file_key: mp4.file_key, image_key: 'img_logo' });
    const shareChat = await send('share_chat', { chat_id: 'oc_project' });
    const shareUser = await send('share_user', { user_id: 'ou_bob' });
    const merged = (await api.im.messages.mergeForward({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', message_id_list: ['om_hello', 'om_welcome'] } })).message!.message_id!;
    const system = await (
      await fetch(`${emu.url}/__emulator/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: 'oc_general', msg_type: 'system', content: { template: '{from_user} invited {to_chatters}', from_user: ['Alice Chen'], to_chatters: ['Carol Wang'] } }) })
    ).json();
    const edited = await send('text', { text: 'first draft' });
    await api.im.messages.update({ path: { message_id: edited }, data: { msg_type: 'text', content: JSON.stringify({ text: 'final words' }) } });
    const recalled = await send('text', { text: 'sent by mistake' });
    await api.im.messages.delete({ path: { message_id: recalled } });
    await api.im.pins.create({ data: { message_id: edited } });

    const item = (id: string) => page.locator(`#m-${id}`);
    const p = item(post).locator('.post');
    await p.waitFor();
    expect(await p.locator('.post-title').innerText()).toBe('Weekly notes');
    expect(await p.locator('strong').innerText()).toBe('bold');
    expect(await p.locator('em').innerText()).toBe('italic');
    expect(await p.getByRole('link', { name: 'the docs' }).getAttribute('href')).toBe('https://example.com/docs');
    expect(await p.locator('.at').innerText()).toBe('@Bob Li');
    await p.locator('img.img').scrollIntoViewIfNeeded();
    await poll(() => p.locator('img.img').evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await p.locator('pre.code code').innerText()).toBe('const x = 1;');
    expect(await p.locator('ul:not(.attachments) li').allInnerTexts()).toEqual(['first', 'second']);
    expect(await p.locator('table th').allInnerTexts()).toEqual(['Team', 'Score']);
    expect(await p.locator('table td').allInnerTexts()).toEqual(['Red', '3']);
    expect(await p.getByRole('list', { name: 'Attachments' }).getByRole('link').innerText()).toContain('report.pdf');

    const voice = item(audio).locator('a.file');
    await voice.waitFor();
    expect([await voice.innerText(), await voice.getAttribute('href'), await voice.getAttribute('download')]).toEqual(['🔊 Voice message · 3s', `/console/resource/${opus.file_key}`, 'voice.opus']);
    await item(media).locator('.media img.img').scrollIntoViewIfNeeded();
    await poll(() => item(media).locator('.media img.img').evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await item(media).locator('.media a.file').innerText()).toContain('clip.mp4');
    expect(await item(shareChat).locator('.share').innerText()).toBe(`Group card\n${emu.state.chats.get('oc_project')!.name}`);
    expect(await item(shareUser).locator('.share').innerText()).toBe('Contact card\n@Bob Li');
    expect(await item(merged).locator('figure.merged figcaption').innerText()).toBe('Merged forward · 2 messages');
    // The copies keep the order they were posted in.
    expect(await item(merged).locator('figure.merged .sender').allInnerTexts()).toEqual(['Demo Bot', 'Alice Chen']);
    expect(await item(system.data.message_id).locator('.content').innerText()).toContain('Alice Chen invited Carol Wang');
    await poll(() => item(edited).locator('.badge').allInnerTexts()).toEqual(['bot', '📌 pinned', 'edited']);
    expect(await item(edited).locator('.text').innerText()).toBe('final words');
    expect(await item(recalled).locator('.recalled').innerText()).toBe('This message was recalled.');
    expect(await item(recalled).innerText()).not.toContain('sent by mistake');
    await poll(() => page.locator('.pins').innerText()).toContain('final words');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await shot('message-types');
  });

  it('a file downloads with its name and the stored bytes', async () => {
    await open('chat=oc_project&as=ou_alice');
    const link = page.locator('.msg a.file', { hasText: 'report.pdf' }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('report.pdf');
    expect(fs.readFileSync((await download.path())!).equals(emu.state.resources.get('file_report')!.data)).toBe(true);
  });

  it('Card 1.0 and 2.0 components each render as their own control', async () => {
    const v1 = {
      config: { wide_screen_mode: true },
      header: { title: { tag: 'plain_text', content: 'Old style' }, template: 'red' },
      elements: [
        { tag: 'div', text: { tag: 'lark_md', content: '**Host** web-1' }, fields: [{ is_short: true, text: { tag: 'lark_md', content: '**CPU** 93%' } }, { is_short: true, text: { tag: 'lark_md', content: '**Mem** 40%' } }] },
        { tag: 'hr' },
        { tag: 'img', img_key: 'img_logo', alt: { tag: 'plain_text', content: 'Logo' } },
        { tag: 'note', elements: [{ tag: 'plain_text', content: 'Sent by the monitor' }] },
        { tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'Silence' }, type: 'danger', value: { do: 'silence' } }, { tag: 'select_static', placeholder: { tag: 'plain_text', content: 'Snooze' }, options: [{ text: { tag: 'plain_text', content: '1 hour' }, value: '1h' }] }] },
      ],
    };
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(v1) } });
    const ids = new Map<string, string>();
    for (const ex of examples) {
      const r = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(ex.card) } });
      ids.set(ex.name, r.message_id!);
    }
    await open('chat=oc_general&as=ou_alice');
    const old = page.locator(`#m-${sent.message_id} .card`);
    await old.waitFor();
    expect([await old.getAttribute('data-schema'), await old.locator('.card-header').getAttribute('class')]).toEqual(['1.0', 'card-header tpl-red']);
    expect(await old.locator('.fields .field.short').allInnerTexts()).toEqual(['CPU 93%', 'Mem 40%']);
    expect(await old.locator('hr.card-hr').count()).toBe(1);
    // Images load lazily, as in a chat app: bring the card into view first.
    await old.getByRole('img', { name: 'Logo' }).scrollIntoViewIfNeeded();
    await poll(() => old.getByRole('img', { name: 'Logo' }).evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await old.locator('.note').innerText()).toBe('Sent by the monitor');
    expect(await old.getByRole('button', { name: 'Silence' }).getAttribute('class')).toBe('btn btn-danger');
    expect(await old.getByRole('combobox', { name: 'Snooze' }).locator('option').allInnerTexts()).toEqual(['Snooze', '1 hour']);

    // Each component an example card uses shows up as its control (table-driven over the examples).
    const control: Record<string, string> = {
      markdown: '.md',
      column_set: '.columns > .column',
      img: 'img.img',
      hr: 'hr.card-hr',
      button: 'button.btn, a.btn',
      select_static: 'select:not([multiple])',
      multi_select_static: 'select[multiple]',
      select_person: 'select',
      overflow: 'select',
      input: 'input[type="text"], textarea',
      form: 'form.card-form',
      table: 'table th',
      collapsible_panel: 'details.panel > summary',
      person_list: '.people .at',
      person: '.at',
      date_picker: 'input[type="date"]',
      picker_time: 'input[type="time"]',
      picker_datetime: 'input[type="datetime-local"]',
      checker: 'input[type="checkbox"]',
      chart: 'figure.chart',
      text_tag: '.tag',
      interactive_container: '.container',
    };
    const covered = new Set<string>();
    for (const ex of examples) {
      const card = page.locator(`#m-${ids.get(ex.name)} .card`);
      await card.waitFor();
      const template = ex.card.header?.template as string | undefined;
      if (template) expect(await card.locator('.card-header').getAttribute('class'), ex.name).toBe(`card-header tpl-${template}`);
      const tags = new Set<string>();
      JSON.stringify(ex.card, (_k, v) => (v && typeof v === 'object' && typeof v.tag === 'string' && tags.add(v.tag), v));
      for (const tag of tags) {
        if (!control[tag]) continue;
        expect(await card.locator(control[tag]).count(), `${ex.name}: ${tag}`).toBeGreaterThan(0);
        covered.add(tag);
      }
    }
    // The components the console promises are all exercised by the examples.
    expect([...covered].sort()).toEqual(expect.arrayContaining(['button', 'collapsible_panel', 'column_set', 'form', 'img', 'input', 'markdown', 'person_list', 'select_static', 'table']));
  });

  it('the event log shows the subscriber, the path and every delivery state', async () => {
    // A second emulator delivering by webhook to a receiver that answers per message text: ok →
    // 200, again → 500 (retried much later), hold → no answer yet; a card callback gets a 500.
    const held: http.ServerResponse[] = [];
    const receiver = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c));
      req.on('end', () => {
        const body = JSON.parse(raw) as { type?: string; challenge?: string; header?: { event_type: string }; event?: { message?: { content: string } } };
        if (body.type === 'url_verification') return res.end(JSON.stringify({ challenge: body.challenge }));
        const text = body.event?.message ? (JSON.parse(body.event.message.content) as { text: string }).text : '';
        if (text === 'hold') return void held.push(res);
        res.statusCode = text === 'ok' ? 200 : 500;
        res.end('{}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
    const other = await startEmulator({ events: { webhookUrl: hookUrl, webhookTimeoutMs: 3_600_000, retry: { initialMs: 3_600_000, maxMs: 3_600_000, maxAttempts: 5 } } });
    try {
      const act = (body: unknown, path = '/__emulator/act') => fetch(`${other.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
      for (const text of ['ok', 'again', 'hold']) {
        expect((await act({ as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'text', content: JSON.stringify({ text }) } })).code).toBe(0);
      }
      await act({ as: 'ou_alice', message_id: 'om_card', action: { tag: 'button', value: { x: 1 } } }, '/__emulator/card-action');
      const label = (rec: EventRecord) => {
        const ev = rec.envelope.event as { message?: { content: string } };
        return ev.message ? (JSON.parse(ev.message.content) as { text: string }).text : rec.envelope.header.event_type;
      };
      await poll(() => other.events.hub.recent().map((r) => [label(r), r.status])).toEqual(
        expect.arrayContaining([
          ['ok', 'delivered'],
          ['again', 'retrying'],
          ['hold', 'in_flight'],
          ['card.action.trigger', 'failed'],
        ]),
      );
      await open('view=events&as=ou_alice', 'light', other);
      const row = (text: string) => page.locator('tbody tr', { has: page.locator('pre', { hasText: `\\"text\\":\\"${text}\\"` }) });
      const expectRow = async (r: ReturnType<typeof row>, status: string, extra: string[]) => {
        // Text content, not innerText: a live refresh may swap the row while it is read, and a row
        // out of the layout loses its line breaks. What the test proves is the data in each cell.
        const cells = await r.locator('td').allTextContents();
        expect(cells.slice(1, 4)).toEqual(['im.message.receive_v1', `Demo Bot ${other.appId}`, `webhook${hookUrl}`]);
        for (const x of [status, ...extra]) expect(cells[4]).toContain(x);
      };
      await expectRow(row('ok'), 'delivered', []);
      await expectRow(row('again'), 'retrying', ['HTTP 500']);
      await expectRow(row('hold'), 'pending (sent, awaiting the answer)', []);
      const card = page.locator('tbody tr', { hasText: 'card.action.trigger' });
      expect(await card.locator('.status').innerText()).toBe('failed');
      expect(await card.locator('td').nth(4).innerText()).toContain('the callback URL answered HTTP 500');
      expect(await page.content()).not.toContain(other.events.hub.settings.verificationToken);
      await shot('events-delivery-states');
      } finally {
      for (const res of held) res.end('{}');
      await other.close();
      receiver.closeAllConnections();
      await new Promise((r) => receiver.close(r));
    }
  });

  it('the request log: identity, method, path, status and latency, never a secret', async () => {
    await open('view=requests&as=ou_alice');
    const reply = page.locator('tbody tr', { hasText: 'im.messages.reply' }).first();
    const cells = await reply.locator('td').allInnerTexts();
    // The bot replied with its own token: the identity, then who that is.
    expect(cells[1]).toBe(`bot\nDemo Bot ${emu.appId}`);
    const userCall = await page.locator('tbody tr', { hasText: 'im.reactions.create' }).first().locator('td').nth(1).innerText();
    expect(userCall).toBe('user\nCarol Wang ou_carol');
    expect(cells[2]).toBe('POST');
    expect(cells[3]).toMatch(/^\/open-apis\/im\/v1\/messages\/om_\w+\/reply\nim\.messages\.reply$/);
    expect(cells[4]).toBe('200');
    expect(cells[5]).toMatch(/^\d+ ms$/);
    const html = await page.content();
    expect(html).not.toContain(emu.appSecret);
    for (const token of emu.state.tokens.keys()) expect(html).not.toContain(token);
    expect(html).not.toMatch(/Bearer/);
  });

  it('downloads the state, without live credentials', async () => {
    await open('view=tenant&as=ou_alice');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download state' }).click()]);
    expect(download.suggestedFilename()).toBe('emulator-state.json');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const doc = JSON.parse(text) as { app: { app_secret: string }; chats: { chat_id: string }[]; tokens?: unknown };
    expect(doc.app.app_secret).toBe('(hidden)');
    expect(doc.tokens).toBeUndefined();
    expect(doc.chats.map((c) => c.chat_id)).toContain('oc_general');
    expect(text).not.toContain(emu.appSecret);
  });

  it('labelled and keyboard-usable: every control has a name; Tab reaches the skip link, Enter presses a card button', async () => {
    await open('chat=oc_general&as=ou_alice');
    const unnamed = await page.locator('button, select, input:not([type="hidden"]), textarea, a[href], [role="button"]').evaluateAll((els) =>
      els
        .filter((el) => {
          const e = el as HTMLInputElement;
          const byLabel = [...(e.labels ?? [])].map((l) => l.textContent ?? '').join('');
          return `${el.getAttribute('aria-label') ?? ''}${byLabel}${el.textContent ?? ''}${el.getAttribute('title') ?? ''}`.trim() === '';
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const alert = examples.find((e) => e.name === 'alert')!;
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(alert.card) } });
    const card = page.locator(`#m-${sent.message_id} .card`);
    await card.getByRole('button', { name: 'Acknowledge' }).focus();
    await page.keyboard.press('Enter');
    await card.locator('.card-title', { hasText: 'Handled' }).waitFor();
  });

  it('light and dark: the page follows the colour scheme, when loaded and when it changes', async () => {
    const colours = () => page.evaluate(() => `${getComputedStyle(document.body).backgroundColor} ${getComputedStyle(document.body).color}`);
    await open('chat=oc_general&as=ou_alice', 'light');
    const light = await colours();
    await open('chat=oc_general&as=ou_alice', 'dark');
    const dark = await colours();
    expect(dark).not.toBe(light);
    // A scheme change while the page is open applies without a reload.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colours()).toBe(light);
  });

  it('reset to empty and reseed: the page follows without a reload', async () => {
    await open('chat=oc_general&as=ou_alice');
    await page.getByRole('button', { name: 'Reset to empty' }).click();
    await poll(() => page.locator('#toast').textContent()).toBe('The tenant is empty now.');
    await poll(() => page.locator('#chats li').count()).toBe(0);
    await page.getByRole('button', { name: 'Reseed demo' }).click();
    await poll(() => page.locator('#chats li').count()).toBeGreaterThan(0);
  });

  it('no page loaded anything from outside the emulator that served it', () => {
    expect(requestsSeen).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
