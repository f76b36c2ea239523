import type { ServerResponse } from 'node:http';
import { limitOf, type AdminCall, type AdminRoute } from '../admin-route.js';
import { issueUserToken } from '../auth.js';
import { answerCard, mintCardToken } from '../cards.js';
import type { Internals } from '../internals.js';
import { cardAction } from './changes.js';
import { recordView } from './hub.js';
import type { EventSettings } from './settings.js';
import { verifyUrl } from './webhook.js';

/** The event routes of the control API (listed after the others by `GET /__emulator`). */
export const EVENT_ROUTES: readonly AdminRoute[] = [
  {
    method: 'POST',
    path: '/__emulator/act',
    body: '{as: <open_id>, method: <method id>, path?, params?, body?}',
    note: 'a spec method as that user; answers as the API does',
    handle: async ({ it, res, bad, body }) => act(it, await body(), res, bad),
  },
  {
    method: 'POST',
    path: '/__emulator/card-action',
    body: '{as: <open_id>, message_id, action: {tag, value?, …}}',
    note: 'clicks a card: card.action.trigger, then applies the answer',
    handle: async ({ it, ok, bad, body }) => click(it, await body(), ok, bad),
  },
  {
    method: 'GET',
    path: '/__emulator/events',
    query: 'limit=N',
    note: 'the event log: what was sent where, and its status',
    handle: ({ it, ok, query }) => ok({ items: it.events.hub.recent(limitOf(query)).map(recordView), long_connections: it.events.longConnection.connectionCount }),
  },
  { method: 'GET', path: '/__emulator/events/settings', handle: ({ it, ok }) => ok(settingsView(it.events.hub.settings)) },
  {
    method: 'PUT',
    path: '/__emulator/events/settings',
    body: '{webhook_url?, callback_url?, encrypt_key?, verification_token?, subscriptions?, verify?}',
    handle: async ({ it, ok, bad, body }) => updateSettings(it, await body(), ok, bad),
  },
  {
    method: 'POST',
    path: '/__emulator/events/drop-connections',
    note: 'closes every long connection, as a network failure would',
    handle: ({ it, ok }) => ok({ dropped: it.events.longConnection.dropAll() }),
  },
];

