/** Helpers shared by the feed-card and tag resources. */
import type { Ctx } from '../../context.js';
import { uidType } from '../common.js';

export function openIdOf(ctx: Ctx, id: string): string | undefined {
  return ctx.state.userBy(uidType(ctx) ?? 'open_id', id)?.open_id;
}

export function userReasons(ctx: Ctx, ids: string[], ok: (openId: string) => boolean, why: string) {
  const failed = [];
  const good: string[] = [];
  for (const id of ids) {
    const openId = openIdOf(ctx, id);
    if (!openId) failed.push({ error_code: 230001, error_message: 'user not found', user_id: id });
    else if (!ok(openId)) failed.push({ error_code: 230027, error_message: why, user_id: id });
    else good.push(openId);
  }
  return { failed, good };
}

export function tagInfo(t: { id: string; tag_type: string; name: string; i18n_names: { locale: string; name?: string }[]; create_time: number; update_time: number }) {
  return {
    id: t.id,
    tag_type: t.tag_type,
    name: t.name,
    i18n_names: t.i18n_names.map((x) => ({ ...x })),
    create_time: String(t.create_time),
    update_time: String(t.update_time),
  };
}
