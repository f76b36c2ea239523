/**
 * The readable message shape of the read shortcuts (+chat-messages-list, +messages-mget,
 * +messages-search, +threads-messages-list): the platform's message turned into something a
 * person or an agent can read without decoding nested JSON strings.
 */
import { renderCard } from './cards/render.js';
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
  };
  readonly body?: { readonly content?: string };
  readonly mentions?: readonly RawMention[];
  readonly upper_message_id?: string;
}

/** A mention in readable output. */
export interface RenderedMention {
  readonly key: string;
  readonly id: string;
  readonly name: string;
}

/** A message in readable output, in the field order of the shortcut specs. */
export interface RenderedMessage {
  readonly message_id: string;
  readonly msg_type: string;
  readonly content: string;
  /** A card message's card as the platform returned it (only with `rawCards`). */
  readonly card?: Readonly<Record<string, unknown>>;
  readonly chat_id?: string;
  readonly sender: { readonly id: string; readonly sender_type: string; readonly name?: string };
  readonly create_time: string;
  readonly deleted: boolean;
  readonly updated: boolean;
  readonly thread_id?: string;
  readonly reply_to?: string;
  readonly mentions?: readonly RenderedMention[];
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

/**
 * The readable content of a message: text as written, post as Markdown, `[Image: img_…]`,
 * `<file key="…" name="…"/>`, a card as its (compacted) card JSON, a bracketed summary for audio,
 * video, stickers, shared chats and users, merged forwards, system messages and a few client
 * types (location, calendar, video call, vote, folder), and the raw content for anything else.
 * Mention placeholders are replaced by names in text and post.
 */
export function renderContent(msgType: string, content: string, mentions?: readonly RawMention[], names?: ReadonlyMap<string, string>): string {
  if (msgType === 'merge_forward') return '[Merged forward]';
  const o = parseObject(content);
  if (!o) return content;
  switch (msgType) {
    case 'text':
      return typeof o.text === 'string' ? replaceMentionKeys(o.text, mentions) : content;
    case 'post': {
      const md = postToMarkdown(o);
      return md === undefined ? content : replaceMentionKeys(md, mentions);
    }
    case 'image':
      return `[Image: ${str(o.image_key)}]`;
    case 'file':
      return `<file key="${xmlAttr(str(o.file_key))}" name="${xmlAttr(str(o.file_name))}"/>`;
    case 'folder':
      return `<folder key="${xmlAttr(str(o.file_key))}" name="${xmlAttr(str(o.file_name))}"/>`;
    case 'audio':
      return bracket('Audio', str(o.file_key), formatDuration(o.duration));
    case 'media':
      return bracket('Video', str(o.file_key), str(o.file_name), formatDuration(o.duration), str(o.image_key) ? `cover ${str(o.image_key)}` : '');
    case 'sticker':
      return bracket('Sticker', str(o.file_key));
    case 'share_chat':
      return bracket('Shared chat', str(o.chat_id));
    case 'share_user':
      return bracket('Shared contact', str(o.user_id));
    case 'interactive':
      return renderCard(o, names ? { names } : {});
    case 'system':
      return systemText(o);
    case 'location':
      return bracket('Location', str(o.name), o.latitude !== undefined && o.longitude !== undefined ? `${str(o.latitude)},${str(o.longitude)}` : '');
    case 'video_chat':
      return bracket('Video call', str(o.topic));
    case 'share_calendar_event':
    case 'calendar':
    case 'general_calendar':
      return bracket('Calendar event', str(o.summary));
    case 'vote':
      return bracket('Vote', str(o.topic));
    case 'hongbao':
      return '[Red packet]';
    case 'todo':
      return bracket('Task', str(o.task_id));
    default:
      return content;
  }
}

/**
 * One platform message in readable form: readable content (with the raw card of a card message
 * when `rawCards` is set), sender with its resolved name,
 * local create_time, deleted/updated flags, thread_id (or, outside a thread, reply_to = the
 * parent message) and mentions (left out when there are none).
 */
export function renderMessage(m: RawMessage, options: RenderOptions = {}): RenderedMessage {
  const msgType = m.msg_type ?? '';
  const deleted = m.deleted === true;
  const content = deleted ? (options.deleted === 'notice' ? RECALL_NOTICE : '') : renderContent(msgType, m.body?.content ?? '', m.mentions, options.names);
  const senderId = m.sender?.id ?? '';
  const name = (senderId && options.names?.get(senderId)) || m.sender?.sender_name || undefined;
  const mentions = renderMentions(m.mentions);
  const card = options.rawCards && !deleted && msgType === 'interactive' ? parseObject(m.body?.content ?? '') : undefined;
  return {
    message_id: m.message_id ?? '',
    msg_type: msgType,
    content,
    ...(card ? { card } : {}),
    ...(m.chat_id ? { chat_id: m.chat_id } : {}),
    sender: { id: senderId, sender_type: m.sender?.sender_type ?? '', ...(name ? { name } : {}) },
    create_time: formatPlatformTime(m.create_time, options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
    deleted,
    updated: m.updated === true,
    ...(m.thread_id ? { thread_id: m.thread_id } : m.parent_id ? { reply_to: m.parent_id } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

/** `renderMessage` over a list. */
export function renderMessages(messages: readonly RawMessage[], options: RenderOptions = {}): RenderedMessage[] {
  return messages.map((m) => renderMessage(m, options));
}
