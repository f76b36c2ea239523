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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../docs-site/test/chromium.js';
import { EventDispatcher } from '../../sdk/src/events/index.js';
import { LarkClient } from '../../sdk/src/generated/client.js';
import { LongConnectionClient } from '../../sdk/src/ws/index.js';
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
}, 300_000);

afterAll(async () => {
  await browser?.close();
  stopBot.abort();
  await botRunning;
  await emu?.close();
});

/** Opens the console and waits until its live stream is connected. */
async function open(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
  page.setDefaultTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${emu.consoleUrl}?${query}`);
  expect(res?.status()).toBe(200);
  await poll(() => page.locator('#live-status').textContent()).toBe('live');
  expect(errors).toEqual([]);
  return page;
}

/** Waits for a value to come true: generous, since the machine may be loaded (event-driven checks, no budgets). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 120_000, interval: 50 });

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

// Each test drives a browser through several pages: minutes on a loaded 2-core machine, not a budget.
describe('the console in a real browser', { timeout: 600_000 }, () => {
  it('a message sent as a user reaches the SDK bot, and its reply shows up live', async () => {
    const page = await open('chat=oc_p2p_alice&as=ou_alice');
    await shot(page, 'chat-before');
    await page.getByRole('textbox', { name: /^Message as Alice Chen/ }).fill('ping from the browser');
    await page.getByRole('button', { name: 'Send' }).click();
    const messages = page.locator('.messages > li.msg');
    await messages.filter({ hasText: 'ping from the browser' }).first().waitFor();
    await messages.filter({ hasText: 'echo: ping from the browser' }).first().waitFor();
    expect(botSaw).toContainEqual({ kind: 'message', detail: 'ping from the browser' });
    // The bot's answer is a thread reply to the user's message, in the page without a reload.
    await poll(() => page.locator('.msg.from-bot .text').allTextContents()).toContain('echo: ping from the browser');
    await shot(page, 'chat-after-bot-reply');
    await page.close();
  });

  it('keyboard only: mention the bot, Ctrl+Enter sends, and the mention renders', async () => {
    const page = await open('chat=oc_general&as=ou_bob');
    const area = page.getByRole('textbox', { name: /^Message as Bob Li/ });
    await area.focus();
    await page.keyboard.type('hello ');
    await page.getByLabel('Insert a mention').selectOption('Demo Bot');
    await poll(() => area.inputValue()).toBe('hello @Demo Bot ');
    await area.press('Control+Enter');
    const sent = page.locator('.messages > li.msg', { hasText: 'hello @Demo Bot' }).filter({ has: page.locator('.sender', { hasText: 'Bob Li' }) });
    await sent.locator('.at', { hasText: '@Demo Bot' }).waitFor();
    await page.locator('.msg', { hasText: 'echo: hello' }).first().waitFor();
    await page.close();
  });

  it('an image from disk is uploaded as the user and shown from the stored bytes', async () => {
    const page = await open('chat=oc_project&as=ou_alice');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await page.getByLabel('Attach an image from disk').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Send' }).click();
    const img = page.locator('.messages > li.msg', { has: page.locator('.sender', { hasText: 'Alice Chen' }) }).last().locator('img.img');
    await img.waitFor();
    await poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBe(1);
    const key = /\/console\/resource\/(img_\w+)/.exec((await img.getAttribute('src'))!)![1]!;
    expect(emu.state.resources.get(key)!.data.equals(png)).toBe(true);
    await page.close();
  });

  it('reply in a thread and react as a user', async () => {
    const page = await open('chat=oc_general&as=ou_carol');
    const hello = page.locator('#m-om_hello');
    await hello.getByRole('button', { name: 'Reply in thread' }).click();
    await poll(() => page.locator('#replying').textContent()).toContain('Replying in thread to Alice Chen: Hello team');
    await page.getByRole('textbox', { name: /^Message as Carol Wang/ }).fill('a thread reply');
    await page.getByRole('button', { name: 'Send' }).click();
    await hello.locator('.thread', { hasText: 'a thread reply' }).waitFor();
    await hello.getByLabel('Add a reaction').first().selectOption('HEART');
    await hello.getByRole('button', { name: 'HEART by Carol Wang (press to remove yours)' }).waitFor();
    const m = emu.state.messages.get('om_hello')!;
    expect(m.thread_id).toMatch(/^omt_/);
    await shot(page, 'thread-and-reaction');
    await page.close();
  });

  it('manage the chat as its owner: add a member, and the header follows', async () => {
    const page = await open('chat=oc_project&as=ou_bob');
    await page.getByText('Manage chat').click();
    await page.getByRole('combobox', { name: 'Add', exact: true }).selectOption('ou_carol');
    await page.getByRole('button', { name: 'Add member' }).click();
    await poll(() => page.locator('.members').textContent()).toContain('Carol Wang');
    await poll(() => page.locator('#toast').textContent()).toBe('The member was added.');
    expect(emu.state.chats.get('oc_project')!.users).toContain('ou_carol');
    await shot(page, 'manage-chat');
    await page.close();
  });

  it('every example card renders its title and buttons', async () => {
    const ids = new Map<string, string>();
    for (const ex of examples) {
      const r = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_project', msg_type: 'interactive', content: JSON.stringify(ex.card) } });
      ids.set(ex.name, r.message_id!);
    }
    const page = await open('chat=oc_project&as=ou_alice');
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
      await card.screenshot({ path: path.join(shots, `card-${ex.name}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'cards-dark');
    await page.close();
  });

  it('clicking a card button sends card.action.trigger; the toast and the updated card show', async () => {
    const alert = examples.find((e) => e.name === 'alert')!;
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(alert.card) } });
    const page = await open('chat=oc_general&as=ou_alice');
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
    await shot(page, 'card-after-click');
    await page.close();
  });

  it('submitting a card form sends its values with the submit button', async () => {
    const form = examples.find((e) => e.name === 'feedback-form')!;
    const sent = await api.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(form.card) } });
    const page = await open('chat=oc_general&as=ou_bob');
    const card = page.locator(`#m-${sent.message_id} .card`);
    await card.getByLabel('Rating').selectOption('5');
    await card.getByLabel('What stood out?').selectOption(['speed', 'staff']);
    await card.getByLabel('Anything else?').fill('Quick and friendly');
    await card.getByRole('button', { name: 'Send feedback' }).click();
    await card.locator('.card-title', { hasText: 'Handled' }).waitFor();
    const action = botSaw.filter((s) => s.kind === 'card').at(-1)!.detail as Record<string, unknown>;
    expect(action).toEqual({ tag: 'button', name: 'submit', value: { form: 'feedback' }, form_value: { rating: '5', topics: ['speed', 'staff'], visit: '2026-12-03', comment: 'Quick and friendly' } });
    await page.close();
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
    const page = await open('chat=oc_general&as=ou_carol');
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
    await page.close();
  });

  it('the tenant, event log and request log views, in light and dark', async () => {
    for (const [view, check] of [
      ['tenant', 'Alice Chen'],
      ['events', 'im.message.receive_v1'],
      ['requests', 'im.messages.reply'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open(`view=${view}&as=ou_alice`, scheme);
        expect(await page.locator('main').innerText()).toContain(check);
        await shot(page, `${view}-${scheme}`);
        await page.close();
      }
    }
    const events = await open('view=events&as=ou_alice');
    expect(await events.locator('tr.st-delivered').count()).toBeGreaterThan(0);
    expect(await events.content()).not.toContain(emu.events.hub.settings.verificationToken);
    await events.close();
  });

  it('reset to empty and reseed: the page follows without a reload', async () => {
    const page = await open('chat=oc_general&as=ou_alice');
    await page.getByRole('button', { name: 'Reset to empty' }).click();
    await poll(() => page.locator('#toast').textContent()).toBe('The tenant is empty now.');
    await poll(() => page.locator('#chats li').count()).toBe(0);
    await page.getByRole('button', { name: 'Reseed demo' }).click();
    await poll(() => page.locator('#chats li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
