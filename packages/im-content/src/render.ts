/**
 * The readable message shape of the read shortcuts (+chat-messages-list, +messages-mget,
 * +messages-search, +threads-messages-list): the platform's message turned into something a
 * person or an agent can read without decoding nested JSON strings.
 */
import { chatAppLink, type AppLinkBrand } from './applink.js';
import { renderCard } from './cards/render.js';
import { messageResources, type MessageResource } from './resources.js';
import { formatPlatformTime } from './time.js';

/** A mention as the platform returns it; `id` is a string in v1 answers, an id object in events. */
export interface RawMention {
  readonly key?: string;
  readonly id?: string | { readonly open_id?: string; readonly user_id?: string; readonly union_id?: string };
  readonly id_type?: string;
  readonly name?: string;
}

/** A message as the platform returns it (only the fields used here). */
export interface RawMessage {
  readonly message_id?: string;
  readonly root_id?: string;
  readonly parent_id?: string;
  readonly thread_id?: string;
  readonly msg_type?: string;
  readonly create_time?: string | number;
  readonly update_time?: string | number;
  readonly deleted?: boolean;
  readonly updated?: boolean;
  readonly chat_id?: string;
  readonly sender?: {
    readonly id?: string;
    readonly id_type?: string;
    readonly sender_type?: string;
    readonly sender_name?: string;
    readonly open_bot_id?: string;
    readonly sender_i18n_names?: Readonly<Record<string, string>>;
  };
  readonly body?: { readonly content?: string };
  readonly mentions?: readonly RawMention[];
  readonly upper_message_id?: string;
  /** Position of the message in its chat, when the platform gives it (used in the app link). */
  readonly message_position?: string | number;
  readonly sync_to_chat_info?: SyncToChatInfo;
}

/** Links a thread reply also sent to the chat (type 1) and its copy in the chat (type 2). */
export interface SyncToChatInfo {
  readonly type?: number;
  readonly related_message_id?: string;
  readonly thread_id?: string;
}

/** A mention in readable output. */
export interface RenderedMention {
  readonly key: string;
  readonly id: string;
  readonly name: string;
}

/** The sender of a message in readable output. */
export interface RenderedSender {
  readonly id: string;
  readonly sender_type: string;
  readonly name?: string;
  /** Localised names as the platform gave them (with_sender_name). */
  readonly i18n_names?: Readonly<Record<string, string>>;
  /** For a bot sender, its open id (ou_…) when the platform gives it. */
  readonly open_bot_id?: string;
}

/** A message in readable output, in the field order of the shortcut specs. */
export interface RenderedMessage {
  readonly message_id: string;
  readonly msg_type: string;
  readonly content: string;
  /** A card message's card as the platform returned it (only with `rawCards`). */
  readonly card?: Readonly<Record<string, unknown>>;
  readonly chat_id?: string;
  readonly sender: RenderedSender;
  readonly create_time: string;
  /** When the message was last edited; only for edited messages. */
  readonly update_time?: string;
  readonly deleted: boolean;
  readonly updated: boolean;
  readonly thread_id?: string;
  readonly reply_to?: string;
  readonly mentions?: readonly RenderedMention[];
  /** Images and files the message carries (downloadable with message.resources.get). */
  readonly resources?: readonly MessageResource[];
  /** A thread reply also sent to the chat, or that copy: which one, and the other's id. */
  readonly sync_to_chat_info?: SyncToChatInfo;
  /** Link that opens the message's chat in the client (at the message when its position is known). */
  readonly message_app_link?: string;
  /** The messages a merged forward holds, rendered the same way (when they were fetched). */
  readonly merged_messages?: readonly RenderedMessage[];
}

/** The content shown for a recalled message when `deleted: 'notice'` is chosen. */
export const RECALL_NOTICE = '[This message was recalled]';

