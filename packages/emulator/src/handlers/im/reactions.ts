/** The emulator's handlers of `im.reactions` (specs/im/resources/reactions.yaml). */
import type { Ctx } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { MessageRec, ReactionRec } from '../../state.js';
import { decodePageToken, encodePageToken, pageOf } from '../../util.js';
import { operatorView, reactionView } from '../../views.js';
import { actorKey, pageSize, uidType } from '../common.js';
import { EMOJI_NAMES } from '../shared/emoji.js';


/** The message a reaction call acts on, with the reaction methods' own codes. */
function reactionTarget(ctx: Ctx): MessageRec {
  const m = ctx.state.messages.get(ctx.path.message_id);
  if (!m || m.nested) return ctx.fail(231003, `No message ${ctx.path.message_id} exists.`);
  const chat = ctx.state.chats.get(m.chat_id);
  if (!chat) return ctx.fail(231004, 'The chat of this message no longer exists.');
  if (chat.status !== 'normal') return ctx.fail(232009, 'The chat of this message has been dissolved.');
  if (!ctx.state.isMember(chat, ctx.actor)) {
    ctx.fail(ctx.method.id === 'im.reactions.create' ? 231002 : 231008, 'The caller is not a member of the chat that holds this message.');
  }
  return m;
}

const createReaction: MethodHandler<'im.reactions.create'> = (ctx) => {
  const m = reactionTarget(ctx);
  if (m.deleted) ctx.fail(230110, 'The message was recalled; it takes no reactions.');
  if (m.msg_type === 'system') ctx.fail(231017, 'System messages take no reactions.');
  const emoji = (ctx.body.reaction_type as { emoji_type: string }).emoji_type;
  if (!EMOJI_NAMES.has(emoji)) ctx.fail(231001, `"${emoji}" is not in the reaction emoji catalogue; use a name such as THUMBSUP, SMILE or OK (names are case-sensitive).`);
  const s = ctx.state;
  const me = actorKey(ctx.actor);
  for (const id of s.reactionsByMessage.get(m.message_id) ?? []) {
    const r = s.reactions.get(id);
    if (r && r.emoji_type === emoji && actorKey(r.operator) === me) return reactionView(s, r);
  }
  const r: ReactionRec = { reaction_id: s.nextId('rc_'), message_id: m.message_id, operator: ctx.actor, emoji_type: emoji, action_time: ctx.now };
  s.addReaction(r);
  ctx.rt.touch();
  return reactionView(s, r);
};

const deleteReaction: MethodHandler<'im.reactions.delete'> = (ctx) => {
  const m = reactionTarget(ctx);
  if (m.deleted) ctx.fail(230110, 'The message was recalled.');
  const r = ctx.state.reactions.get(ctx.path.reaction_id);
  if (!r) return ctx.fail(231011, `No reaction ${ctx.path.reaction_id} exists.`);
  if (r.message_id !== m.message_id) ctx.fail(231010, `Reaction ${r.reaction_id} belongs to another message.`);
  if (actorKey(r.operator) !== actorKey(ctx.actor)) ctx.fail(231007, 'Only the author of a reaction may remove it.');
  ctx.state.removeReaction(r.reaction_id);
  ctx.rt.touch();
  return reactionView(ctx.state, r);
};

function reactionsOf(ctx: Ctx, m: MessageRec, type?: string): ReactionRec[] {
  if (m.deleted) return [];
  const out: ReactionRec[] = [];
  for (const id of ctx.state.reactionsByMessage.get(m.message_id) ?? []) {
    const r = ctx.state.reactions.get(id);
    if (r && (!type || r.emoji_type === type)) out.push(r);
  }
  return out;
}

const listReactions: MethodHandler<'im.reactions.list'> = (ctx) => {
  const m = reactionTarget(ctx);
  const t = uidType(ctx);
  const rows = reactionsOf(ctx, m, ctx.query.reaction_type).map((r) => reactionView(ctx.state, r, t));
  const page = pageOf(`reactions:${m.message_id}`, rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.fail(231012, 'This page_token was not handed out by this listing.');
  return page.has_more ? page : { items: page.items, has_more: false };
};

const batchQuery: MethodHandler<'im.reactions.batch_query'> = (ctx) => {
  const s = ctx.state;
  const t = uidType(ctx);
  const per = (ctx.body.page_size_per_message as number | undefined) ?? 10;
  const type = ctx.body.reaction_type as string | undefined;
  const details = [];
  const counts = [];
  const fails = [];
  for (const q of ctx.body.queries as { message_id?: string; page_token?: string }[]) {
    const id = q.message_id ?? '';
    const m = s.messages.get(id);
    if (!m || m.nested) {
      fails.push({ message_id: id, fail_reason: 'invalid' });
      continue;
    }
    const chat = s.chats.get(m.chat_id);
    if (!chat || !s.isMember(chat, ctx.actor)) {
      fails.push({ message_id: id, fail_reason: 'no_permission' });
      continue;
    }
    let start = 0;
    if (q.page_token) {
      const p = decodePageToken(`reactions-batch:${id}`, q.page_token);
      if (p === undefined) {
        fails.push({ message_id: id, fail_reason: 'invalid_page_token' });
        continue;
      }
      start = p;
    }
    const all = reactionsOf(ctx, m, type);
    const slice = all.slice(start, start + per);
    const next = start + slice.length;
    const more = next < all.length;
    const d: Record<string, unknown> = {
      message_id: id,
      has_more: more,
      message_reaction_items: slice.map((r) => ({
        reaction_id: r.reaction_id,
        operator: operatorView(s, r.operator, t),
        action_time: String(r.action_time),
        emoji_type: r.emoji_type,
      })),
    };
    if (more) d.page_token = encodePageToken(`reactions-batch:${id}`, next);
    details.push(d);
    const byType = new Map<string, number>();
    for (const r of reactionsOf(ctx, m)) byType.set(r.emoji_type, (byType.get(r.emoji_type) ?? 0) + 1);
    counts.push({ message_id: id, reaction_count: [...byType].map(([reaction_type, n]) => ({ reaction_type, count: String(n) })) });
  }
  return { success_msg_reaction_details: details, success_msg_reaction_counts: counts, fail_msg_reaction_details: fails };
};

/** The handlers of im.reactions, one per method of specs/im/resources/reactions.yaml. */
export const reactionsHandlers: ResourceHandlers<'im.reactions'> = {
  'im.reactions.create': createReaction,
  'im.reactions.delete': deleteReaction,
  'im.reactions.list': listReactions,
  'im.reactions.batch_query': batchQuery,
};
