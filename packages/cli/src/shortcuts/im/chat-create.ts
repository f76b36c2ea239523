/**
 * +chat-create: a new group chat through im.chats.create (user_id_type open_id, and
 * set_bot_manager with --set-bot-manager), then, best effort, its share link through
 * im.chats.link; when that second call fails the chat still exists, the link is left out and a
 * warning says why. Output: {chat_id, name, chat_type, chat_mode, chat_app_link, owner_id, external, share_link?}.
 */
import { chatAppLink } from '@larkgen/im-content';
import { CliError } from '../../core/errors.js';
import type { ShortcutBehaviour } from '../types.js';

interface ChatAnswer {
  chat_id?: string;
  name?: string;
  chat_type?: string;
  chat_mode?: string;
  owner_id?: string;
  external?: boolean;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const type = String(ctx.flags.type ?? 'private');
    const name = ctx.given.has('name') ? String(ctx.flags.name) : undefined;
    if (type === 'public' && [...(name ?? '').trim()].length < 2) {
      throw new CliError('validation', name === undefined ? 'A public chat needs a name.' : `A public chat needs a name of at least 2 characters; got "${name}".`, {
        hint: 'Add --name "<name>" with 2 to 60 characters, or create a private chat (--type private).',
      });
    }
    const list = (flag: string) => (ctx.given.has(flag) ? [...new Set(ctx.flags[flag] as string[])] : undefined);
    const users = list('users');
    const bots = list('bots');
    const body: Record<string, unknown> = { chat_type: type };
    if (ctx.given.has('chat-mode')) body.chat_mode = String(ctx.flags['chat-mode']);
    if (name !== undefined) body.name = name;
    if (ctx.given.has('description')) body.description = String(ctx.flags.description);
    if (users) body.user_id_list = users;
    if (bots) body.bot_id_list = bots;
    if (ctx.given.has('owner')) body.owner_id = String(ctx.flags.owner);
    const params: Record<string, unknown> = { user_id_type: 'open_id' };
    if (ctx.flags['set-bot-manager'] === true) params.set_bot_manager = true;

    const chat = await ctx.call<ChatAnswer>('im.chats.create', { params, data: body });
    if (ctx.dryRun) {
      // The link call needs the new chat's id, which only the create answer holds.
      const base = ctx.session.settings.baseUrl;
      ctx.plan({ method: 'POST', url: `${base}/open-apis/im/v1/chats/{chat_id}/link`, params: { chat_id: '<chat_id of the new chat>' }, body: null, identity: ctx.identity });
      return { data: {} };
    }
    const chatId = chat?.chat_id ?? '';
    let shareLink: string | undefined;
    try {
      const link = await ctx.call<{ share_link?: string }>('im.chats.link', { path: { chat_id: chatId } });
      shareLink = link?.share_link || undefined;
      if (!shareLink) ctx.warn(`the chat ${chatId} was created, but the share-link answer held no link; the output has no share_link.`);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      ctx.warn(`the chat ${chatId} was created, but its share link could not be fetched (${why}); the output has no share_link.`);
    }
    const ownerId = chat?.owner_id ?? (ctx.given.has('owner') ? String(ctx.flags.owner) : ctx.identity === 'bot' ? ctx.session.settings.appId : undefined);
    return {
      data: {
        chat_id: chatId,
        name: chat?.name ?? name ?? '',
        chat_type: chat?.chat_type ?? type,
        chat_mode: chat?.chat_mode ?? String(ctx.flags['chat-mode'] ?? 'group'),
        chat_app_link: chatAppLink(chatId, ctx.session.settings.brand),
        owner_id: ownerId ?? '',
        external: chat?.external ?? false,
        ...(shareLink ? { share_link: shareLink } : {}),
      },
    };
  },
};
