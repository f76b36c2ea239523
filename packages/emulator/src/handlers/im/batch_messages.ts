/** The emulator's handlers of `im.batch_messages` (specs/im/resources/batch_messages.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';

const batchOr = (ctx: Parameters<Handler>[0], code: number) => {
  const b = ctx.state.batches.get(ctx.path.batch_message_id);
  if (!b) return ctx.fail(230030, `No batch message ${ctx.path.batch_message_id} exists.`);
  if (b.app_id !== ctx.appId) ctx.fail(code, 'This batch was sent by another app.');
  return b;
};

const recallBatch: MethodHandler<'im.batch_messages.delete'> = (ctx) => {
  const b = batchOr(ctx, 230026);
  if (ctx.now - b.create_time > 86_400_000) ctx.fail(230009, 'Batches can be recalled within one day of sending.');
  b.recalled = true;
  ctx.rt.touch();
  return {};
};

const batchProgress: MethodHandler<'im.batch_messages.get_progress'> = (ctx) => {
  const b = batchOr(ctx, 230012);
  return {
    batch_message_send_progress: {
      valid_user_ids_count: b.user_ids.length,
      success_user_ids_count: b.user_ids.length,
      read_user_ids_count: b.read_user_ids.length,
    },
    batch_message_recall_progress: { recall: b.recalled, recall_count: b.recalled ? b.user_ids.length : 0 },
  };
};

const batchReadUser: MethodHandler<'im.batch_messages.read_user'> = (ctx) => {
  const b = batchOr(ctx, 230012);
  return { read_user: { read_count: String(b.read_user_ids.length), total_count: String(b.user_ids.length) } };
};

/** The handlers of im.batch_messages, one per method of specs/im/resources/batch_messages.yaml. */
export const batchMessagesHandlers: ResourceHandlers<'im.batch_messages'> = {
  'im.batch_messages.delete': recallBatch,
  'im.batch_messages.get_progress': batchProgress,
  'im.batch_messages.read_user': batchReadUser,
};
