/**
 * Generated method commands check the body fields the spec marks as cards (`card:` in the field),
 * offline, with the one card validator: a bad card exits 2 with every problem and its JSON path,
 * and no request reaches the emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from './helpers.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => env?.close());

/** A Card 2.0 card with two problems: corner_radius on a column, and an unknown tag. */
const BAD_CARD = {
  schema: '2.0',
  body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '4px', elements: [] }] }, { tag: 'nope' }] },
};
const GOOD_CARD = { schema: '2.0', header: { title: { tag: 'plain_text', content: 'Deploy' } }, body: { elements: [{ tag: 'markdown', content: '**Done**' }] } };
const create = (content: unknown, msgType = 'interactive') => [
  'im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_project', '--msg-type', msgType, '--content', JSON.stringify(content),
];

/** Runs the command and asserts the emulator logged no request for it. */
async function runSendingNothing(args: readonly string[]) {
  const before = await env.lastRequestId();
  const r = await env.run(args);
  expect(await env.lastRequestId()).toBe(before);
  return r;
}

describe('card fields of generated methods', () => {
  it('im messages create --msg-type interactive with a bad card: exit 2, every problem with its path, nothing sent', async () => {
    const r = await runSendingNothing(create(BAD_CARD));
    expect(r.code).toBe(2);
    const e = errorOf(r).error;
    expect(e.type).toBe('validation');
    expect(e.message).toBe(
      [
        'Invalid card for im.messages.create: 2 problems, nothing was sent:',
        'data.content:',
        '  card.body.elements[0].columns[0]: unknown property "corner_radius" (fix: a column has no rounded corners; put the content in an interactive_container with corner_radius inside the column)',
        '  card.body.elements[1]: unknown component tag "nope" (fix: use one of: markdown, div, hr, img, img_combination, chart, person, person_list, button, overflow, input, select_static, multi_select_static, select_person, multi_select_person, date_picker, picker_time, picker_datetime, checker, select_img, column_set, interactive_container, collapsible_panel, form, table)',
      ].join('\n'),
    );
    expect(e.hint).toBe('Fix each path listed, then check the card alone with lark-cli card validate <file>.');
  });

  it('refuses a bad card under --dry-run too, given as an object in --data', async () => {
    const r = await runSendingNothing(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--data', JSON.stringify({ receive_id: 'oc_project', msg_type: 'interactive', content: ['not a card'] }), '--dry-run']);
    expect(r.code).toBe(2);
    expect(errorOf(r).error.message).toMatch(/^Invalid card for im\.messages\.create: 1 problem, nothing was sent:\ndata\.content:\n {2}card: must be a JSON object, not /);
  });

  it('a valid card is sent, and content of other message types is not read as a card', async () => {
    const r = await env.run(create(GOOD_CARD));
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toMatchObject({ msg_type: 'interactive', chat_id: 'oc_project' });
    const text = await env.run(create({ text: 'corner_radius' }, 'text'));
    expect(text.code, text.stderr).toBe(0);
  });

  it('im messages reply and patch check the card too', async () => {
    const sent = json(await env.run(create({ ...GOOD_CARD, config: { update_multi: true } }))).data.message_id as string;
    const reply = await runSendingNothing(['im', 'messages', 'reply', '--message-id', sent, '--msg-type', 'interactive', '--content', JSON.stringify(BAD_CARD)]);
    expect(reply.code).toBe(2);
    expect(errorOf(reply).error.message).toMatch(/^Invalid card for im\.messages\.reply: 2 problems/);
    const patch = await runSendingNothing(['im', 'messages', 'patch', '--message-id', sent, '--content', JSON.stringify(BAD_CARD)]);
    expect(patch.code).toBe(2);
    expect(errorOf(patch).error.message).toMatch(/^Invalid card for im\.messages\.patch: 2 problems/);
  });

  it('interactive card update with a bad card: exit 2, nothing sent', async () => {
    const r = await runSendingNothing(['interactive', 'card', 'update', '--data', JSON.stringify({ token: 'c-5f2c0b8e1a', card: BAD_CARD })]);
    expect(r.code).toBe(2);
    const e = errorOf(r).error;
    expect(e.message.split('\n').slice(0, 3)).toEqual([
      'Invalid card for interactive.card.update: 2 problems, nothing was sent:',
      'data.card:',
      expect.stringMatching(/^ {2}card\.body\.elements\[0\]\.columns\[0\]: unknown property "corner_radius" \(fix: .+\)$/),
    ]);
    expect(e.detail).toMatchObject({ cards: [{ field: 'data.card', problems: [{ path: 'card.body.elements[0].columns[0]' }, { path: 'card.body.elements[1]' }] }] });
  });
});
