/**
 * lark-cli im +threads-messages-list: one page of a thread's messages, made readable.
 *
 * Calls: for a root message id (om_…), GET im.messages.get to read its thread_id; then GET
 * im.messages.list (container_id_type=thread, sort_type, page_size, page_token,
 * card_msg_content_type=raw_card_content); then sender names.
 */
import { threadRefKind, type RawMessage } from '@larkgen/im-content';
import { CliError } from '../../core/errors.js';
import type { ShortcutBehaviour } from '../types.js';
import { RAW_CARDS, messageRows, nextToken, readableMessages, sortType, type MessagePage } from './lib/messages.js';
import { checked } from './lib/errors.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const f = ctx.flags;
    const ref = String(f.thread);
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
    const page = await ctx.call<MessagePage>('im.messages.list', {
      params: {
        container_id_type: 'thread',
        container_id: threadId,
        sort_type: sortType(f.sort),
        page_size: f['page-size'],
        ...(ctx.given.has('page-token') ? { page_token: f['page-token'] } : {}),
        card_msg_content_type: RAW_CARDS,
      },
    });
    if (ctx.dryRun) return { data: null };
    const messages = await readableMessages(ctx, page?.items ?? [], { expandThreads: false });
    return {
      data: { thread_id: threadId, messages, total: messages.length, has_more: page?.has_more === true, page_token: nextToken(page) },
      rows: messageRows(messages, ctx.format),
    };
  },
};
