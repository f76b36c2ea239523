/**
 * The console's pages, rendered on the server from the live state: the frame (acting user, views,
 * chat list), the tenant, a chat, the event log and the request log. Regions marked `data-live`
 * are refreshed by the page script whenever the server pushes a change.
 */
import { createHash } from 'node:crypto';
import { renderContent } from '@larkgen/im-content';
import type { Internals } from '../internals.js';
import { recordView, type EventRecord } from '../events/hub.js';
import type { Actor, ChatRec, MessageRec, State } from '../state.js';
import { clock, esc, jsonAttr } from './html.js';
import { renderContentHtml, type RenderContext } from './render.js';

export type ViewName = 'chat' | 'tenant' | 'events' | 'requests';

/** What the page shows, from its query string. */
export interface ConsoleQuery {
  readonly view: ViewName;
  /** The user the console acts as. */
  readonly as: string;
  readonly chat?: string;
}

/** Reactions offered in the reaction picker (emoji_type names of the platform). */
export const REACTIONS: readonly (readonly [string, string])[] = [
  ['THUMBSUP', '👍'],
  ['SMILE', '😄'],
  ['HEART', '❤️'],
  ['OK', '👌'],
  ['DONE', '✅'],
  ['JIAYI', '+1'],
];
const REACTION_GLYPH = new Map(REACTIONS);

/** Reads the query string; unknown users and chats fall back to the first ones of the tenant. */
export function readQuery(s: State, search: string): ConsoleQuery {
  const q = new URLSearchParams(search);
  const view = (['chat', 'tenant', 'events', 'requests'] as const).find((v) => v === q.get('view')) ?? 'chat';
  const wanted = q.get('as') ?? '';
  const as = s.users.has(wanted) ? wanted : ([...s.users.keys()][0] ?? '');
  const chats = [...s.chats.values()].filter((c) => c.status === 'normal');
  const chat = s.chats.has(q.get('chat') ?? '') ? q.get('chat')! : (chats.find((c) => c.users.includes(as)) ?? chats[0])?.chat_id;
  return chat ? { view, as, chat } : { view, as };
}

/** The link to a view, keeping the acting user. */
export function viewHref(q: ConsoleQuery, change: Partial<ConsoleQuery>): string {
  const next = { ...q, ...change };
  const p = new URLSearchParams({ view: next.view, as: next.as });
  if (next.chat) p.set('chat', next.chat);
  return `/console?${p}`;
}

export function renderContext(s: State): RenderContext {
  return {
    name: (id) => nameOf(s, id),
    resourceUrl: (key) => `/console/resource/${encodeURIComponent(key)}`,
    file: (key) => {
      const r = s.resources.get(key);
      return r && { name: r.file_name, duration: r.duration };
    },
    chatName: (id) => s.chats.get(id)?.name || undefined,
  };
}

function nameOf(s: State, id: string): string | undefined {
  if (s.users.has(id)) return s.users.get(id)!.name;
  if (id === s.app.bot_open_id || id === s.app.app_id) return s.app.bot_name;
  return undefined;
}

function actorName(s: State, a: Actor | undefined): string {
  if (!a) return '—';
  return a.kind === 'user' ? (nameOf(s, a.openId) ?? a.openId) : a.appId === s.app.app_id ? s.app.bot_name : a.appId;
}

function chatTitle(s: State, c: ChatRec, as: string): string {
  if (c.chat_mode !== 'p2p' || c.name) return c.name || c.chat_id;
  // A one-to-one chat is named after the other party (both, when seen from outside).
  const others = c.users.filter((u) => u !== as).map((u) => nameOf(s, u) ?? u);
  const bot = c.bots.length > 0 ? [s.app.bot_name] : [];
  return [...others, ...bot].join(' · ') || c.chat_id;
}