/** Options for rendering. */
export interface RenderOptions {
  /** Zone for create_time; undefined = system zone. */
  readonly timeZone?: string;
  /** Resolved display names by id (from `names.ts`); used for the sender and the people in cards. */
  readonly names?: ReadonlyMap<string, string>;
  /**
   * What a recalled message's content shows: `empty` (default, as the shortcut specs say) or
   * `notice` (RECALL_NOTICE, for human formats).
   */
  readonly deleted?: 'empty' | 'notice';
  /** Keep a card message's raw card next to its readable text, as `card` (for JSON output). */
  readonly rawCards?: boolean;
  /** Brand of the client the app links open; no message_app_link without it. */
  readonly appLinks?: AppLinkBrand;
  /**
   * The messages held by merged forwards, by the id of the merge_forward message that holds
   * them (the platform's upper_message_id). A merged forward found here is expanded.
   */
  readonly merged?: ReadonlyMap<string, readonly RawMessage[]>;
}

/** The id of a mention, whichever form it came in (string, or open_id/user_id/union_id object). */
export function mentionId(m: RawMention): string {
  if (typeof m.id === 'string') return m.id;
  return m.id?.open_id ?? m.id?.user_id ?? m.id?.union_id ?? '';
}

/** Mentions in output form; entries without a key are dropped. */
export function renderMentions(mentions: readonly RawMention[] | undefined): RenderedMention[] {
  return (mentions ?? []).filter((m) => m.key).map((m) => ({ key: m.key!, id: mentionId(m), name: m.name ?? '' }));
}

/**
 * Replaces mention placeholders (`@_user_1`) by `@Name`, and `@_all` by `@all`. A placeholder
 * without a matching mention, or whose mention has no name, is left as it is.
 */
export function replaceMentionKeys(text: string, mentions: readonly RawMention[] | undefined): string {
  const byKey = new Map<string, string>();
  for (const m of mentions ?? []) if (m.key && m.name) byKey.set(m.key, m.name);
  return text.replace(/@_user_\d+|@_all\b/g, (key) => {
    if (key === '@_all') return byKey.has(key) ? `@${byKey.get(key)}` : '@all';
    const name = byKey.get(key);
    return name ? `@${name}` : key;
  });
}

type Json = Record<string, unknown>;

/** The card of a card message (msg_type interactive), parsed; undefined for any other message or content that is not a JSON object. */
export function rawCardOf(msgType: string, content: string | undefined): Json | undefined {
  return msgType === 'interactive' ? parseObject(content ?? '') : undefined;
}

function parseObject(content: string): Json | undefined {
  try {
    const v: unknown = JSON.parse(content);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** `12345` ms → `12s`, `83000` → `1m23s`. */
export function formatDuration(ms: unknown): string {
  const n = typeof ms === 'string' ? Number(ms) : typeof ms === 'number' ? ms : NaN;
  if (!Number.isFinite(n) || n <= 0) return '';
  const total = Math.round(n / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m}m${pad2(s)}s` : `${s}s`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `[Label: a, b, c]`, skipping empty parts. */
function bracket(label: string, ...parts: string[]): string {
  const p = parts.filter((x) => x !== '');
  return p.length > 0 ? `[${label}: ${p.join(', ')}]` : `[${label}]`;
}

function xmlAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markdown for one text element with its styles (bold, italic, strikethrough; underline dropped). */
function styled(text: string, style: unknown): string {
  if (!Array.isArray(style) || text.trim() === '') return text;
  let t = text;
  if (style.includes('lineThrough')) t = `~~${t}~~`;
  if (style.includes('italic')) t = `*${t}*`;
  if (style.includes('bold')) t = `**${t}**`;
  return t;
}

/** One post element as Markdown. */
function postElement(el: Json): string {
  switch (el.tag) {
    case 'text':
      return styled(str(el.text), el.style);
    case 'a': {
      const text = str(el.text) || str(el.href);
      return str(el.href) ? `[${text}](${str(el.href)})` : text;
    }
    case 'at': {
      const id = str(el.user_id);
      if (id === 'all' || id === '@_all') return '@all';
      return `@${str(el.user_name) || id}`;
    }
    case 'img':
      return `[Image: ${str(el.image_key)}]`;
    case 'media':
      return bracket('Video', str(el.file_key));
    case 'emotion':
      return `:${str(el.emoji_type)}:`;
    case 'md':
      return str(el.text);
    case 'code_block': {
      const code = str(el.text).replace(/\n$/, '');
      return `\`\`\`${str(el.language).toLowerCase()}\n${code}\n\`\`\``;
    }
    case 'hr':
      return '---';
    default:
      return str(el.text) || `[${str(el.tag) || 'element'}]`;
  }
}

