import { checkCard } from './cards.js';
import type { Ctx } from './context.js';
import type { Actor, MentionRec } from './state.js';

const TEXT_LIMIT = 150 * 1024;
const RICH_LIMIT = 30 * 1024;
const POST_TAGS = new Set(['text', 'a', 'at', 'img', 'media', 'emotion', 'hr', 'code_block', 'md']);
const AT_TAG = /<at\s+(?:user_id|id|open_id)\s*=\s*"([^"]*)"\s*>(.*?)<\/at>/g;

export interface CheckedContent {
  readonly content: string;
  readonly mentions?: MentionRec[];
}

function obj(ctx: Ctx, raw: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return ctx.invalid('content', 'must be a JSON document encoded as a string', raw);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) ctx.invalid('content', 'must encode a JSON object', raw);
  return v as Record<string, unknown>;
}

function str(ctx: Ctx, o: Record<string, unknown>, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') ctx.invalid(`content.${key}`, `${what} is required for this msg_type`, v);
  return v as string;
}

function checkResource(ctx: Ctx, key: string, kind: 'image' | 'file', sender: Actor, field: string): void {
  const r = ctx.state.resources.get(key);
  if (!r || r.kind !== kind) ctx.invalid(field, `does not name an uploaded ${kind}`, key);
  if (sender.kind === 'bot' && r!.app_id !== sender.appId) {
    ctx.fail(230017, `The ${kind} ${key} was uploaded by another app; a bot can only send its own uploads.`);
  }
}

/** A user of the tenant, or the app's bot (by its open_id), that an @ can name. */
function mentionable(ctx: Ctx, id: string): { open_id: string; name: string } | undefined {
  const app = ctx.state.app;
  if (id === app.bot_open_id) return { open_id: app.bot_open_id, name: app.bot_name };
  return ctx.state.users.get(id) ?? ctx.state.userBy('user_id', id) ?? ctx.state.userBy('union_id', id);
}

function mentionsOf(ctx: Ctx, text: string): { text: string; mentions: MentionRec[] } {
  const mentions: MentionRec[] = [];
  const out = text.replace(AT_TAG, (whole, id: string, name: string) => {
    if (id === 'all') return '@_all';
    const who = mentionable(ctx, id);
    if (!who) return whole;
    const key = `@_user_${mentions.length + 1}`;
    mentions.push({ key, open_id: who.open_id, name: name || who.name });
    return key;
  });
  return { text: out, mentions };
}

function checkPostBody(ctx: Ctx, post: unknown, where: string, sender: Actor, mentions: MentionRec[]): void {
  if (!post || typeof post !== 'object') ctx.invalid(where, 'must be an object with title and content');
  const p = post as Record<string, unknown>;
  if (p.title !== undefined && typeof p.title !== 'string') ctx.invalid(`${where}.title`, 'must be a string', p.title);
  if (!Array.isArray(p.content)) ctx.invalid(`${where}.content`, 'must be an array of paragraphs (arrays of elements)', p.content);
  (p.content as unknown[]).forEach((para, i) => {
    if (!Array.isArray(para)) ctx.invalid(`${where}.content[${i}]`, 'must be an array of elements', para);
    (para as unknown[]).forEach((el, j) => {
      const at = `${where}.content[${i}][${j}]`;
      if (!el || typeof el !== 'object') ctx.invalid(at, 'must be an element object');
      const e = el as Record<string, unknown>;
      if (typeof e.tag !== 'string' || !POST_TAGS.has(e.tag)) ctx.invalid(`${at}.tag`, `must be one of ${[...POST_TAGS].join(', ')}`, e.tag);
      if ((e.tag === 'text' || e.tag === 'md') && typeof e.text !== 'string') ctx.invalid(`${at}.text`, 'is required', e.text);
      if (e.tag === 'a' && typeof e.href !== 'string') ctx.invalid(`${at}.href`, 'is required', e.href);
      if (e.tag === 'img') checkResource(ctx, String(e.image_key ?? ''), 'image', sender, `${at}.image_key`);
      if (e.tag === 'media') checkResource(ctx, String(e.file_key ?? ''), 'file', sender, `${at}.file_key`);
      if (e.tag === 'at') {
        const who = mentionable(ctx, String(e.user_id ?? ''));
        if (who) mentions.push({ key: `@_user_${mentions.length + 1}`, open_id: who.open_id, name: typeof e.user_name === 'string' ? e.user_name : who.name });
      }
    });
  });
}

