/** The emulator's handlers of `im.message.resources` (specs/im/resources/message.resources.yaml). */
import { messageResources } from '@larkgen/im-content';
import type { BinaryAnswer } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';

const getMessageResource: MethodHandler<'im.message.resources.get'> = (ctx): BinaryAnswer => {
  const s = ctx.state;
  const m = s.messages.get(ctx.path.message_id);
  if (!m) return ctx.fail(234001, `No message ${ctx.path.message_id} exists.`);
  if (m.deleted) ctx.fail(230110, 'The message was recalled.');
  const chat = s.chats.get(m.chat_id);
  if (!chat || !s.isMember(chat, ctx.actor)) {
    ctx.fail(ctx.actor.kind === 'bot' ? 234004 : 234040, 'The caller is not a member of the chat that holds this message.');
  }
  if (m.nested || m.msg_type === 'sticker' || m.msg_type === 'interactive') ctx.fail(234043, `Resources of ${m.msg_type} messages cannot be downloaded.`);
  if (chat!.settings.restricted_mode_setting.status && chat!.settings.restricted_mode_setting.download_has_permission_setting === 'not_anyone') {
    ctx.fail(234038, 'The chat is in restricted mode, which blocks downloads.');
  }
  const key = ctx.path.file_key as string;
  const type = ctx.query.type as 'image' | 'file';
  const carried = messageResources(m.msg_type, m.content).some((r) => r.key === key);
  if (!carried) ctx.fail(234003, `${key} is not attached to message ${m.message_id}.`);
  const r = s.resources.get(key);
  if (!r) return ctx.fail(234003, `${key} is not attached to message ${m.message_id}.`);
  if (r.kind !== type) ctx.invalid('type', `must be ${r.kind} for ${key}`, type);
  return r.file_name ? { binary: r.data, contentType: r.content_type, fileName: r.file_name } : { binary: r.data, contentType: r.content_type };
};

/** The handlers of im.message.resources, one per method of specs/im/resources/message.resources.yaml. */
export const messageResourcesHandlers: ResourceHandlers<'im.message.resources'> = {
  'im.message.resources.get': getMessageResource,
};
