/**
 * The console's HTTP side under `/console`: the page, its live regions, the server-push stream,
 * the static script and style, stored image and file bytes, the state download, and the user
 * actions (send, reply, react, update the chat's name and description, add and remove members). Every
 * user action goes through `POST /__emulator/act`, the same
 * path the API takes, so the bot gets exactly the events the platform would send.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatContentDisposition } from '@larkgen/sdk';
import type { Internals } from '../internals.js';
import { readJsonBody } from '../json-guard.js';
import type { ConsoleFeed } from './feed.js';
import { mentionMarkup, type Person } from './mentions.js';
import { chatListHtml, liveHtml, pageHtml, readQuery } from './views.js';

const ASSETS: Record<string, string> = { 'console.js': 'text/javascript; charset=utf-8', 'console.css': 'text/css; charset=utf-8' };

/** The `web/` folder of the package, from the sources (tests) or from `dist/` (published). */
function webDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'web');
    if (fs.existsSync(path.join(candidate, 'console.js'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('the console assets (web/console.js) are missing from the emulator package');
}

let assets: Map<string, Buffer> | undefined;
function asset(name: string): Buffer | undefined {
  assets ??= new Map(Object.keys(ASSETS).map((n) => [n, fs.readFileSync(path.join(webDir(), n))]));
  return assets.get(name);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** Serves `/console…`; answers 404 for unknown console paths. */
export async function handleConsole(it: Internals, feed: ConsoleFeed, req: IncomingMessage, res: ServerResponse, pathname: string, search: string): Promise<void> {
  const route = `${req.method ?? 'GET'} ${pathname.replace(/\/+$/, '') || '/'}`;
  const s = it.rt.state;
  if (route === 'GET /console') return send(res, 200, 'text/html; charset=utf-8', pageHtml(it, readQuery(s, search)));
  if (route === 'GET /console/live') {
    const q = readQuery(s, search);
    return json(res, 200, { regions: { chats: chatListHtml(it, q), live: liveHtml(it, q) } });
  }
  if (route === 'GET /console/stream') return feed.attach(res);
  if (route === 'GET /console/state.json') {
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(downloadableState(it), null, 2), { 'content-disposition': 'attachment; filename="emulator-state.json"' });
  }
  const assetName = /^GET \/console\/assets\/([\w.-]+)$/.exec(route)?.[1];
  if (assetName && ASSETS[assetName]) return send(res, 200, ASSETS[assetName], asset(assetName)!);
  const key = /^GET \/console\/resource\/([^/]+)$/.exec(route)?.[1];
  if (key) {
    const r = s.resources.get(decodeURIComponent(key));
    if (!r) return send(res, 404, 'text/plain; charset=utf-8', `no stored image or file ${decodeURIComponent(key)}`);
    // Any name (non-ASCII, emoji, CR/LF) in the RFC 6266/5987 form, as the API's downloads send it.
    const disposition = formatContentDisposition(r.file_name ?? r.key, r.kind === 'image' ? 'inline' : 'attachment');
    return send(res, 200, r.content_type || 'application/octet-stream', r.data, { 'content-disposition': disposition });
  }
  if (req.method === 'POST' && route.startsWith('POST /console/api/')) {
    // Only the console's own page may act: a JSON body cannot be posted cross-site without a
    // CORS preflight (which is never granted), and a foreign Origin is refused outright.
    const origin = req.headers.origin;
    if (!(req.headers['content-type'] ?? '').startsWith('application/json') || (origin !== undefined && origin !== `http://${req.headers.host}`)) {
      return json(res, 403, { code: 403, msg: 'console actions take a JSON body from the console page itself' });
    }
    let body: Record<string, any>;
    try {
      // Bounded in depth and keys while it arrives, like every API body.
      const buf = await readJsonBody(req, 12 * 1024 * 1024);
      body = buf.length ? (JSON.parse(buf.toString('utf8')) as Record<string, any>) : {};
    } catch (e) {
      return json(res, 400, { code: 400, msg: `the body must be JSON: ${(e as Error).message}` });
    }
    const out = await userAction(it, route.slice('POST /console/api/'.length), body);
    return json(res, out.status, out.body);
  }
  return send(res, 404, 'text/plain; charset=utf-8', `no console page ${pathname}; open /console`);
}

/** The state as a file: everything but live credentials (tokens dropped, the app secret masked). */
function downloadableState(it: Internals): Record<string, unknown> {
  const doc = it.rt.state.toJSON() as Record<string, any>;
  delete doc.tokens;
  if (doc.app) doc.app = { ...doc.app, app_secret: '(hidden)' };
  return doc;
}

interface ActAnswer {
  readonly status: number;
  readonly body: any;
}

/** One spec method as a user, through `/__emulator/act`. */
async function act(it: Internals, as: string, method: string, args: { path?: object; params?: object; body?: object }): Promise<ActAnswer> {
  const r = await fetch(`${it.url}/__emulator/act`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ as, method, ...args }) });
  const text = await r.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = { code: r.status, msg: text };
  }
  return { status: r.status, body };
}