/** The whole page. */
export function pageHtml(it: Internals, q: ConsoleQuery): string {
  const s = it.rt.state;
  const users = [...s.users.values()].map((u) => `<option value="${esc(u.open_id)}"${u.open_id === q.as ? ' selected' : ''}>${esc(u.name)}</option>`).join('');
  const tab = (v: ViewName, label: string) => `<a href="${esc(viewHref(q, { view: v }))}"${q.view === v ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(viewTitle(it, q))} · Lark emulator console</title>
<link rel="stylesheet" href="/console/assets/console.css">
<script type="module" src="/console/assets/console.js"></script>
</head>
<body data-as="${esc(q.as)}" data-chat="${esc(q.chat ?? '')}" data-view="${q.view}">
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <h1>Lark emulator</h1>
  <label class="acting">Acting as <select id="as" name="as">${users}</select></label>
  <nav class="tabs" aria-label="Views">${tab('chat', 'Chats')}${tab('tenant', 'Tenant')}${tab('events', 'Event log')}${tab('requests', 'Request log')}</nav>
  <div class="admin">
    <button type="button" data-reset="demo">Reseed demo</button>
    <button type="button" data-reset="empty">Reset to empty</button>
    <a class="btn" href="/console/state.json" download="emulator-state.json">Download state</a>
  </div>
  <span id="live-status" class="live" role="status">connecting…</span>
</header>
<div class="layout">
  <nav id="chats" class="chats" aria-label="Chats" data-live>${chatListHtml(it, q)}</nav>
  <main id="main" tabindex="-1">${mainHtml(it, q)}</main>
</div>
<div id="toast" class="toast" role="status" aria-live="polite"></div>
</body>
</html>`;
}

function viewTitle(it: Internals, q: ConsoleQuery): string {
  const s = it.rt.state;
  if (q.view === 'chat') {
    const c = q.chat ? s.chats.get(q.chat) : undefined;
    return c ? chatTitle(s, c, q.as) : 'Chats';
  }
  return { tenant: 'Tenant', events: 'Event log', requests: 'Request log' }[q.view];
}

export function chatListHtml(it: Internals, q: ConsoleQuery): string {
  const s = it.rt.state;
  const items = [...s.chats.values()]
    .filter((c) => c.status === 'normal')
    .map((c) => {
      const member = c.users.includes(q.as);
      const current = q.view === 'chat' && c.chat_id === q.chat ? ' aria-current="page"' : '';
      const kind = c.chat_mode === 'p2p' ? 'direct' : c.chat_mode === 'topic' ? 'topic group' : 'group';
      return `<li id="nav-${esc(c.chat_id)}"><a href="${esc(viewHref(q, { view: 'chat', chat: c.chat_id }))}"${current}><span class="chat-name">${esc(chatTitle(s, c, q.as))}</span><span class="chat-kind">${kind}${member ? '' : ' · not a member'}</span></a></li>`;
    });
  return `<h2>Chats</h2><ul>${items.join('')}</ul>`;
}

/** The main area: the live region of the view, plus the composer for chats. */
export function mainHtml(it: Internals, q: ConsoleQuery): string {
  const s = it.rt.state;
  if (q.view === 'chat') {
    const c = q.chat ? s.chats.get(q.chat) : undefined;
    if (!c) return '<h2>No chat</h2><p>The tenant has no chats. Reseed the demo tenant to get some.</p>';
    return `<section id="live" class="chat" data-live aria-label="${esc(chatTitle(s, c, q.as))}">${liveHtml(it, q)}</section>${composerHtml(it, q, c)}`;
  }
  return `<section id="live" data-live>${liveHtml(it, q)}</section>`;
}

/** The part of the main area that follows the state. */
export function liveHtml(it: Internals, q: ConsoleQuery): string {
  switch (q.view) {
    case 'tenant':
      return tenantHtml(it);
    case 'events':
      return eventsHtml(it);
    case 'requests':
      return requestsHtml(it);
    default:
      return chatHtml(it, q);
  }
}

