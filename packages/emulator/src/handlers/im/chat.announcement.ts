/** The emulator's handlers of `im.chat.announcement` (specs/im/resources/chat.announcement.yaml). */
import type { Ctx, Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { Actor } from '../../state.js';
import { sec } from '../../util.js';
import { chatOr, memberOr, uidType } from '../common.js';
import { isAdmin } from '../shared/chats.js';

function idOf(ctx: Ctx, a: Actor, t: string | undefined): { type: string; id: string } {
  if (a.kind === 'bot') return { type: 'app_id', id: a.appId };
  return { type: t ?? 'open_id', id: ctx.state.convertOpenId(a.openId, t) };
}

const getAnnouncement: MethodHandler<'im.chat.announcement.get'> = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  const a = chat.announcement;
  const t = uidType(ctx);
  const owner = idOf(ctx, a.owner, t);
  const mod = idOf(ctx, a.modifier, t);
  return {
    content: a.content,
    revision: String(a.revision),
    create_time: sec(a.create_time),
    update_time: sec(a.update_time),
    owner_id_type: owner.type,
    owner_id: owner.id,
    modifier_id_type: mod.type,
    modifier_id: mod.id,
  };
};

const patchAnnouncement: MethodHandler<'im.chat.announcement.patch'> = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232002, 'This chat lets only its owner and managers edit it.');
  const a = chat.announcement;
  const rev = Number(ctx.body.revision);
  if (rev > a.revision || rev < a.revision - 100) {
    ctx.fail(232018, `revision ${rev} does not fit the current revision ${a.revision}; read the announcement again.`);
  }
  let doc: { title?: unknown; body?: { blocks?: unknown[] } };
  try {
    doc = JSON.parse(a.content) as typeof doc;
  } catch {
    doc = {};
  }
  const blocks = (doc.body?.blocks ?? []) as unknown[];
  for (const raw of (ctx.body.requests as string[] | undefined) ?? []) {
    const r = JSON.parse(raw) as Record<string, any>;
    if (r.requestType === 'InsertBlocksRequestType' && typeof r.insertBlocksRequest?.payload === 'string') {
      try {
        const payload = JSON.parse(r.insertBlocksRequest.payload) as { blocks?: unknown[] };
        const at = Number(r.insertBlocksRequest.location?.index ?? blocks.length);
        blocks.splice(Math.max(0, Math.min(at, blocks.length)), 0, ...(payload.blocks ?? []));
      } catch {
        ctx.fail(232018, 'An InsertBlocksRequest payload is not valid JSON.');
      }
    }
  }
  a.content = JSON.stringify({ ...doc, body: { ...(doc.body ?? {}), blocks } });
  a.revision++;
  a.update_time = ctx.now;
  a.modifier = ctx.actor;
  ctx.rt.touch();
  return {};
};

/** The handlers of im.chat.announcement, one per method of specs/im/resources/chat.announcement.yaml. */
export const chatAnnouncementHandlers: ResourceHandlers<'im.chat.announcement'> = {
  'im.chat.announcement.get': getAnnouncement,
  'im.chat.announcement.patch': patchAnnouncement,
};
