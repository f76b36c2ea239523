/** The emulator's handlers of `im.tags` (specs/im/resources/tags.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { tagInfo } from '../shared/feeds.js';

const createTag: MethodHandler<'im.tags.create'> = (ctx) => {
  const s = ctx.state;
  const c = ctx.body.create_tag as { tag_type: string; name: string; i18n_names?: { locale: string; name?: string }[] };
  for (const t of s.tags.values()) if (t.name === c.name) return { create_tag_fail_reason: { duplicate_id: t.id } };
  const id = s.nextId('tag_');
  s.tags.set(id, { id, tag_type: c.tag_type, name: c.name, i18n_names: c.i18n_names ?? [], create_time: ctx.now, update_time: ctx.now });
  ctx.rt.touch();
  return { id };
};

const patchTag: MethodHandler<'im.tags.patch'> = (ctx) => {
  const s = ctx.state;
  const t = s.tags.get(ctx.path.tag_id);
  if (!t) return ctx.invalid('tag_id', 'does not name a tag', ctx.path.tag_id);
  const p = (ctx.body.patch_tag ?? {}) as { id?: string; name?: string; i18n_names?: { locale: string; name?: string }[] };
  if (p.id !== undefined && p.id !== t.id) ctx.invalid('patch_tag.id', 'must match the tag_id in the path', p.id);
  if (p.name !== undefined) {
    for (const o of s.tags.values()) if (o.id !== t.id && o.name === p.name) return { patch_tag_fail_reason: { duplicate_id: o.id } };
    t.name = p.name;
  }
  if (p.i18n_names) t.i18n_names = p.i18n_names;
  t.update_time = ctx.now;
  ctx.rt.touch();
  return { tag_info: tagInfo(t) };
};

/** The handlers of im.tags, one per method of specs/im/resources/tags.yaml. */
export const tagsHandlers: ResourceHandlers<'im.tags'> = {
  'im.tags.create': createTag,
  'im.tags.patch': patchTag,
};