/** Validates `content` for `msgType` as the platform would, returning what to store. */
export function checkContent(ctx: Ctx, msgType: string, raw: string, sender: Actor): CheckedContent {
  const size = Buffer.byteLength(raw, 'utf8');
  if (msgType === 'text' && size > TEXT_LIMIT) ctx.fail(230025, `Text content is ${size} bytes; the limit is 150 KB.`);
  if ((msgType === 'post' || msgType === 'interactive') && size > RICH_LIMIT) {
    ctx.fail(230025, `${msgType} content is ${size} bytes; the limit is 30 KB.`);
  }
  const o = obj(ctx, raw);
  switch (msgType) {
    case 'text': {
      const text = o.text;
      if (typeof text !== 'string') ctx.invalid('content.text', 'text content needs a "text" string', text);
      const { text: out, mentions } = mentionsOf(ctx, text as string);
      if (mentions.length === 0 && out === text) return { content: raw };
      return { content: JSON.stringify({ ...o, text: out }), mentions };
    }
    case 'post': {
      const mentions: MentionRec[] = [];
      if ('content' in o) checkPostBody(ctx, o, 'content', sender, mentions);
      else {
        // `files` is the attachment zone: file keys the sender may use (folders are not emulated).
        if ('files' in o) {
          if (!Array.isArray(o.files)) ctx.invalid('content.files', 'must be an array of {"key": …}', o.files);
          (o.files as unknown[]).forEach((f, i) => {
            const e = (f ?? {}) as Record<string, unknown>;
            if (e.is_folder !== true) checkResource(ctx, String(e.key ?? ''), 'file', sender, `content.files[${i}].key`);
          });
        }
        const locales = Object.keys(o).filter((k) => k !== 'files');
        if (locales.length === 0) ctx.invalid('content', 'post content needs at least one language (e.g. zh_cn or en_us)');
        for (const l of locales) checkPostBody(ctx, o[l], `content.${l}`, sender, mentions);
      }
      return mentions.length > 0 ? { content: raw, mentions } : { content: raw };
    }
    case 'image':
      checkResource(ctx, str(ctx, o, 'image_key', 'image_key'), 'image', sender, 'content.image_key');
      return { content: raw };
    case 'file':
      checkResource(ctx, str(ctx, o, 'file_key', 'file_key'), 'file', sender, 'content.file_key');
      return { content: raw };
    case 'audio':
    case 'media': {
      const key = str(ctx, o, 'file_key', 'file_key');
      checkResource(ctx, key, 'file', sender, 'content.file_key');
      const want = msgType === 'audio' ? 'opus' : 'mp4';
      const r = ctx.state.resources.get(key)!;
      if (r.file_type !== want) ctx.fail(230055, `A ${msgType} message needs a file uploaded with file_type ${want}; ${key} is ${r.file_type}.`);
      if (msgType === 'media' && typeof o.image_key === 'string') checkResource(ctx, o.image_key, 'image', sender, 'content.image_key');
      return { content: raw };
    }
    case 'sticker':
      str(ctx, o, 'file_key', 'file_key');
      return { content: raw };
    case 'interactive':
      checkCard(ctx, o);
      return { content: raw };
    case 'share_chat': {
      const id = str(ctx, o, 'chat_id', 'chat_id');
      const chat = ctx.state.chats.get(id);
      if (!chat || chat.status !== 'normal') ctx.invalid('content.chat_id', 'does not name an existing chat', id);
      if (chat!.chat_mode === 'p2p') ctx.fail(230015, 'Only group chats can be shared as a chat card.');
      return { content: raw };
    }
    case 'share_user': {
      const id = str(ctx, o, 'user_id', 'user_id');
      if (!ctx.state.users.get(id)) ctx.invalid('content.user_id', 'does not name a user (open_id) of this tenant', id);
      return { content: raw };
    }
    case 'system':
      str(ctx, o, 'type', 'type');
      return { content: raw };
    default:
      return ctx.invalid('msg_type', 'is not a message type that can be sent', msgType);
  }
}

