/** The emulator's handlers of `im.biz_entity_tag_relation` (specs/im/resources/biz_entity_tag_relation.yaml). */
import type { Ctx, Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { tagInfo } from '../shared/feeds.js';

function entityChat(ctx: Ctx, id: string) {
  const chat = ctx.state.chats.get(id);
  if (!chat || chat.status !== 'normal') return ctx.invalid('biz_entity_id', 'does not name a chat', id);
  return chat;
}

const bindTags: MethodHandler<'im.biz_entity_tag_relation.create'> = (ctx) => {
  const chat = entityChat(ctx, ctx.body.biz_entity_id);
  const ids = (ctx.body.tag_ids as string[] | undefined) ?? [];
  for (const id of ids) if (!ctx.state.tags.has(id)) ctx.invalid('tag_ids', 'names a tag that does not exist', id);
  for (const id of ids) {
    const cur = chat.tags.find((x) => x.tag_id === id);
    if (cur) cur.bind_version++;
    else chat.tags.push({ tag_id: id, bind_version: 1 });
  }
  ctx.rt.touch();
  return {};
};

const unbindTags: MethodHandler<'im.biz_entity_tag_relation.update'> = (ctx) => {
  const chat = entityChat(ctx, ctx.body.biz_entity_id);
  const ids = new Set((ctx.body.tag_ids as string[] | undefined) ?? []);
  chat.tags = chat.tags.filter((x) => !ids.has(x.tag_id));
  ctx.rt.touch();
  return {};
};

const getTags: MethodHandler<'im.biz_entity_tag_relation.get'> = (ctx) => {
  const chat = entityChat(ctx, ctx.query.biz_entity_id);
  const out = [];
  for (const b of chat.tags) {
    const t = ctx.state.tags.get(b.tag_id);
    if (t) out.push({ tag_info: tagInfo(t), bind_version: String(b.bind_version) });
  }
  return { tag_info_with_bind_versions: out };
};

/** The handlers of im.biz_entity_tag_relation, one per method of specs/im/resources/biz_entity_tag_relation.yaml. */
export const bizEntityTagRelationHandlers: ResourceHandlers<'im.biz_entity_tag_relation'> = {
  'im.biz_entity_tag_relation.create': bindTags,
  'im.biz_entity_tag_relation.update': unbindTags,
  'im.biz_entity_tag_relation.get': getTags,
};