function tenantHtml(it: Internals): string {
  const s = it.rt.state;
  const users = [...s.users.values()]
    .map((u) => `<tr><td>${esc(u.name)}</td><td><code>${esc(u.open_id)}</code></td><td><code>${esc(u.user_id)}</code></td><td>${esc(u.email)}</td><td>${u.resigned ? 'resigned' : 'active'}</td></tr>`)
    .join('');
  const app = s.app;
  const settings = it.events.hub.settings;
  const delivery = settings.webhookUrl ? `webhook ${esc(settings.webhookUrl)}` : `long connection (${it.events.longConnection.connectionCount} connected)`;
  const chats = [...s.chats.values()]
    .map((c) => {
      const members = c.users.map((u) => esc(nameOf(s, u) ?? u)).join(', ');
      const bots = c.bots.map((b) => esc(b === app.app_id ? app.bot_name : b)).join(', ');
      return `<tr><td>${esc(chatTitle(s, c, ''))}</td><td><code>${esc(c.chat_id)}</code></td><td>${esc(c.chat_mode)} · ${esc(c.chat_type)}${c.status === 'dissolved' ? ' · dissolved' : ''}</td><td>${esc(actorName(s, c.owner))}</td><td>${members || '—'}</td><td>${bots || '—'}</td><td>${esc(c.settings.group_message_type)}, members add: ${esc(c.settings.add_member_permission)}</td></tr>`;
    })
    .join('');
  return `<h2>Tenant</h2>
<h3>Users</h3>
<div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">open_id</th><th scope="col">user_id</th><th scope="col">Email</th><th scope="col">Status</th></tr></thead><tbody>${users}</tbody></table></div>
<h3>App and bot</h3>
<dl class="facts"><dt>App ID</dt><dd><code>${esc(app.app_id)}</code></dd><dt>Bot</dt><dd>${esc(app.bot_name)} <code>${esc(app.bot_open_id)}</code> ${app.bot_enabled ? '(enabled)' : '(disabled)'}</dd><dt>Events</dt><dd>${delivery}</dd><dt>Scopes</dt><dd>${app.enabled_scopes.length} enabled</dd></dl>
<h3>Chats</h3>
<div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">chat_id</th><th scope="col">Kind</th><th scope="col">Owner</th><th scope="col">Members</th><th scope="col">Bots</th><th scope="col">Settings</th></tr></thead><tbody>${chats}</tbody></table></div>`;
}

function chatHtml(it: Internals, q: ConsoleQuery): string {
  const s = it.rt.state;
  const c = s.chats.get(q.chat ?? '');
  if (!c) return '';
  const ctx = renderContext(s);
  const members = c.users.map((u) => esc(nameOf(s, u) ?? u)).concat(c.bots.map((b) => esc(b === s.app.app_id ? `${s.app.bot_name} (bot)` : b)));
  const pins = [...s.pins.values()].filter((p) => p.chat_id === c.chat_id);
  const pinned = pins.length ? `<p class="pins">📌 ${pins.length} pinned: ${pins.map((p) => `<a href="#m-${esc(p.message_id)}">${esc(preview(s, p.message_id))}</a>`).join(', ')}</p>` : '';
  const messages = c.msgs
    .map((id) => s.messages.get(id))
    .filter((m): m is MessageRec => m !== undefined)
    .map((m) => messageHtml(it, q, m, ctx, false))
    .join('');
  return `<header class="chat-head"><h2>${esc(chatTitle(s, c, q.as))}</h2>${c.description ? `<p class="description">${esc(c.description)}</p>` : ''}<p class="members">${members.length} members: ${members.join(', ')}</p>${pinned}${manageHtml(it, q, c)}</header>
<ol class="messages" aria-label="Messages">${messages || '<li class="empty">No messages yet.</li>'}</ol>`;
}

/** A one-line reading of a message (the text renderer's), for pins, replies and labels. */
/**
 * Changing the chat as the acting user: its name and description, add and remove members. It carries a `data-rev`
 * so that a live refresh keeps what is being typed unless the chat itself changed.
 */