async function userAction(it: Internals, action: string, b: Record<string, any>): Promise<ActAnswer> {
  const s = it.rt.state;
  const bad = (msg: string): ActAnswer => ({ status: 400, body: { code: 400, msg } });
  if (typeof b.as !== 'string' || !s.users.has(b.as)) return bad('"as" must be the open_id of a user of the tenant');
  switch (action) {
    case 'send': {
      const chat = s.chats.get(String(b.chat_id));
      if (!chat) return bad(`no chat ${JSON.stringify(b.chat_id)}`);
      let msgType = 'text';
      let content: string;
      if (b.image && typeof b.image === 'object' && typeof b.image.base64 === 'string') {
        const up = await act(it, b.as, 'im.images.create', { body: { image_type: 'message', image: { base64: b.image.base64, filename: String(b.image.filename ?? 'image'), content_type: String(b.image.content_type ?? 'application/octet-stream') } } });
        if (up.body?.code !== 0) return up;
        msgType = 'image';
        content = JSON.stringify({ image_key: up.body.data.image_key });
      } else {
        if (typeof b.text !== 'string' || b.text.trim() === '') return bad('write some text (or attach an image) to send');
        const people: Person[] = [...chat.users.map((id) => ({ id, name: s.users.get(id)?.name ?? id })), ...(chat.bots.includes(s.app.app_id) ? [{ id: s.app.bot_open_id, name: s.app.bot_name }] : [])];
        content = JSON.stringify({ text: mentionMarkup(b.text, people) });
      }
      if (typeof b.reply_to === 'string' && b.reply_to !== '') {
        return act(it, b.as, 'im.messages.reply', { path: { message_id: b.reply_to }, body: { msg_type: msgType, content, reply_in_thread: true } });
      }
      return act(it, b.as, 'im.messages.create', { params: { receive_id_type: 'chat_id' }, body: { receive_id: chat.chat_id, msg_type: msgType, content } });
    }
    case 'update': {
      const chat = s.chats.get(String(b.chat_id));
      if (!chat) return bad(`no chat ${JSON.stringify(b.chat_id)}`);
      if (b.name !== undefined && (typeof b.name !== 'string' || b.name.trim() === '')) return bad('"name" must be a non-empty chat name');
      if (b.description !== undefined && typeof b.description !== 'string') return bad('"description" must be text (empty clears it)');
      // Only what changed is sent, so the bot's im.chat.updated_v1 names exactly that.
      const change: Record<string, string> = {};
      if (typeof b.name === 'string' && b.name.trim() !== chat.name) change.name = b.name.trim();
      if (typeof b.description === 'string' && b.description.trim() !== chat.description) change.description = b.description.trim();
      if (Object.keys(change).length === 0) return bad('nothing to change: give a new "name" or "description"');
      return act(it, b.as, 'im.chats.update', { path: { chat_id: chat.chat_id }, params: { user_id_type: 'open_id' }, body: change });
    }
    case 'add-member':
    case 'remove-member': {
      if (typeof b.open_id !== 'string' || !s.users.has(b.open_id)) return bad('"open_id" must be a user of the tenant');
      const method = action === 'add-member' ? 'im.chat.members.create' : 'im.chat.members.delete';
      return act(it, b.as, method, { path: { chat_id: String(b.chat_id) }, params: { member_id_type: 'open_id' }, body: { id_list: [b.open_id] } });
    }
    case 'react':
      if (typeof b.emoji !== 'string' || !/^[A-Za-z]\w*$/.test(b.emoji)) return bad('"emoji" must be an emoji name such as THUMBSUP');
      return act(it, b.as, 'im.reactions.create', { path: { message_id: String(b.message_id) }, body: { reaction_type: { emoji_type: b.emoji } } });
    case 'unreact':
      return act(it, b.as, 'im.reactions.delete', { path: { message_id: String(b.message_id), reaction_id: String(b.reaction_id) } });
    default:
      return { status: 404, body: { code: 404, msg: `no console action ${action} (send, react, unreact, update, add-member, remove-member)` } };
  }
}
