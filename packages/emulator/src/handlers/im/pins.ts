/** The emulator's handlers of `im.pins` (specs/im/resources/pins.yaml). */
import type { Ctx } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { MessageRec } from '../../state.js';
import { pinView } from '../../views.js';
import { chatOr, memberOr, messageOr, pageSize, listPage } from '../common.js';

const pinHits = new WeakMap<object, Map<string, number[]>>();

/** At most 5 pin/unpin operations per second on one message (230047). */
function pinRate(ctx: Ctx, messageId: string): void {
  let m = pinHits.get(ctx.state);
  if (!m) pinHits.set(ctx.state, (m = new Map()));
  const list = (m.get(messageId) ?? []).filter((t) => ctx.now - t < 1000);
  if (list.length >= 5) ctx.fail(230047, 'More than 5 pin or unpin operations hit this message within a second.');
  list.push(ctx.now);
  m.set(messageId, list);
}

function pinTarget(ctx: Ctx, id: string): MessageRec {
  const m = messageOr(ctx, id, 230001);
  if (m.nested) ctx.fail(230054, 'Messages nested in a merged forward cannot be pinned.');
  const chat = ctx.state.chats.get(m.chat_id);
  if (!chat) return ctx.fail(230045, 'The chat of this message does not exist.');
  if (chat.status !== 'normal') ctx.fail(232009, 'The chat of this message has been dissolved.');
  memberOr(ctx, chat, 230002);
  if (chat.settings.pin_manage_setting === 'only_owner' && !ctx.state.isOwnerOrManager(chat, ctx.actor)) {
    ctx.fail(230046, 'This chat lets only its owner and managers pin messages.');
  }
  return m;
}

const createPin: MethodHandler<'im.pins.create'> = (ctx) => {
  const m = pinTarget(ctx, ctx.body.message_id);
  if (m.deleted) ctx.fail(230011, 'The message was recalled.');
  if (m.msg_type === 'system') ctx.fail(230054, 'System messages cannot be pinned.');
  pinRate(ctx, m.message_id);
  let p = ctx.state.pins.get(m.message_id);
  if (!p) {
    p = { message_id: m.message_id, chat_id: m.chat_id, operator: ctx.actor, create_time: ctx.now };
    ctx.state.pins.set(m.message_id, p);
    ctx.rt.touch();
  }
  return { pin: pinView(ctx.state, p) };
};

const deletePin: MethodHandler<'im.pins.delete'> = (ctx) => {
  const m = pinTarget(ctx, ctx.path.message_id);
  pinRate(ctx, m.message_id);
  if (ctx.state.pins.delete(m.message_id)) ctx.rt.touch();
  return {};
};

const listPins: MethodHandler<'im.pins.list'> = (ctx) => {
  const chat = chatOr(ctx, ctx.query.chat_id, 230001);
  memberOr(ctx, chat, 230002);
  const start = ctx.query.start_time !== undefined ? Number(ctx.query.start_time) : undefined;
  const end = ctx.query.end_time !== undefined ? Number(ctx.query.end_time) : undefined;
  const pins = [...ctx.state.pins.values()]
    .filter((p) => p.chat_id === chat.chat_id && (start === undefined || p.create_time >= start) && (end === undefined || p.create_time <= end))
    .sort((a, b) => b.create_time - a.create_time)
    .map((p) => pinView(ctx.state, p));
  const page = listPage(ctx, `pins:${chat.chat_id}`, pins, pageSize(ctx, 20));
  return page;
};

/** The handlers of im.pins, one per method of specs/im/resources/pins.yaml. */
export const pinsHandlers: ResourceHandlers<'im.pins'> = {
  'im.pins.create': createPin,
  'im.pins.delete': deletePin,
  'im.pins.list': listPins,
};