function manageHtml(it: Internals, q: ConsoleQuery, c: ChatRec): string {
  const s = it.rt.state;
  if (c.chat_mode === 'p2p' || !c.users.includes(q.as)) return '';
  const option = (id: string) => `<option value="${esc(id)}">${esc(nameOf(s, id) ?? id)}</option>`;
  const outside = [...s.users.keys()].filter((u) => !c.users.includes(u));
  const inner = `<summary>Manage chat</summary>
<form data-manage="update" class="manage-row"><label>Name <input name="name" value="${esc(c.name)}" required></label><label>Description <input name="description" value="${esc(c.description)}"></label><button type="submit">Update chat</button></form>
<form data-manage="add" class="manage-row"><label>Add <select name="open_id" required>${outside.map(option).join('')}</select></label><button type="submit"${outside.length ? '' : ' disabled'}>Add member</button></form>
<form data-manage="remove" class="manage-row"><label>Remove <select name="open_id" required>${c.users.map(option).join('')}</select></label><button type="submit">Remove member</button></form>`;
  const rev = createHash('sha1').update(inner).digest('hex').slice(0, 12);
  return `<details id="manage" class="manage" data-rev="${rev}">${inner}</details>`;
}

function preview(s: State, id: string): string {
  const m = s.messages.get(id);
  if (!m) return id;
  if (m.deleted) return 'recalled message';
  const text = renderContent(m.msg_type, m.content, m.mentions?.map((x) => ({ key: x.key, id: x.open_id, name: x.name }))).replace(/\s+/g, ' ').trim();
  return text.length > 48 ? `${text.slice(0, 48)}…` : text;
}

function messageHtml(it: Internals, q: ConsoleQuery, m: MessageRec, ctx: RenderContext, inThread: boolean): string {
  const s = it.rt.state;
  const sender = actorName(s, m.sender);
  const isBot = m.sender.kind === 'bot';
  const badges = [isBot ? '<span class="badge">bot</span>' : '', s.pins.has(m.message_id) ? '<span class="badge">📌 pinned</span>' : '', m.updated && !m.deleted ? '<span class="badge">edited</span>' : ''].join('');
  const mentions = m.mentions?.map((x) => ({ key: x.key, id: x.open_id, name: x.name }));
  const body = m.deleted ? '<p class="recalled">This message was recalled.</p>' : `<div class="content">${m.msg_type === 'merge_forward' ? mergedHtml(s, m, ctx) : renderContentHtml(m.msg_type, m.content, mentions, ctx)}</div>`;
  const reply = !inThread && m.parent_id && !m.thread_id ? `<p class="reply-to">↪ reply to <a href="#m-${esc(m.parent_id)}">${esc(preview(s, m.parent_id))}</a></p>` : '';
  const reactions = reactionsHtml(s, q, m);
  const actions = m.deleted
    ? ''
    : `<div class="msg-actions">${inThread ? '' : `<button type="button" data-reply="${esc(m.message_id)}" data-reply-label="${esc(`${sender}: ${preview(s, m.message_id)}`)}">Reply in thread</button>`}<label><span class="visually-hidden">Add a reaction</span><select data-react="${esc(m.message_id)}" aria-label="Add a reaction"><option value="">React…</option>${REACTIONS.map(([k, g]) => `<option value="${k}">${g} ${k}</option>`).join('')}</select></label></div>`;
  const thread = !inThread && m.thread_id ? s.threads.get(m.thread_id) : undefined;
  const replies = thread
    ? thread.msgs
        .filter((id) => id !== m.message_id)
        .map((id) => s.messages.get(id))
        .filter((r): r is MessageRec => r !== undefined)
    : [];
  const threadHtml = replies.length ? `<details class="thread" open><summary>${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}</summary><ol>${replies.map((r) => messageHtml(it, q, r, ctx, true)).join('')}</ol></details>` : '';
  const inner = `<div class="meta"><span class="sender">${esc(sender)}</span> <time datetime="${new Date(m.create_time).toISOString()}">${clock(m.create_time, it.rt.now())}</time>${badges}</div>${reply}${body}${reactions}${actions}${threadHtml}`;
  const rev = createHash('sha1').update(inner).digest('hex').slice(0, 12);
  return `<li class="msg${isBot ? ' from-bot' : ''}${m.deleted ? ' deleted' : ''}" id="m-${esc(m.message_id)}" data-message-id="${esc(m.message_id)}" data-rev="${rev}" aria-label="${esc(`${sender}, ${m.msg_type} message`)}">${inner}</li>`;
}