/** The body of a post: a single `{title, content}` or the first language of `{zh_cn: {…}, …}`. */
function postBody(o: Json): Json | undefined {
  if (Array.isArray(o.content)) return o;
  for (const lang of ['zh_cn', 'en_us', 'ja_jp', ...Object.keys(o)]) {
    const b = o[lang];
    if (typeof b === 'object' && b !== null && Array.isArray((b as Json).content)) return b as Json;
  }
  return undefined;
}

/** Post content as Markdown: `# title`, a blank line, then one line per paragraph. */
export function postToMarkdown(o: Json): string | undefined {
  const body = postBody(o);
  if (!body) return undefined;
  const paras = (body.content as unknown[]).map((para) => {
    if (!Array.isArray(para)) return '';
    const els = para.filter((el): el is Json => typeof el === 'object' && el !== null);
    // Code blocks and rules are blocks of their own: put them on separate lines.
    return els
      .map((el, i) => {
        const md = postElement(el);
        if (el.tag !== 'code_block' && el.tag !== 'hr') return md;
        return `${i > 0 ? '\n' : ''}${md}${i < els.length - 1 ? '\n' : ''}`;
      })
      .join('');
  });
  while (paras.length > 0 && paras[0]!.trim() === '') paras.shift();
  while (paras.length > 0 && paras[paras.length - 1]!.trim() === '') paras.pop();
  const text = paras.join('\n');
  const title = str(body.title).trim();
  return title ? (text ? `# ${title}\n\n${text}` : `# ${title}`) : text;
}

/** A system message: its template with `{name}` placeholders filled from the other fields. */
function systemText(o: Json): string {
  const template = str(o.template);
  if (!template) return '[System message]';
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = o[name];
    if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ');
    const s = str(v);
    return s || whole;
  });
  return `[System: ${filled}]`;
}

/** What content rendering may use beyond the content itself. */
interface ContentContext {
  readonly mentions?: readonly RawMention[] | undefined;
  readonly names?: ReadonlyMap<string, string> | undefined;
  readonly timeZone?: string | undefined;
}

/** `Name (id)` when the id has a known name, else the id. */
function named(id: string, names: ReadonlyMap<string, string> | undefined): string {
  const name = id ? names?.get(id) : undefined;
  return name ? `${name} (${id})` : id;
}

function time(v: unknown, c: ContentContext): string {
  return formatPlatformTime(str(v), c.timeZone !== undefined ? { timeZone: c.timeZone } : {});
}

/** `start – end`, either part possibly missing. */
function timeSpan(start: unknown, end: unknown, c: ContentContext): string {
  const a = time(start, c);
  const b = time(end, c);
  return a && b ? `${a} – ${b}` : a || b;
}

/** The options of a vote: strings, or objects carrying their text. */
function voteOptions(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'object' && x !== null ? str((x as Json).text) || str((x as Json).content) || str((x as Json).name) : str(x))).filter((x) => x !== '');
}

