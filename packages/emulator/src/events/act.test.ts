import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeFrame, encodeFrame, frameHeader, type Frame } from '@larkgen/event-wire/frame';
import { startTest, type TestClient } from '../test-support/harness.js';
import { post, readAll, receiver } from './test-support.js';

let c: TestClient;
beforeAll(async () => {
  c = await startTest();
});
afterAll(async () => {
  await c.emu.close();
});
beforeEach(() => {
  c.emu.reset();
  c.forget();
  c.emu.events.hub.settings = { verificationToken: 'demo-verification-token' };
});

const act = (body: unknown) => post(`${c.url}/__emulator/act`, body);
/** An error answer without the per-request log id. */
const strip = (j: any) => ({ ...j, error: { ...j.error, log_id: undefined, troubleshooter: undefined } });

describe('POST /__emulator/act', () => {
  it('answers exactly as the API answers the user', async () => {
    const direct = await c.call('im.chats.get', { path: { chat_id: 'oc_general' }, query: { user_id_type: 'user_id' }, as: 'user' }, 'ou_bob');
    const viaAct = await act({ as: 'ou_bob', method: 'im.chats.get', path: { chat_id: 'oc_general' }, params: { user_id_type: 'user_id' } });
    expect(viaAct.status).toBe(direct.status);
    expect(viaAct.json).toEqual(direct.json);
  });

  it("passes the API's own errors through (status, code, message)", async () => {
    const direct = await c.call('im.messages.create', { query: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_project', msg_type: 'text', content: '{"text":"x"}' }, as: 'user' }, 'ou_carol');
    const viaAct = await act({ as: 'ou_carol', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_project', msg_type: 'text', content: '{"text":"x"}' } });
    expect(viaAct.status).toBe(direct.status);
    expect(viaAct.status).toBeGreaterThanOrEqual(400);
    expect(strip(viaAct.json)).toEqual(strip(direct.json));
  });

  it('sends as the user: the message is theirs, and the token it used is gone afterwards', async () => {
    const tokens = c.emu.state.tokens.size;
    const r = await act({ as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_general', msg_type: 'text', content: '{"text":"from alice"}' } });
    expect(r.json.data.sender).toMatchObject({ id: 'ou_alice', sender_type: 'user' });
    expect(c.emu.state.tokens.size).toBe(tokens);
  });

  it("takes the README's curl -d form: a JSON document labelled as a form body", async () => {
    const res = await fetch(`${c.url}/__emulator/act`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ as: 'ou_alice', method: 'im.chats.get', path: { chat_id: 'oc_general' } }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.chat_id).toBe('oc_general');
  });

  it.each([
    [{ method: 'im.chats.get' }, /^"as" must be the open_id of a user of the tenant \(one of ou_alice, ou_bob, ou_carol\)$/],
    [{ as: 'ou_zed', method: 'im.chats.get' }, /^"as" must be the open_id/],
    [{ as: 'ou_alice', method: 'im.nope' }, /^"method" must be a method id of the spec \(e\.g\. im\.messages\.create\); got "im\.nope"$/],
    [{ as: 'ou_alice', method: 'im.chats.get' }, /^path\.chat_id is required by im\.chats\.get \(GET \/open-apis\/im\/v1\/chats\/\{chat_id\}\)$/],
    [{ as: 'ou_alice', method: 'im.chats.get', path: [] }, /^"path" must be a JSON object$/],
  ])('refuses %j with a clear message', async (body, msg) => {
    const r = await act(body);
    expect(r.status).toBe(400);
    expect(r.json.msg).toMatch(msg);
  });

  it('is listed by GET /__emulator', async () => {
    const routes = (await (await fetch(`${c.url}/__emulator`)).json()).data.routes as string[];
    expect(routes.filter((r) => /act|card-action|events/.test(r)).map((r) => r.split(' (')[0]!.split(' {')[0])).toEqual([
      'POST /__emulator/act',
      'POST /__emulator/card-action',
      'GET  /__emulator/events?limit=N',
      'GET  /__emulator/events/settings',
      'PUT  /__emulator/events/settings',
      'POST /__emulator/events/drop-connections',
    ]);
  });
});

describe('POST /__emulator/card-action', () => {
  const click = (body: Record<string, unknown> = {}) =>
    post(`${c.url}/__emulator/card-action`, { as: 'ou_alice', message_id: 'om_card', action: { tag: 'button', value: { choice: 'yes' } }, ...body });
  const newCard = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Thanks, recorded.' }] } };

  it('over a webhook: the app gets card.action.trigger, its toast comes back and its card replaces the old one', async () => {
    let got: any;
    const r = await receiver(async (req, res) => {
      got = JSON.parse(await readAll(req));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ toast: { type: 'success', content: 'Saved' }, card: { type: 'raw', data: newCard } }));
    });
    try {
      c.emu.events.hub.settings = { ...c.emu.events.hub.settings, webhookUrl: r.url };
      const out = await click();
      expect(out.json).toEqual({ code: 0, msg: 'success', data: { event_id: got.header.event_id, toast: { type: 'success', content: 'Saved' }, card_updated: true, answer: expect.any(Object) } });
      expect(got).toMatchObject({
        schema: '2.0',
        header: { event_type: 'card.action.trigger' },
        event: {
          operator: { open_id: 'ou_alice', union_id: 'on_alice', user_id: 'alice', tenant_key: 'tenant_demo' },
          token: expect.stringMatching(/^c-/),
          action: { tag: 'button', value: { choice: 'yes' } },
          host: 'im_message',
          context: { open_message_id: 'om_card', open_chat_id: 'oc_general' },
        },
      });
      expect(JSON.parse(c.emu.state.messages.get('om_card')!.content)).toEqual(newCard);
    } finally {
      await r.close();
    }
  });

  it('over the long connection: a card frame, answered in the ACK', async () => {
    const ep = await post(`${c.url}/callback/ws/endpoint`, { AppID: c.emu.appId, AppSecret: c.emu.appSecret });
    const ws = new WebSocket(ep.json.data.URL);
    ws.on('message', (b: Buffer) => {
      const f: Frame = decodeFrame(b);
      if (frameHeader(f, 'type') !== 'card') return;
      const data = Buffer.from(JSON.stringify({ toast: { type: 'info', content: 'Got it' } })).toString('base64');
      ws.send(encodeFrame({ ...f, payload: Buffer.from(JSON.stringify({ code: 200, data })) }));
    });
    await new Promise((r) => ws.once('open', r));
    try {
      const before = c.emu.state.messages.get('om_card')!.content;
      const out = await click();
      expect(out.json.data).toMatchObject({ toast: { type: 'info', content: 'Got it' }, card_updated: false });
      expect(c.emu.state.messages.get('om_card')!.content).toBe(before);
    } finally {
      ws.terminate();
    }
  });

  /** Clicks once with a webhook that answers `answer`; returns the admin answer and the callback the app got. */
  async function clickAnswered(answer: Record<string, unknown>): Promise<{ out: { status: number; json: any }; got: any }> {
    let got: any;
    const r = await receiver(async (req, res) => {
      got = JSON.parse(await readAll(req));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
    try {
      c.emu.events.hub.settings = { ...c.emu.events.hub.settings, webhookUrl: r.url };
      return { out: await click(), got };
    } finally {
      await r.close();
    }
  }

  it('the token of the callback updates the card later through interactive.card.update, twice', async () => {
    const { got } = await clickAnswered({ toast: { type: 'info', content: 'Working on it' } });
    const token = got.event.token as string;
    const update = (text: string) => c.call('interactive.card.update', { body: { token, card: { schema: '2.0', body: { elements: [{ tag: 'markdown', content: text }] } } } });
    expect((await update('step 1')).json).toEqual({ code: 0, msg: 'success', data: {} });
    expect((await update('done')).json).toEqual({ code: 0, msg: 'success', data: {} });
    expect(JSON.parse(c.emu.state.messages.get('om_card')!.content)).toEqual({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'done' }] } });
    expect((await update('again')).json).toMatchObject({ code: 300091 });
  });

  it('an answer card that fails the card check leaves the card as it was and names every problem', async () => {
    const before = c.emu.state.messages.get('om_card')!.content;
    const bad = { schema: '2.0', body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '8px' }] }, { tag: 'blink' }] } };
    const { out } = await clickAnswered({ toast: { type: 'success', content: 'Saved' }, card: { type: 'raw', data: bad } });
    expect(out.json.data).toMatchObject({ toast: { type: 'success', content: 'Saved' }, card_updated: false });
    expect(out.json.data.card_problems).toEqual([
      'card.body.elements[0].columns[0]: unknown property "corner_radius" (fix: a column has no rounded corners; put the content in an interactive_container with corner_radius inside the column)',
      expect.stringMatching(/^card\.body\.elements\[1\]: unknown component tag "blink" \(fix: use one of: markdown, /),
    ]);
    expect(c.emu.state.messages.get('om_card')!.content).toBe(before);
  });

  it('a template answer replaces the card with the template reference; missing variables are named', async () => {
    const data = { template_id: 'AAqkWelcome1', template_variable: { name: 'Ada' } };
    const { out } = await clickAnswered({ card: { type: 'template', data } });
    expect(out.json.data).toMatchObject({ card_updated: true });
    expect(out.json.data).not.toHaveProperty('card_problems');
    expect(JSON.parse(c.emu.state.messages.get('om_card')!.content)).toEqual({ type: 'template', data });
    const missing = await clickAnswered({ card: { type: 'template', data: { template_id: 'AAqkAlert01', template_variable: { title: 'Disk' } } } });
    expect(missing.out.json.data).toMatchObject({
      card_updated: false,
      card_problems: ['card.data.template_variable: missing variables "severity", "service" of template AAqkAlert01 v1.1.0 (fix: give every variable: title, severity, service)'],
    });
  });

  it('no receiver: a 504 that says so', async () => {
    const out = await click();
    expect(out.status).toBe(504);
    expect(out.json.msg).toMatch(/^the app did not answer the card callback [0-9a-f]{32}: no long connection is open$/);
  });

  it.each([
    [{ as: 'ou_nobody' }, 400, /^"as" must be the open_id/],
    [{ message_id: 'om_nope' }, 404, /^no message "om_nope"/],
    [{ message_id: 'om_hello' }, 400, /^message om_hello is a text message, not a card$/],
    [{ action: { value: 1 } }, 400, /^"action" must be an object with at least "tag"/],
  ])('checks the click %j', async (body, status, msg) => {
    const out = await click(body);
    expect(out.status).toBe(status);
    expect(out.json.msg).toMatch(msg);
  });
});