/** A merged forward: the copies it carries, each with its sender, as one framed conversation. */
function mergedHtml(s: State, m: MessageRec, ctx: RenderContext): string {
  const items = (m.children ?? [])
    .map((id) => s.messages.get(id))
    .filter((c): c is MessageRec => c !== undefined)
    .map((c) => {
      const mentions = c.mentions?.map((x) => ({ key: x.key, id: x.open_id, name: x.name }));
      const inner = c.msg_type === 'merge_forward' ? mergedHtml(s, c, ctx) : renderContentHtml(c.msg_type, c.content, mentions, ctx);
      return `<li><span class="sender">${esc(actorName(s, c.sender))}</span>${inner}</li>`;
    });
  return `<figure class="merged"><figcaption>Merged forward · ${items.length} messages</figcaption><ol>${items.join('')}</ol></figure>`;
}

function reactionsHtml(s: State, q: ConsoleQuery, m: MessageRec): string {
  const ids = s.reactionsByMessage.get(m.message_id) ?? [];
  const groups = new Map<string, { who: string[]; mine?: string }>();
  for (const id of ids) {
    const r = s.reactions.get(id);
    if (!r) continue;
    const g = groups.get(r.emoji_type) ?? { who: [] };
    g.who.push(actorName(s, r.operator));
    if (r.operator.kind === 'user' && r.operator.openId === q.as) g.mine = r.reaction_id;
    groups.set(r.emoji_type, g);
  }
  if (groups.size === 0) return '';
  const chips = [...groups].map(([emoji, g]) => {
    const glyph = REACTION_GLYPH.get(emoji) ?? emoji;
    const label = `${emoji} by ${g.who.join(', ')}${g.mine ? ' (press to remove yours)' : ' (press to add yours)'}`;
    const data = g.mine ? `data-unreact="${jsonAttr({ message_id: m.message_id, reaction_id: g.mine })}"` : `data-react-emoji="${esc(emoji)}" data-message="${esc(m.message_id)}"`;
    return `<li><button type="button" class="reaction${g.mine ? ' mine' : ''}" aria-pressed="${g.mine ? 'true' : 'false'}" aria-label="${esc(label)}" title="${esc(g.who.join(', '))}" ${data}>${esc(glyph)} ${g.who.length}</button></li>`;
  });
  return `<ul class="reactions" aria-label="Reactions">${chips.join('')}</ul>`;
}

function composerHtml(it: Internals, q: ConsoleQuery, c: ChatRec): string {
  const s = it.rt.state;
  const member = c.users.includes(q.as);
  const who = nameOf(s, q.as) ?? q.as;
  const people = [...c.users.map((u) => ({ id: u, name: nameOf(s, u) ?? u })), ...(c.bots.includes(s.app.app_id) ? [{ id: s.app.bot_open_id, name: s.app.bot_name }] : [])];
  const mentionOptions = people.map((p) => `<option value="${esc(p.name)}">${esc(p.name)}</option>`).join('');
  if (!member) return `<p class="composer-note">${esc(who)} is not a member of this chat, so cannot write here. Pick another user above.</p>`;
  return `<form id="compose" class="composer" aria-label="Composer" data-people="${jsonAttr(people)}">
  <p id="replying" class="replying" hidden><span></span> <button type="button" data-cancel-reply>Cancel reply</button></p>
  <input type="hidden" name="reply_to" value="">
  <label for="compose-text">Message as ${esc(who)} <span class="hint">(write @Name to mention someone)</span></label>
  <textarea id="compose-text" name="text" rows="2" required placeholder="Write a message… (Ctrl+Enter sends)"></textarea>
  <div class="composer-row">
    <label>Mention <select data-mention aria-label="Insert a mention"><option value="">@…</option>${mentionOptions}<option value="all">all</option></select></label>
    <label class="file-pick">Image <input type="file" name="image" accept="image/*" aria-label="Attach an image from disk"></label>
    <button type="submit" class="btn-primary">Send</button>
  </div>
</form>`;
}

