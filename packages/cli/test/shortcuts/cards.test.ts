/**
 * Cards end to end against the emulator (the CLI in process, and the built CLI as a child process for the reads and a refusal): --card / template / card-id sends, the
 * offline validator refusing bad cards (exit 2, every problem with its path, nothing sent), the
 * emulator naming a template's missing variables, cards rendered as text by the reads,
 * +messages-card-update, the delayed update with a callback token, `card validate|preview`, and
 * every example card of the docs validated and sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintCardToken } from '@larkgen/emulator';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { expectRefused, planOf, write } from './send-fixtures.js';
import { userEnv } from './read-support.js';

const EXAMPLES = path.resolve(__dirname, '../../../../specs/cards/examples');
const pt = (content: string) => ({ tag: 'plain_text', content });
const CARD = { schema: '2.0', config: { update_multi: true }, header: { title: pt('Deploy'), subtitle: pt('prod') }, body: { elements: [{ tag: 'markdown', content: '**Done** <at id=ou_bob></at>' }, { tag: 'button', text: pt('Logs'), behaviors: [{ type: 'open_url', default_url: 'https://ci.example.com' }] }] } };
const BAD = { schema: '2.0', body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '8px' }] }, { tag: 'interactive_container', elements: [{ tag: 'table', columns: [{ name: 'a' }] }] }] } };

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  write(env, 'card.json', JSON.stringify(CARD));
  write(env, 'bad.json', JSON.stringify(BAD));
});
afterAll(async () => {
  await env?.close();
});

const send = (args: string[], o: { input?: string } = {}) => env.run(['im', '+messages-send', '--chat-id', 'oc_general', ...args], o);
const stored = (id: string) => env.emu.state.messages.get(id)!;

describe('composing cards', () => {
  it('--card @file sends an interactive message that the reads render as text', async () => {
    const r = await send(['--card', '@card.json']);
    expect(r.code, r.stderr).toBe(0);
    const id = json(r).data.message_id as string;
    expect(stored(id)).toMatchObject({ msg_type: 'interactive' });
    expect(JSON.parse(stored(id).content)).toEqual(CARD);
    const mget = await env.run(['im', '+messages-mget', '--message-ids', id, '--as', 'bot']);
    expect(mget.code, mget.stderr).toBe(0);
    expect(json(mget).data.messages[0]).toMatchObject({ msg_type: 'interactive', content: '# Deploy\nprod\n**Done** @Bob Li\n[Logs]' });
    const list = await env.run(['im', '+chat-messages-list', '--chat-id', 'oc_general', '--as', 'bot', '--format', 'csv']);
    expect(list.stdout).toContain('# Deploy');
  });

  it('JSON output keeps the raw card next to the text; the human formats show the text only', async () => {
    const r = await send(['--card', '@card.json']);
    const id = json(r).data.message_id as string;
    const mget = await env.run(['im', '+messages-mget', '--message-ids', id]);
    expect(json(mget).data.messages[0]).toMatchObject({ msg_type: 'interactive', content: '# Deploy\nprod\n**Done** @Bob Li\n[Logs]', card: CARD });
    const nd = await env.run(['im', '+messages-mget', '--message-ids', id, '--format', 'ndjson']);
    expect(JSON.parse(nd.stdout.trim().split('\n')[0]!)).toMatchObject({ message_id: id, card: CARD });
    const pretty = await env.run(['im', '+messages-mget', '--message-ids', id, '--format', 'pretty']);
    expect(pretty.code, pretty.stderr).toBe(0);
    expect(pretty.stdout).toContain('# Deploy');
    expect(pretty.stdout).not.toMatch(/^\s*card:/m);
    const text = await env.run(['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'plain']);
    const plain = await env.run(['im', '+messages-mget', '--message-ids', json(text).data.message_id]);
    expect(Object.keys(json(plain).data.messages[0])).not.toContain('card');
  });

  it('--card - reads the card from standard input; replies take cards too', async () => {
    const r = await env.run(['im', '+messages-reply', '--message-id', 'om_hello', '--card', '-'], { input: JSON.stringify(CARD) });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(stored(json(r).data.message_id).content)).toEqual(CARD);
  });

  it('--card-template-id with version and vars, and --card-id, as exact request bodies', async () => {
    const plan = planOf(await send(['--card-template-id', 'AAqkWelcome1', '--card-template-version', '1.0.0', '--card-vars', '{"name":"Ada"}', '--dry-run']));
    expect(plan.map((p) => p.body)).toEqual([
      { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify({ type: 'template', data: { template_id: 'AAqkWelcome1', template_version_name: '1.0.0', template_variable: { name: 'Ada' } } }) },
    ]);
    const live = await send(['--card-template-id', 'AAqkWelcome1', '--card-vars', '{"name":"Ada"}']);
    expect(live.code, live.stderr).toBe(0);
    const entity = planOf(await send(['--card-id', '7355372766134157313', '--dry-run']));
    expect(entity[0]!.body.content).toBe('{"type":"card","data":{"card_id":"7355372766134157313"}}');
  });

  it('names the missing variables of a template the emulator knows', async () => {
    const r = await send(['--card-template-id', 'AAqkAlert01', '--card-vars', '{"title":"Disk full"}']);
    expect(r.code).toBe(1);
    const e = errorOf(r).error;
    expect(e.code).toBe(230099);
    expect(JSON.stringify(e)).toContain('missing variables \\"severity\\", \\"service\\" of template AAqkAlert01 v1.1.0');
    // Named in the message itself (through the server's detail), not only in the detail, and only once.
    expect(e.message).toBe(
      'im +messages-send failed: Failed to create card content (The card is not valid: card.data.template_variable: missing variables "severity", "service" of template AAqkAlert01 v1.1.0 (fix: give every variable: title, severity, service)).',
    );
  });
});

describe('the built CLI as a child process against the emulator (the reads in between in this process)', () => {
  it('a card replied in a thread reads as text in +threads-messages-list and +messages-search, raw under card in JSON', async () => {
    const card = { schema: '2.0', header: { title: pt('Quokka census') }, body: { elements: [{ tag: 'markdown', content: 'Counted **42** quokkas' }, { tag: 'button', text: pt('Details') }] } };
    write(env, 'census.json', JSON.stringify(card));
    const r = await env.spawn(['im', '+messages-reply', '--message-id', 'om_hello', '--reply-in-thread', '--card', '@census.json']);
    expect(r.code, r.stderr).toBe(0);
    const id = json(r).data.message_id as string;
    const text = '# Quokka census\nCounted **42** quokkas\n[Details]';
    const thread = await env.run(['im', '+threads-messages-list', '--thread', 'om_hello']);
    expect(thread.code, thread.stderr).toBe(0);
    expect(json(thread).data.messages.find((m: { message_id: string }) => m.message_id === id)).toMatchObject({ msg_type: 'interactive', content: text, card });
    const found = await env.run(['im', '+messages-search', '--query', 'quokkas'], { env: userEnv(env, 'ou_alice') });
    expect(found.code, found.stderr).toBe(0);
    expect(json(found).data.messages.map((m: { message_id: string; content: string }) => [m.message_id, m.content])).toEqual([[id, text]]);
    const table = await env.spawn(['im', '+threads-messages-list', '--thread', 'om_hello', '--format', 'table']);
    expect(table.stdout).toContain('# Quokka census');
    expect(table.stdout).not.toContain('"schema"');
  });

  it('an invalid card: exit 2, every problem with its path on stderr, nothing sent', async () => {
    const before = await env.lastRequestId();
    await expectRefused(env, await env.spawn(['im', '+messages-send', '--chat-id', 'oc_general', '--card', '@bad.json']), /--card: the card has 2 problems:\n {2}card\.body\.elements\[0\]\.columns\[0\]: unknown property "corner_radius"/, before);
  });
});

describe('bad cards: exit 2, every problem with its path, nothing sent', () => {
  it.each([
    ['an invalid --card', ['--card', '@bad.json'], /card\.body\.elements\[0\]\.columns\[0\]: unknown property "corner_radius" \(fix: [^)]+\)\n {2}card\.body\.elements\[1\]\.elements\[0\]: component "table" is not allowed here/],
    ['an oversize card', ['--card', JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x'.repeat(31_000) }] } })], /card: is 31070 bytes serialized; a card can be at most 30720 bytes \(30 KB\)/],
    ['card JSON in --content without --msg-type', ['--content', JSON.stringify(CARD)], /--content holds a card.*Send it with --card/],
    ['--content --msg-type interactive with a bad card', ['--content', JSON.stringify(BAD), '--msg-type', 'interactive'], /--content: the card has 2 problems/],
    ['--card with --text', ['--card', '@card.json', '--text', 'x'], /exactly one content flag/i],
    ['--card-vars without a template', ['--card', '@card.json', '--card-vars', '{}'], /--card-vars only goes with --card-template-id/],
  ])('%s', async (_, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await send(args), message, before);
  });
});

describe('+messages-card-update', () => {
  it('replaces the card of a sent message', async () => {
    const sent = json(await send(['--card', '@card.json'])).data.message_id as string;
    const next = { ...CARD, header: { title: pt('Deploy finished') } };
    const r = await env.run(['im', '+messages-card-update', '--message-id', sent, '--card', JSON.stringify(next)]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toEqual({ message_id: sent, updated: true });
    expect(JSON.parse(stored(sent).content)).toEqual(next);
    expect(stored(sent).updated).toBe(true);
  });

  it('refuses a card without update_multi before sending', async () => {
    const before = await env.lastRequestId();
    const { config: _c, ...unshared } = CARD;
    const r = await env.run(['im', '+messages-card-update', '--message-id', 'om_card', '--content', JSON.stringify(unshared)]);
    await expectRefused(env, r, /--content: the card does not set "update_multi": true/, before);
  });
});

describe('delayed update with a callback token (interactive card update)', () => {
  it('updates twice with one token, then the platform refuses it', async () => {
    const sent = json(await send(['--card', '@card.json'])).data.message_id as string;
    const token = mintCardToken(env.emu.state, sent, 'ou_alice');
    const update = (text: string) => env.run(['interactive', 'card', 'update', '--data', JSON.stringify({ token, card: { ...CARD, body: { elements: [{ tag: 'markdown', content: text }] } } })]);
    expect((await update('one')).code).toBe(0);
    expect((await update('two')).code).toBe(0);
    expect(JSON.parse(stored(sent).content).body.elements[0].content).toBe('two');
    const third = await update('three');
    expect(third.code).toBe(1);
    expect(errorOf(third).error).toMatchObject({ code: 300091 });
  });
});

describe('lark-cli card validate | preview', () => {
  it('validate: a summary for a good card, exit 2 with every problem for a bad one', async () => {
    const ok = await env.run(['card', 'validate', 'card.json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(json(ok)).toEqual({ ok: true, kind: '2.0', bytes: JSON.stringify(CARD).length, elements: 2 });
    const bad = await env.run(['card', 'validate', '-'], { input: JSON.stringify(BAD) });
    expect(bad.code).toBe(2);
    const e = errorOf(bad).error;
    expect(e.message.split('\n')).toEqual([
      'standard input: the card has 2 problems:',
      '  card.body.elements[0].columns[0]: unknown property "corner_radius" (fix: a column has no rounded corners; put the content in an interactive_container with corner_radius inside the column)',
      '  card.body.elements[1].elements[0]: component "table" is not allowed here (fix: a table can only be a direct child of body.elements; move it out of the container)',
    ]);
    expect((e.detail as { problems: unknown[] }).problems).toHaveLength(2);
  });

  it('preview: the card as text', async () => {
    const r = await env.run(['card', 'preview', 'card.json']);
    expect(r).toMatchObject({ code: 0, stdout: '# Deploy\nprod\n**Done** @ou_bob\n[Logs]\n', stderr: '' });
  });

  it('bad usage is exit 2', async () => {
    expect((await env.run(['card', 'check', 'card.json'])).code).toBe(2);
    expect((await env.run(['card', 'validate'])).code).toBe(2);
  });
});

describe('the example cards of the docs', () => {
  const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  it('there are at least 12', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });
  it.each(files)('%s validates and is accepted by the emulator', async (f) => {
    const { card } = JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    write(env, `examples/${f}`, JSON.stringify(card));
    const v = await env.run(['card', 'validate', `examples/${f}`]);
    expect(v.code, v.stderr).toBe(0);
    const r = await send(['--card', `@examples/${f}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(stored(json(r).data.message_id).content)).toEqual(card);
  });
});
