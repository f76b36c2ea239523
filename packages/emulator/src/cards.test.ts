import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_TOKEN_TTL_MS, mintCardToken } from './cards.js';
import { startTest, type TestClient } from './test-support/harness.js';

let c: TestClient;
let clock = Date.now();
beforeAll(async () => {
  c = await startTest({ now: () => clock });
});
afterAll(async () => {
  await c.emu.close();
});
beforeEach(() => {
  clock = Date.now();
  c.emu.reset();
  c.forget();
});

const pt = (content: string) => ({ tag: 'plain_text', content });
const card2 = (text: string, extra: Record<string, unknown> = {}) => ({ schema: '2.0', config: { update_multi: true }, body: { elements: [{ tag: 'markdown', content: text }] }, ...extra });
const sendCard = (card: unknown) =>
  c.call('im.messages.create', { query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(card) } });
const cardUpdate = (token: string, card: unknown) => c.call('interactive.card.update', { body: { token, card } });

describe('cards on receipt', () => {
  it('refuses an invalid Card 2.0 with every problem and its path, and stores nothing', async () => {
    const before = c.emu.state.messages.size;
    const r = await sendCard({ schema: '2.0', body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '8px' }] }, { tag: 'buton' }] } });
    expect(r.json.code).toBe(230099);
    expect(r.json.error.field_violations).toEqual([
      { field: 'card.body.elements[0].columns[0]', description: expect.stringContaining('unknown property "corner_radius"') },
      { field: 'card.body.elements[1]', description: expect.stringContaining('unknown component tag "buton"') },
    ]);
    expect(c.emu.state.messages.size).toBe(before);
  });

  it('accepts a valid card', async () => {
    expect((await sendCard(card2('hello'))).json.code).toBe(0);
  });

  it('names the missing variables of a known template, and accepts a complete one', async () => {
    const r = await sendCard({ type: 'template', data: { template_id: 'AAqkAlert01', template_variable: { title: 'Disk full' } } });
    expect(r.json.code).toBe(230099);
    expect(r.json.error.field_violations).toEqual([
      { field: 'card.data.template_variable', description: 'missing variables "severity", "service" of template AAqkAlert01 v1.1.0 (fix: give every variable: title, severity, service)' },
    ]);
    const old = await sendCard({ type: 'template', data: { template_id: 'AAqkAlert01', template_version_name: '1.0.0', template_variable: { title: 'x', severity: 'P2' } } });
    expect(old.json.code).toBe(0);
    const bad = await sendCard({ type: 'template', data: { template_id: 'AAqkAlert01', template_version_name: '9.9.9', template_variable: {} } });
    expect(bad.json.error.field_violations[0]).toEqual({ field: 'card.data.template_version_name', description: 'template AAqkAlert01 has no published version "9.9.9" (fix: use one of: 1.0.0, 1.1.0)' });
  });

  it('checks the card of a PATCH the same way', async () => {
    const r = await c.call('im.messages.patch', { path: { message_id: 'om_card' }, body: { content: JSON.stringify({ schema: '2.0', config: { update_multi: true }, body: { elements: [{ tag: 'table', columns: [] }] } }) } });
    expect(r.json.code).toBe(230099);
    expect(r.json.error.field_violations).toEqual([{ field: 'card.body.elements[0].columns', description: 'has 0 items; at least 1 needed (fix: add 1 more)' }]);
  });
});

describe('interactive.card.update (delayed update with a callback token)', () => {
  it('replaces the card twice with one token, then refuses the token', async () => {
    const token = mintCardToken(c.emu.state, 'om_card', 'ou_alice', clock);
    expect(token).toMatch(/^c-/);
    expect((await cardUpdate(token, card2('first'))).json).toEqual({ code: 0, msg: 'success', data: {} });
    expect(JSON.parse(c.emu.state.messages.get('om_card')!.content)).toEqual(card2('first'));
    expect((await cardUpdate(token, card2('second'))).json.code).toBe(0);
    expect((await cardUpdate(token, card2('third'))).json).toMatchObject({ code: 300091, msg: 'token is invalid or expired.' });
    expect(JSON.parse(c.emu.state.messages.get('om_card')!.content)).toEqual(card2('second'));
  });

  it('refuses a token older than 30 minutes', async () => {
    const token = mintCardToken(c.emu.state, 'om_card', 'ou_alice', clock);
    clock += CARD_TOKEN_TTL_MS + 1;
    expect((await cardUpdate(token, card2('late'))).json.code).toBe(300091);
  });

  it('needs open_ids for a Card 1.0 update, and stores the card without them', async () => {
    const token = mintCardToken(c.emu.state, 'om_card', 'ou_alice', clock);
    const v1 = { header: { title: pt('Done') }, elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'ok' } }] };
    expect((await cardUpdate(token, v1)).json).toMatchObject({ code: 300090, msg: 'open_ids is empty.' });
    expect((await cardUpdate(token, { ...v1, open_ids: ['ou_alice'] })).json.code).toBe(0);
    expect(JSON.parse(c.emu.state.messages.get('om_card')!.content)).toEqual(v1);
  });

  it('checks the new card', async () => {
    const token = mintCardToken(c.emu.state, 'om_card', 'ou_alice', clock);
    const r = await cardUpdate(token, { schema: '2.0', body: { elements: [{ tag: 'hr', extra: 1 }] } });
    expect(r.json.code).toBe(230099);
    expect(r.json.error.field_violations).toEqual([{ field: 'card.body.elements[0]', description: 'unknown property "extra" (fix: remove it; allowed here: tag, element_id, margin)' }]);
  });
});
