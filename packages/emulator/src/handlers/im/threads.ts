/** The emulator's handlers of `im.threads` (specs/im/resources/threads.yaml). */
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { MessageRec } from '../../state.js';
import { MERGED_CONTENT, messageView } from '../../views.js';
import { actorKey, callerNoun, chatOr, storeMessage, uuidHit } from '../common.js';
import { destination, nestCopies } from '../shared/messages.js';

const threadForward: MethodHandler<'im.threads.forward'> = (ctx) => {
  const s = ctx.state;
  const t = s.threads.get(ctx.path.thread_id);
  if (!t) ctx.fail(230064, `No thread ${ctx.path.thread_id} exists.`);
  const srcChat = chatOr(ctx, t!.chat_id, 230064);
  if (!s.isMember(srcChat, ctx.actor)) ctx.fail(230073, `${callerNoun(ctx.actor)} is not a member of the chat that holds this thread.`);
  const { receive_id } = ctx.body as { receive_id: string };
  const key = ctx.query.uuid ? `tfwd|${actorKey(ctx.actor)}|${ctx.query.uuid}|${receive_id}` : undefined;
  const hit = uuidHit(ctx, key);
  if (hit) return messageView(s, hit);
  const { chat, thread } = destination(ctx, ctx.query.receive_id_type, receive_id);
  const merged = storeMessage(ctx, { chat, thread, sender: ctx.actor, msgType: 'merge_forward', content: MERGED_CONTENT, checked: true });
  const parts = t!.msgs.map((id) => s.messages.get(id)).filter((m): m is MessageRec => !!m && !m.deleted);
  nestCopies(ctx, merged, parts);
  if (key) s.uuids.set(key, { message_id: merged.message_id, at: ctx.now });
  return messageView(s, merged);
};

/** The handlers of im.threads, one per method of specs/im/resources/threads.yaml. */
export const threadsHandlers: ResourceHandlers<'im.threads'> = {
  'im.threads.forward': threadForward,
};
