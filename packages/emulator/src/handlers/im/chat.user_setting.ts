/**
 * im.chat.user_setting.* and im.chat.nickname.*: the signed-in user's own settings for a chat (one
 * record per user and chat holds both, so both resources live here; chat.nickname.ts re-exports).
 */
import type { Ctx, Handler } from '../../context.js';
import type { ResourceHandlers } from '../../generated/handler-types.js';
import type { ChatRec, ChatUserSettingRec } from '../../state.js';
import { chatOr, memberOr, signedInUser } from '../common.js';

const NICKNAME_MAX_BYTES = 300;

function settingKey(openId: string, chatId: string): string {
  return `${openId}|${chatId}`;
}

function settingOf(ctx: Ctx, openId: string, chatId: string): ChatUserSettingRec {
  return ctx.state.chatUserSettings.get(settingKey(openId, chatId)) ?? { is_muted: false, is_mute_at_all: false };
}

function saveSetting(ctx: Ctx, openId: string, chatId: string, rec: ChatUserSettingRec): void {
  ctx.state.chatUserSettings.set(settingKey(openId, chatId), rec);
  ctx.rt.touch();
}

/** A chat the user is in, or undefined (for the batch methods, which report such ids instead). */
function usableChat(ctx: Ctx, chatId: string): ChatRec | undefined {
  const chat = ctx.state.chats.get(chatId);
  return chat && chat.status === 'normal' && ctx.state.isMember(chat, ctx.actor) ? chat : undefined;
}

const muteView = (chatId: string, r: ChatUserSettingRec) => ({ chat_id: chatId, is_muted: r.is_muted, is_mute_at_all: r.is_mute_at_all });

const batchQuery: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const items = [];
  const invalid = [];
  for (const id of ctx.body.chat_ids as string[]) {
    if (usableChat(ctx, id)) items.push(muteView(id, settingOf(ctx, openId, id)));
    else invalid.push(id);
  }
  return { items, invalid_chat_ids: invalid };
};

const batchUpdate: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const settings = ctx.body.settings as { chat_id: string; is_muted?: boolean; is_mute_at_all?: boolean }[];
  const seen = new Set<string>();
  settings.forEach((s, i) => {
    if (seen.has(s.chat_id)) ctx.invalid(`settings[${i}].chat_id`, 'names a chat that appears earlier in the list', s.chat_id);
    seen.add(s.chat_id);
    if (s.is_muted === undefined && s.is_mute_at_all === undefined) ctx.invalid(`settings[${i}]`, 'changes nothing; give is_muted and/or is_mute_at_all');
  });
  const items = [];
  const invalid = [];
  for (const s of settings) {
    if (!usableChat(ctx, s.chat_id)) {
      invalid.push(s.chat_id);
      continue;
    }
    const rec = { ...settingOf(ctx, openId, s.chat_id) };
    if (s.is_muted !== undefined) rec.is_muted = s.is_muted;
    if (s.is_mute_at_all !== undefined) rec.is_mute_at_all = s.is_mute_at_all;
    saveSetting(ctx, openId, s.chat_id, rec);
    items.push(muteView(s.chat_id, rec));
  }
  return { items, invalid_chat_ids: invalid };
};

/** The group chat of the path, with the caller a member; nicknames do not exist in one-to-one chats. */
function nicknameChat(ctx: Ctx): ChatRec {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  if (chat.chat_mode === 'p2p') ctx.fail(232008, 'Nicknames exist only in group chats.');
  return chat;
}

const nicknameGet: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const chat = nicknameChat(ctx);
  return { chat_id: chat.chat_id, nickname: settingOf(ctx, openId, chat.chat_id).nickname ?? '' };
};

const nicknameUpdate: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const chat = nicknameChat(ctx);
  const nickname = String(ctx.body.nickname);
  if (!nickname.trim()) ctx.invalid('nickname', 'is only spaces', nickname);
  const bytes = Buffer.byteLength(nickname, 'utf8');
  if (bytes > NICKNAME_MAX_BYTES) ctx.invalid('nickname', `is ${bytes} bytes of UTF-8; at most ${NICKNAME_MAX_BYTES} are allowed`);
  saveSetting(ctx, openId, chat.chat_id, { ...settingOf(ctx, openId, chat.chat_id), nickname });
  return { chat_id: chat.chat_id, nickname };
};

const nicknameDelete: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const rec = settingOf(ctx, openId, chat.chat_id);
  if (rec.nickname !== undefined) {
    const { nickname: _gone, ...rest } = rec;
    saveSetting(ctx, openId, chat.chat_id, rest);
  }
  return {};
};

export const chatUserSettingHandlers: ResourceHandlers<'im.chat.user_setting'> = {
  'im.chat.user_setting.batch_query': batchQuery,
  'im.chat.user_setting.batch_update': batchUpdate,
};

export const chatNicknameHandlers: ResourceHandlers<'im.chat.nickname'> = {
  'im.chat.nickname.get': nicknameGet,
  'im.chat.nickname.update': nicknameUpdate,
  'im.chat.nickname.delete': nicknameDelete,
};
