/**
 * lark-cli im +threads-messages-list: one page of a thread's messages, made readable.
 *
 * Calls: for a root message id (om_…), GET im.messages.get to read its thread_id; then GET
 * im.messages.list (container_id_type=thread, sort_type, page_size ≤ 50 per request — a larger
 * --page-size takes several — page_token, card_msg_content_type=raw_card_content), every page with
 * --page-all (with_sender_name=true); then merged forwards, sender names, reactions; with
 * --download-resources, every image and file saved (lib/save-resources.ts).
 */
import { threadRefKind, type RawMessage } from '@larkgen/im-content';
import { CliError } from '../../core/errors.js';
import type { ShortcutBehaviour } from '../types.js';
import { LIST_MAX_PER_CALL, RAW_CARDS, sortType } from './lib/messages.js';
import { walkPages } from './lib/pages.js';
import { readMessagesAnswer, resourcesFolder } from './lib/save-resources.js';
import { checked } from './lib/errors.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const f = ctx.flags;
    const ref = String(f.thread);
    const folder = resourcesFolder(ctx);
    let threadId = ref;
    if (checked(() => threadRefKind(ref, 'thread')) === 'message') {
      const data = await ctx.call<{ items?: RawMessage[] }>('im.messages.get', { path: { message_id: ref } });
      if (ctx.dryRun) threadId = `<thread_id of ${ref}>`;
      else {
        const items = data?.items ?? [];
        const m = items.find((x) => x.message_id === ref) ?? items[0];
        if (!m?.thread_id) {
          throw new CliError('not_found', `Message ${ref} is not part of any thread, so there is no thread to list.`, {
            hint: `Read the message itself with lark-cli im +messages-mget --message-ids ${ref}, or its chat with lark-cli im +chat-messages-list --chat-id ${m?.chat_id ?? 'oc_…'}.`,
          });
        }
        threadId = m.thread_id;
      }
    }
    const walk = await walkPages(ctx, 'im.messages.list', {
      params: { container_id_type: 'thread', container_id: threadId, sort_type: sortType(ctx), card_msg_content_type: RAW_CARDS, with_sender_name: true },
      keys: ['items'],
      maxPerCall: LIST_MAX_PER_CALL,
    });
    return readMessagesAnswer(ctx, folder, walk.lists.items as RawMessage[], false, (messages) => ({
      thread_id: threadId,
      messages,
      total: messages.length,
      has_more: walk.hasMore,
      page_token: walk.pageToken,
    }));
  },
};