/** `PUT /__emulator/events/settings`: changes what is given; a new request URL must pass its challenge first. */
async function updateSettings(it: Internals, b: Record<string, any>, ok: AdminCall['ok'], bad: AdminCall['bad']): Promise<void> {
  const hub = it.events.hub;
  const next: EventSettings = { ...hub.settings };
  for (const [k, field] of [
    ['webhook_url', 'webhookUrl'],
    ['callback_url', 'callbackUrl'],
    ['encrypt_key', 'encryptKey'],
  ] as const) {
    if (!(k in b)) continue;
    if (b[k] === null || b[k] === '') delete next[field];
    else if (typeof b[k] === 'string') next[field] = b[k];
    else return bad(400, `${k} must be a string, or null to remove it`);
  }
  for (const k of ['webhook_url', 'callback_url'] as const) {
    const v = b[k];
    if (typeof v === 'string' && v !== '' && !/^https?:\/\//.test(v)) return bad(400, `${k} must be an http(s) URL, got ${JSON.stringify(v)}`);
  }
  if ('verification_token' in b) {
    if (typeof b.verification_token !== 'string' || !b.verification_token) return bad(400, 'verification_token must be a non-empty string');
    next.verificationToken = b.verification_token;
  }
  if ('subscriptions' in b) {
    if (b.subscriptions === null) delete next.subscriptions;
    else if (Array.isArray(b.subscriptions) && b.subscriptions.every((x: unknown) => typeof x === 'string')) next.subscriptions = [...b.subscriptions];
    else return bad(400, 'subscriptions must be a list of event types, or null for every type');
  }
  // Like the console, a new request URL is saved only once it answers the challenge.
  for (const url of new Set([next.webhookUrl, next.callbackUrl])) {
    if (!url || b.verify === false || (url === hub.settings.webhookUrl && url === hub.settings.callbackUrl)) continue;
    const check = await verifyUrl(url, next, 5000);
    if (!check.ok) return bad(400, `URL check of ${url} failed: ${check.reason}`);
  }
  hub.settings = next;
  ok(settingsView(next));
}

function settingsView(s: EventSettings): Record<string, unknown> {
  // The encrypt key and the verification token are secrets: only whether they are set is shown.
  return {
    webhook_url: s.webhookUrl ?? null,
    callback_url: s.callbackUrl ?? null,
    encrypt_key_set: Boolean(s.encryptKey),
    verification_token_set: Boolean(s.verificationToken),
    subscriptions: s.subscriptions ?? null,
    delivery: s.webhookUrl ? 'webhook' : 'long_connection',
  };
}

/** `POST /__emulator/act`: one spec method called as a user, through the normal API path. */
async function act(it: Internals, b: Record<string, any>, res: ServerResponse, bad: (status: number, msg: string) => void): Promise<void> {
  const s = it.rt.state;
  if (typeof b.as !== 'string' || !s.users.has(b.as)) return bad(400, `"as" must be the open_id of a user of the tenant (one of ${[...s.users.keys()].join(', ')})`);
  const m = it.model.methods.find((x) => x.id === b.method);
  if (!m) return bad(400, `"method" must be a method id of the spec (e.g. im.messages.create); got ${JSON.stringify(b.method)}`);
  for (const k of ['path', 'params', 'body'] as const) {
    if (b[k] !== undefined && (typeof b[k] !== 'object' || b[k] === null || Array.isArray(b[k]))) return bad(400, `"${k}" must be a JSON object`);
  }
  let path = m.path;
  for (const name of m.path.match(/\{(\w+)\}/g) ?? []) {
    const key = name.slice(1, -1);
    const v = b.path?.[key];
    if (v === undefined || v === '') return bad(400, `path.${key} is required by ${m.id} (${m.http} ${m.path})`);
    path = path.replace(name, encodeURIComponent(String(v)));
  }
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries((b.params ?? {}) as Record<string, unknown>)) {
    for (const x of Array.isArray(v) ? v : [v]) if (x !== undefined && x !== null) qs.append(k, String(x));
  }
  const token = issueUserToken(s, b.as, [...it.appScopes()], { ttlSeconds: 300, refreshTtlSeconds: 0, offline: false, now: it.rt.now() }).access_token;
  try {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let payload: BodyInit | undefined;
    if (m.body?.encoding === 'multipart') {
      const form = new FormData();
      for (const [k, v] of Object.entries((b.body ?? {}) as Record<string, any>)) {
        if (v && typeof v === 'object' && typeof v.base64 === 'string') {
          form.append(k, new Blob([Buffer.from(v.base64, 'base64')], { type: v.content_type ?? 'application/octet-stream' }), v.filename ?? k);
        } else form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
      }
      payload = form;
    } else if (m.body) {
      headers['content-type'] = 'application/json; charset=utf-8';
      payload = JSON.stringify(b.body ?? {});
    }
    const r = await fetch(`${it.url}${path}${qs.size ? `?${qs}` : ''}`, { method: m.http, headers, body: payload });
    const bytes = Buffer.from(await r.arrayBuffer());
    const out: Record<string, string> = { 'content-length': String(bytes.length) };
    for (const h of ['content-type', 'x-tt-logid', 'content-disposition', 'x-ogw-ratelimit-limit', 'x-ogw-ratelimit-reset']) {
      const v = r.headers.get(h);
      if (v) out[h] = v;
    }
    res.writeHead(r.status, out);
    res.end(bytes);
  } finally {
    s.tokens.delete(token);
  }
}

/** `POST /__emulator/card-action`: a user clicks an element of a card message. */
async function click(it: Internals, b: Record<string, any>, ok: (data: unknown) => void, bad: (status: number, msg: string) => void): Promise<void> {
  const s = it.rt.state;
  if (typeof b.as !== 'string' || !s.users.has(b.as)) return bad(400, `"as" must be the open_id of a user of the tenant`);
  const m = typeof b.message_id === 'string' ? s.messages.get(b.message_id) : undefined;
  if (!m || m.deleted) return bad(404, `no message ${JSON.stringify(b.message_id)} (or it was recalled)`);
  if (m.msg_type !== 'interactive') return bad(400, `message ${m.message_id} is a ${m.msg_type} message, not a card`);
  const chat = s.chats.get(m.chat_id);
  if (!chat || !chat.users.includes(b.as)) return bad(403, `${b.as} is not a member of chat ${m.chat_id}, so cannot see the card`);
  if (!b.action || typeof b.action !== 'object' || Array.isArray(b.action) || typeof b.action.tag !== 'string') {
    return bad(400, '"action" must be an object with at least "tag" (e.g. {"tag": "button", "value": {…}})');
  }
  const now = it.rt.now();
  const token = mintCardToken(s, m.message_id, b.as, now);
  const { rec, answer } = await it.events.hub.callback('card.action.trigger', cardAction(s, b.as, m, b.action, token));
  const event_id = rec.envelope.header.event_id;
  if (!answer.ok) return bad(504, `the app did not answer the card callback ${event_id}: ${answer.reason}`);
  const a = (answer.body ?? {}) as Record<string, any>;
  const { card, problems } = answerCard(s, a);
  if (card) {
    m.content = JSON.stringify(card);
    m.update_time = now;
    it.rt.touch();
  }
  ok({ event_id, toast: a.toast ?? null, card_updated: Boolean(card), ...(problems.length ? { card_problems: problems } : {}), answer: a });
}