/** A task: its title, its body (post-like rich text) and its due time. */
function todoText(o: Json, c: ContentContext): string {
  const summary = typeof o.summary === 'object' && o.summary !== null ? (o.summary as Json) : {};
  const title = str(summary.title).trim() || str(o.title).trim();
  const body = Array.isArray(summary.content) ? postToMarkdown({ content: summary.content }) ?? '' : str(o.summary);
  const due = time(o.due_time, c);
  const head = title ? `[Task: ${title}]` : '[Task]';
  const rest = [body.trim(), due ? `(due ${due})` : ''].filter(Boolean).join(' ');
  return rest ? `${head} ${rest}` : head;
}

/** Text for a content object; undefined when the object is not what the type should hold. */
type ContentRenderer = (o: Json, c: ContentContext) => string | undefined;

/** One renderer per message type whose content is a JSON object. */
const RENDERERS: Readonly<Record<string, ContentRenderer>> = {
  text: (o, c) => (typeof o.text === 'string' ? replaceMentionKeys(o.text, c.mentions) : undefined),
  post: (o, c) => {
    const md = postToMarkdown(o);
    return md === undefined ? undefined : replaceMentionKeys(md, c.mentions);
  },
  image: (o) => `[Image: ${str(o.image_key)}]`,
  file: (o) => `<file key="${xmlAttr(str(o.file_key))}" name="${xmlAttr(str(o.file_name))}"/>`,
  folder: (o) => `<folder key="${xmlAttr(str(o.file_key))}" name="${xmlAttr(str(o.file_name))}"/>`,
  audio: (o) => bracket('Audio', str(o.file_key), formatDuration(o.duration)),
  media: (o) => bracket('Video', str(o.file_key), str(o.file_name), formatDuration(o.duration), str(o.image_key) ? `cover ${str(o.image_key)}` : ''),
  sticker: (o) => bracket('Sticker', str(o.file_key)),
  share_chat: (o, c) => bracket('Shared chat', named(str(o.chat_id), c.names)),
  share_user: (o, c) => bracket('Shared contact', named(str(o.user_id), c.names)),
  interactive: (o, c) => renderCard(o, c.names ? { names: c.names } : {}),
  system: (o) => systemText(o),
  location: (o) => bracket('Location', str(o.name), o.latitude !== undefined && o.longitude !== undefined ? `${str(o.latitude)},${str(o.longitude)}` : ''),
  video_chat: (o, c) => bracket('Video call', str(o.topic), time(o.start_time, c) ? `starts ${time(o.start_time, c)}` : ''),
  share_calendar_event: (o, c) => bracket('Calendar event', str(o.summary), timeSpan(o.start_time, o.end_time, c)),
  calendar: (o, c) => bracket('Calendar invitation', str(o.summary), timeSpan(o.start_time, o.end_time, c)),
  general_calendar: (o, c) => bracket('Calendar', str(o.summary), timeSpan(o.start_time, o.end_time, c)),
  vote: (o) => {
    const options = voteOptions(o.options);
    return bracket('Vote', str(o.topic), options.length ? `options: ${options.join(' | ')}` : '');
  },
  hongbao: (o) => bracket('Red packet', str(o.text)),
  commercialized_hongbao: (o) => bracket('Red packet', str(o.text)),
  todo: todoText,
};

/** The message types `renderContent` turns into text of their own (others are shown raw). */
export const RENDERED_TYPES: readonly string[] = ['merge_forward', ...Object.keys(RENDERERS)];

/**
 * The readable content of a message: text as written, post as Markdown, `[Image: img_…]`,
 * `<file key="…" name="…"/>`, a card as its readable text, and a bracketed summary for audio and
 * video (with duration), stickers, shared chats and contacts (with names when known), locations,
 * calendar events and invitations (with times), video calls, votes (question and options), tasks
 * (title, body, due time), red packets and system messages; anything else as its raw content.
 * A merged forward is `[Merged forward]` here; renderMessage expands it when its messages were
 * fetched. Mention placeholders are replaced by names in text and post.
 */
