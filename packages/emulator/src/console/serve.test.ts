import http from 'node:http';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../server.js';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const get = async (path: string) => {
  const r = await fetch(`${emu!.url}${path}`);
  return { status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), bytes: Buffer.from(await r.arrayBuffer()) };
};
const text = async (path: string) => (await get(path)).bytes.toString('utf8');
const post = async (path: string, body: unknown) => {
  const r = await fetch(`${emu!.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: (await r.json()) as any };
};

/** Reads server-sent events as they come (event-driven, no polling). */
function stream(url: string): Promise<{ next: (name: string) => Promise<string>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      let buf = '';
      const queue: { event: string; data: string }[] = [];
      let wake = () => {};
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let end: number;
        while ((end = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
          if (event) queue.push({ event, data });
        }
        wake();
      });
      const next = async (name: string): Promise<string> => {
        for (;;) {
          const i = queue.findIndex((e) => e.event === name);
          if (i >= 0) return queue.splice(0, i + 1).at(-1)!.data;
          await new Promise<void>((r) => (wake = r));
        }
      };
      resolve({ next, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}

describe('the console over HTTP', () => {
  it('serves the page: chats, acting user, views, its own script and style (no CDN), no secrets', async () => {
    emu = await startEmulator();
    expect(emu.consoleUrl).toBe(`${emu.url}/console`);
    const page = await get('/console?chat=oc_general&as=ou_bob');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    const html = page.bytes.toString('utf8');
    expect(html).toContain('<script type="module" src="/console/assets/console.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/console/assets/console.css">');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('<body data-as="ou_bob" data-chat="oc_general" data-view="chat">');
    expect(html).toMatch(/<option value="ou_bob" selected>/);
    expect(html).toContain('<h2>General</h2>');
    expect(html).toContain('Hello team');
    expect(html).toContain('<form id="compose"');
    expect(html).not.toContain(emu.appSecret);
  });

  it.each([
    ['tenant', ['<h3>Users</h3>', '<code>ou_alice</code>', '<h3>App and bot</h3>', 'Demo Bot', '<code>oc_general</code>']],
    ['events', ['<h2>Event log</h2>', 'No events yet.']],
    ['requests', ['<h2>Request log</h2>']],
  ])('view %s', async (view, parts) => {
    emu = await startEmulator();
    const html = await text(`/console?view=${view}`);
    for (const p of parts) expect(html).toContain(p);
    expect(html).toContain(`aria-current="page">${{ tenant: 'Tenant', events: 'Event log', requests: 'Request log' }[view]}</a>`);
  });

  it('the script and style ship in the package and stay far under 150 kB gzipped', async () => {
    emu = await startEmulator();
    let total = 0;
    for (const [name, type] of [
      ['console.js', 'text/javascript; charset=utf-8'],
      ['console.css', 'text/css; charset=utf-8'],
    ]) {
      const a = await get(`/console/assets/${name}`);
      expect([a.status, a.type]).toEqual([200, type]);
      total += zlib.gzipSync(a.bytes).length;
    }
    total += zlib.gzipSync(await text('/console')).length;
    expect(total).toBeLessThan(150 * 1024);
  });

  it('sends as a user with mentions, replies in a thread and reacts, all through the API path', async () => {
    emu = await startEmulator();
    const sent = await post('/console/api/send', { as: 'ou_bob', chat_id: 'oc_general', text: 'hi @Alice and @Demo Bot' });
    expect(sent.status).toBe(200);
    expect(sent.json.code).toBe(0);
    const id = sent.json.data.message_id as string;
    const m = emu.state.messages.get(id)!;
    expect(m.sender).toEqual({ kind: 'user', openId: 'ou_bob' });
    expect(JSON.parse(m.content)).toEqual({ text: 'hi @_user_1 and @_user_2' });
    expect(m.mentions?.map((x) => x.open_id)).toEqual(['ou_alice', emu.state.app.bot_open_id]);

    const reply = await post('/console/api/send', { as: 'ou_alice', chat_id: 'oc_general', text: 'in thread', reply_to: id });
    expect(reply.json.code).toBe(0);
    expect(reply.json.data.parent_id).toBe(id);
    expect(reply.json.data.thread_id).toMatch(/^omt_/);

    const react = await post('/console/api/react', { as: 'ou_alice', message_id: id, emoji: 'THUMBSUP' });
    expect(react.json.code).toBe(0);
    const html = await text(`/console?chat=oc_general&as=ou_alice`);
    expect(html).toContain('<span class="at" data-open-id="ou_alice">@Alice Chen</span>');
    expect(html).toContain('<summary>1 reply</summary>');
    expect(html).toContain('aria-label="THUMBSUP by Alice Chen (press to remove yours)"');

    const unreact = await post('/console/api/unreact', { as: 'ou_alice', message_id: id, reaction_id: react.json.data.reaction_id });
    expect(unreact.json.code).toBe(0);
    expect(await text(`/console?chat=oc_general&as=ou_alice`)).not.toContain(`data-unreact="{&quot;message_id&quot;:&quot;${id}&quot;`);

    const names = emu.requests().map((r) => r.method_id);
    expect(names).toEqual(expect.arrayContaining(['im.messages.create', 'im.messages.reply', 'im.reactions.create', 'im.reactions.delete']));
  });

  it('changes the chat as a user: name and description, add and remove a member (the bot gets the events)', async () => {
    emu = await startEmulator();
    expect((await post('/console/api/update', { as: 'ou_bob', chat_id: 'oc_project', name: 'Project Y', description: 'Ship it' })).json.code).toBe(0);
    expect([emu.state.chats.get('oc_project')!.name, emu.state.chats.get('oc_project')!.description]).toEqual(['Project Y', 'Ship it']);
    const updated = emu.events.hub.recent().find((r) => r.envelope.header.event_type === 'im.chat.updated_v1')!.envelope.event as { after_change: Record<string, unknown> };
    expect(updated.after_change).toEqual({ name: 'Project Y', description: 'Ship it' });
    // Only what changed goes out: the same name again with a new description changes the description alone.
    expect((await post('/console/api/update', { as: 'ou_bob', chat_id: 'oc_project', name: 'Project Y', description: '' })).json.code).toBe(0);
    expect(emu.state.chats.get('oc_project')!.description).toBe('');
    expect((await post('/console/api/add-member', { as: 'ou_bob', chat_id: 'oc_project', open_id: 'ou_carol' })).json.code).toBe(0);
    expect(emu.state.chats.get('oc_project')!.users).toContain('ou_carol');
    const html = await text('/console?chat=oc_project&as=ou_bob');
    expect(html).toContain('<details id="manage" class="manage"');
    expect(html).toContain('<h2>Project Y</h2><p class="members">');
    expect((await post('/console/api/remove-member', { as: 'ou_bob', chat_id: 'oc_project', open_id: 'ou_carol' })).json.code).toBe(0);
    expect(emu.state.chats.get('oc_project')!.users).not.toContain('ou_carol');
    const types = emu.events.hub.recent().map((r) => r.envelope.header.event_type);
    expect(types).toEqual(expect.arrayContaining(['im.chat.updated_v1', 'im.chat.member.user.added_v1', 'im.chat.member.user.deleted_v1']));
    for (const [body, msg] of [
      [{ name: ' ' }, '"name" must be a non-empty chat name'],
      [{ description: 7 }, '"description" must be text (empty clears it)'],
      [{ name: 'Project Y', description: '' }, 'nothing to change: give a new "name" or "description"'],
    ] as const) {
      const bad = await post('/console/api/update', { as: 'ou_bob', chat_id: 'oc_project', ...body });
      expect([bad.status, bad.json.msg]).toEqual([400, msg]);
    }
  });

  it('shows a merged forward as the messages it carries, with their senders', async () => {
    emu = await startEmulator();
    // Merge-forwarding is a bot action: the bot's tenant token, as an app would call it.
    const r = await fetch(`${emu.url}/open-apis/im/v1/messages/merge_forward?receive_id_type=chat_id`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emu.tenantToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ receive_id: 'oc_project', message_id_list: ['om_welcome', 'om_hello'] }),
    });
    expect(((await r.json()) as { code: number }).code).toBe(0);
    const html = await text('/console?chat=oc_project&as=ou_alice');
    expect(html).toContain(
      '<figure class="merged"><figcaption>Merged forward · 2 messages</figcaption><ol><li><span class="sender">Demo Bot</span><p class="text">Welcome to General!</p></li><li><span class="sender">Alice Chen</span><p class="text">Hello team</p></li></ol></figure>',
    );
  });

  it('shows edited, recalled and pinned states', async () => {
    emu = await startEmulator();
    const call = async (method: string, path: string, body?: unknown) => {
      const r = await fetch(`${emu!.url}/open-apis/im/v1/${path}`, { method, headers: { authorization: `Bearer ${emu!.tenantToken()}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return (await r.json()) as { code: number; data: any };
    };
    const a = await call('POST', 'messages?receive_id_type=chat_id', { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'first draft' }) });
    const b = await call('POST', 'messages?receive_id_type=chat_id', { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'oops' }) });
    expect((await call('PUT', `messages/${a.data.message_id}`, { msg_type: 'text', content: JSON.stringify({ text: 'final text' }) })).code).toBe(0);
    expect((await call('DELETE', `messages/${b.data.message_id}`)).code).toBe(0);
    expect((await call('POST', 'pins', { message_id: a.data.message_id })).code).toBe(0);
    const html = await text('/console?chat=oc_general');
    const item = (id: string) => new RegExp(`<li class="msg[^"]*" id="m-${id}"[^]*?</li>`).exec(html)?.[0] ?? '';
    expect(item(a.data.message_id)).toMatch(/<span class="badge">📌 pinned<\/span><span class="badge">edited<\/span><\/div><div class="content"><p class="text">final text<\/p>/);
    expect(item(b.data.message_id)).toContain('<p class="recalled">This message was recalled.</p>');
    expect(item(b.data.message_id)).not.toContain('oops');
    expect(html).toContain(`📌 2 pinned: <a href="#m-om_welcome">Welcome to General!</a>, <a href="#m-${a.data.message_id}">final text</a>`);
  });

  it('sends an image from disk: uploaded, then shown from the stored bytes', async () => {
    emu = await startEmulator();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const sent = await post('/console/api/send', { as: 'ou_alice', chat_id: 'oc_general', image: { base64: png.toString('base64'), filename: 'dot.png', content_type: 'image/png' } });
    expect(sent.json.code).toBe(0);
    const key = JSON.parse(sent.json.data.body.content).image_key as string;
    const img = await get(`/console/resource/${key}`);
    expect(img.status).toBe(200);
    expect(img.bytes.equals(png)).toBe(true);
    expect(await text('/console?chat=oc_general')).toContain(`src="/console/resource/${key}"`);
  });

  it.each([
    ['send', { as: 'ou_nobody', chat_id: 'oc_general', text: 'x' }, 400, '"as" must be the open_id of a user of the tenant'],
    ['send', { as: 'ou_alice', chat_id: 'oc_nope', text: 'x' }, 400, 'no chat "oc_nope"'],
    ['send', { as: 'ou_alice', chat_id: 'oc_general', text: '  ' }, 400, 'write some text (or attach an image) to send'],
    ['react', { as: 'ou_alice', message_id: 'om_hello', emoji: '<b>' }, 400, '"emoji" must be an emoji name such as THUMBSUP'],
    ['dance', { as: 'ou_alice' }, 404, 'no console action dance (send, react, unreact, update, add-member, remove-member)'],
  ])('action %s with bad input: a clear error', async (action, body, status, msg) => {
    emu = await startEmulator();
    const r = await post(`/console/api/${action}`, body);
    expect([r.status, r.json.msg]).toEqual([status, msg]);
  });

  it('refuses actions posted from another site or without a JSON body', async () => {
    emu = await startEmulator();
    const body = JSON.stringify({ as: 'ou_alice', chat_id: 'oc_general', text: 'x' });
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/json', origin: 'https://evil.example' }] as Record<string, string>[]) {
      const r = await fetch(`${emu.url}/console/api/send`, { method: 'POST', headers, body });
      expect([r.status, ((await r.json()) as { msg: string }).msg]).toEqual([403, 'console actions take a JSON body from the console page itself']);
    }
    const same = await fetch(`${emu.url}/console/api/send`, { method: 'POST', headers: { 'content-type': 'application/json', origin: emu.url }, body });
    expect(same.status).toBe(200);
  });

  it('files download with their name; unknown keys and pages are 404', async () => {
    emu = await startEmulator();
    const f = await get('/console/resource/file_report');
    expect([f.status, f.disposition]).toEqual([200, `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`]);
    expect((await get('/console/resource/nope')).status).toBe(404);
    expect((await get('/console/nope')).status).toBe(404);
  });

  it.each([
    ['报告.pdf', `attachment; filename="__.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`],
    ['notes 😀.txt', `attachment; filename="notes _.txt"; filename*=UTF-8''notes%20%F0%9F%98%80.txt`],
    ['a\r\nb.txt', `attachment; filename="a__b.txt"; filename*=UTF-8''a%0D%0Ab.txt`],
  ])('a file named %j downloads with a valid Content-Disposition naming it exactly', async (name, disposition) => {
    emu = await startEmulator();
    const form = new FormData();
    form.set('file_type', 'stream');
    form.set('file_name', name);
    form.set('file', new Blob([Buffer.from('hello')]), 'upload.bin');
    const up = await fetch(`${emu.url}/open-apis/im/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${emu.tenantToken()}` }, body: form });
    const key = ((await up.json()) as { data: { file_key: string } }).data.file_key;
    const f = await get(`/console/resource/${key}`);
    expect([f.status, f.disposition, f.bytes.toString('utf8')]).toEqual([200, disposition, 'hello']);
  });

  it.each([
    ['3 million levels deep', '['.repeat(3_000_000), 'the body must be JSON: the JSON is nested deeper than 64 levels'],
    ['500,000 keys', `{${Array.from({ length: 500_000 }, (_, i) => `"k${i}":0`).join(',')}}`, 'the body must be JSON: the JSON holds more than 20000 object keys'],
  ])('a console action body %s is refused before it is parsed', async (_name, body, msg) => {
    emu = await startEmulator();
    const r = await fetch(`${emu.url}/console/api/send`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect([r.status, ((await r.json()) as { msg: string }).msg]).toEqual([400, msg]);
  });

  it('downloads the state without live credentials', async () => {
    emu = await startEmulator();
    emu.tenantToken();
    const d = await get('/console/state.json');
    expect(d.disposition).toBe('attachment; filename="emulator-state.json"');
    const doc = JSON.parse(d.bytes.toString('utf8'));
    expect(doc.tokens).toBeUndefined();
    expect(doc.app.app_secret).toBe('(hidden)');
    expect(doc.chats.map((c: { chat_id: string }) => c.chat_id)).toContain('oc_general');
    expect(d.bytes.toString('utf8')).not.toContain(emu.appSecret);
  });

  it('pushes a change notice when the API changes the state, and the live regions follow', async () => {
    emu = await startEmulator();
    const s = await stream(`${emu.url}/console/stream`);
    try {
      expect(JSON.parse(await s.next('hello'))).toEqual({ seq: 0 });
      await post('/console/api/send', { as: 'ou_alice', chat_id: 'oc_general', text: 'pushed' });
      const change = JSON.parse(await s.next('change'));
      expect(change.kinds).toEqual(expect.arrayContaining(['requests']));
      const live = JSON.parse(await text('/console/live?chat=oc_general'));
      expect(Object.keys(live.regions)).toEqual(['chats', 'live']);
      expect(live.regions.live).toContain('pushed');
    } finally {
      s.close();
    }
  });

  it('logs show events and requests without tokens or secrets', async () => {
    emu = await startEmulator();
    await post('/console/api/send', { as: 'ou_alice', chat_id: 'oc_p2p_alice', text: 'to the bot' });
    const events = await text('/console?view=events');
    expect(events).toContain('<code>im.message.receive_v1</code>');
    expect(events).toContain(`<td>Demo Bot <code>${emu.appId}</code></td><td>long connection</td><td><span class="status">failed</span>`);
    expect(events).not.toContain(emu.events.hub.settings.verificationToken);
    const requests = await text('/console?view=requests');
    expect(requests).toContain('<code>/open-apis/im/v1/messages</code><br><small>im.messages.create</small>');
    expect(requests).toContain('<td>user<br><small>Alice Chen <code>ou_alice</code></small></td><td>POST</td>');
    expect(emu.requests().find((r) => r.method_id === 'im.messages.create')).toMatchObject({ identity: 'user', caller: 'ou_alice' });
    expect(requests).not.toMatch(/Bearer|[tu]-[A-Za-z0-9]{20,}/);
  });
});
