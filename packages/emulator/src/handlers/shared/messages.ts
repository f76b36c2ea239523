/** Helpers shared by the message resources: forwarding destinations and merged copies. */
import type { Ctx } from '../../context.js';
import type { MessageRec } from '../../state.js';
import { callerNoun, postOr, resolveReceiver } from '../common.js';

export function destination(ctx: Ctx, idType: string, id: string) {
  const r = resolveReceiver(ctx, idType, id, ctx.actor, { invalid: idType === 'chat_id' ? 230063 : 230034, threadMissing: 230019 });
  if (!ctx.state.isMember(r.chat, ctx.actor)) {
    ctx.fail(r.thread ? 230074 : 230002, `${callerNoun(ctx.actor)} is not a member of the destination chat ${r.chat.chat_id}.`);
  }
  postOr(ctx, r.chat);
  return r;
}

/** Copies `sources` under a new merge_forward message `merged`. */
export function nestCopies(ctx: Ctx, merged: MessageRec, sources: readonly MessageRec[]): void {
  const s = ctx.state;
  merged.children = [];
  for (const src of sources) {
    const copy: MessageRec = {
      ...src,
      message_id: s.nextId('om_'),
      seq: ++s.counter,
      chat_id: merged.chat_id,
      reads: {},
      upper_message_id: merged.message_id,
      nested: true,
      children: undefined,
      follow_ups: undefined,
      urgent: undefined,
    };
    delete copy.root_id;
    delete copy.parent_id;
    delete copy.thread_id;
    delete copy.children;
    delete copy.follow_ups;
    delete copy.urgent;
    s.messages.set(copy.message_id, copy);
    merged.children.push(copy.message_id);
  }
}