/** Delivery states in words: queued and in-flight events are both still pending. */
const STATUS_LABEL: Record<EventRecord['status'], string> = {
  queued: 'pending (queued)',
  in_flight: 'pending (sent, awaiting the answer)',
  retrying: 'retrying',
  delivered: 'delivered',
  failed: 'failed',
};

/** Who an event was for (the app, by its bot's name) and where it went (URL or connection). */
function subscriberHtml(s: State, r: EventRecord): string {
  const appId = r.envelope.header.app_id;
  return `${appId === s.app.app_id ? `${esc(s.app.bot_name)} ` : ''}<code>${esc(appId)}</code>`;
}

function pathHtml(r: EventRecord): string {
  if (r.via === 'webhook') return `webhook${r.to ? `<br><small><code>${esc(withoutUserInfo(r.to))}</code></small>` : ''}`;
  return `long connection${r.to ? `<br><small>connection <code>${esc(r.to)}</code></small>` : ''}`;
}

/** A URL without the user:password part, which may hold a credential. */
function withoutUserInfo(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

function eventsHtml(it: Internals): string {
  const now = it.rt.now();
  const recs = [...it.events.hub.recent(200)].reverse();
  const rows = recs
    .map((r) => {
      const v = recordView(r);
      const h = r.envelope.header;
      return `<tr class="st-${r.status}"><td><time>${clock(Number(h.create_time), now)}</time></td><td><code>${esc(h.event_type)}</code></td><td>${subscriberHtml(it.rt.state, r)}</td><td>${pathHtml(r)}</td><td><span class="status">${STATUS_LABEL[r.status]}</span>${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''}${r.last_error ? `<br><small>${esc(r.last_error)}</small>` : ''}</td><td><details><summary><code>${esc(h.event_id)}</code></summary><pre>${esc(JSON.stringify(v, null, 2))}</pre></details></td></tr>`;
    })
    .join('');
  return `<h2>Event log</h2><p>Events and callbacks the emulator sent to the app, newest first (the verification token is never shown).</p>
<div class="table-wrap"><table class="log"><thead><tr><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Subscriber</th><th scope="col">Path</th><th scope="col">Delivery</th><th scope="col">Event</th></tr></thead><tbody>${rows || '<tr><td colspan="6">No events yet.</td></tr>'}</tbody></table></div>`;
}

function requestsHtml(it: Internals): string {
  const now = it.rt.now();
  const s = it.rt.state;
  const rows = [...it.log]
    .slice(-300)
    .reverse()
    .map((e) => `<tr class="${e.status >= 400 ? 'st-failed' : ''}"><td><time>${clock(e.at, now)}</time></td><td>${esc(e.identity ?? '—')}${e.caller ? `<br><small>${esc(nameOf(s, e.caller) ?? '')} <code>${esc(e.caller)}</code></small>` : ''}</td><td>${esc(e.http)}</td><td><code>${esc(e.path)}</code>${e.method_id ? `<br><small>${esc(e.method_id)}</small>` : ''}</td><td>${e.status}${e.code !== undefined && e.code !== 0 ? ` · code ${e.code}` : ''}</td><td>${e.ms} ms</td></tr>`)
    .join('');
  return `<h2>Request log</h2><p>API calls, newest first. Tokens, secrets and bodies are never shown.</p>
<div class="table-wrap"><table class="log"><thead><tr><th scope="col">Time</th><th scope="col">Identity</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Status</th><th scope="col">Latency</th></tr></thead><tbody>${rows || '<tr><td colspan="6">No requests yet.</td></tr>'}</tbody></table></div>`;
}