export function renderContent(msgType: string, content: string, mentions?: readonly RawMention[], names?: ReadonlyMap<string, string>, timeZone?: string): string {
  if (msgType === 'merge_forward') return '[Merged forward]';
  const o = parseObject(content);
  const render = RENDERERS[msgType];
  if (!o || !render) return content;
  return render(o, { mentions, names, timeZone }) ?? content;
}

/** A merged forward with its messages: a header line, then one `Sender (time): content` line each. */
function mergedText(children: readonly RenderedMessage[]): string {
  const lines = children.map((m) => {
    const who = m.sender.name ?? (m.sender.id || 'unknown sender');
    const body = m.content.split('\n').join('\n  ');
    return `${who} (${m.create_time}): ${body}`;
  });
  return [`[Merged forward: ${children.length} message${children.length === 1 ? '' : 's'}]`, ...lines].join('\n');
}

/**
 * One platform message in readable form: readable content (with the raw card of a card message
 * when `rawCards` is set), sender with its resolved name (and localised names, a bot's
 * open_bot_id), local create_time, update_time for an edited message, deleted/updated flags,
 * thread_id (or, outside a thread, reply_to = the parent message), mentions, the resources it
 * carries, its app link, and for a merged forward whose messages are in `options.merged`, those
 * messages (rendered alike) and a content listing them. Optional fields are left out when empty.
 */
export function renderMessage(m: RawMessage, options: RenderOptions = {}): RenderedMessage {
  const msgType = m.msg_type ?? '';
  const deleted = m.deleted === true;
  const raw = m.body?.content ?? '';
  const children = !deleted && msgType === 'merge_forward' && m.message_id ? options.merged?.get(m.message_id) : undefined;
  const merged = children ? renderMessages(children, options) : undefined;
  const content = deleted
    ? options.deleted === 'notice'
      ? RECALL_NOTICE
      : ''
    : merged
      ? mergedText(merged)
      : renderContent(msgType, raw, m.mentions, options.names, options.timeZone);
  const s = m.sender;
  const senderId = s?.id ?? '';
  const name = (senderId && options.names?.get(senderId)) || s?.sender_name || undefined;
  const mentions = renderMentions(m.mentions);
  const card = options.rawCards && !deleted ? rawCardOf(msgType, m.body?.content) : undefined;
  const resources = deleted ? [] : messageResources(msgType, raw);
  const zone = options.timeZone !== undefined ? { timeZone: options.timeZone } : {};
  const edited = m.updated === true && m.update_time !== undefined && m.update_time !== '' ? formatPlatformTime(m.update_time, zone) : '';
  return {
    message_id: m.message_id ?? '',
    msg_type: msgType,
    content,
    ...(card ? { card } : {}),
    ...(m.chat_id ? { chat_id: m.chat_id } : {}),
    sender: {
      id: senderId,
      sender_type: s?.sender_type ?? '',
      ...(name ? { name } : {}),
      ...(s?.sender_i18n_names && Object.keys(s.sender_i18n_names).length > 0 ? { i18n_names: s.sender_i18n_names } : {}),
      ...(s?.open_bot_id ? { open_bot_id: s.open_bot_id } : {}),
    },
    create_time: formatPlatformTime(m.create_time, zone),
    ...(edited ? { update_time: edited } : {}),
    deleted,
    updated: m.updated === true,
    ...(m.thread_id ? { thread_id: m.thread_id } : m.parent_id ? { reply_to: m.parent_id } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(resources.length > 0 ? { resources } : {}),
    ...(m.sync_to_chat_info ? { sync_to_chat_info: m.sync_to_chat_info } : {}),
    ...(options.appLinks && m.chat_id ? { message_app_link: chatAppLink(m.chat_id, options.appLinks, m.message_position) } : {}),
    ...(merged ? { merged_messages: merged } : {}),
  };
}

/** `renderMessage` over a list. */
export function renderMessages(messages: readonly RawMessage[], options: RenderOptions = {}): RenderedMessage[] {
  return messages.map((m) => renderMessage(m, options));
}
