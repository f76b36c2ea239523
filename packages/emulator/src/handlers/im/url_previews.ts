/** The emulator's handlers of `im.url_previews` (specs/im/resources/url_previews.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';

const refreshPreviews: MethodHandler<'im.url_previews.batch_update'> = (ctx) => {
  for (const t of ctx.body.preview_tokens as string[]) {
    if (!ctx.state.previews.has(t)) ctx.invalid('preview_tokens', 'names a preview token this app was not given', t);
  }
  for (const t of ctx.body.preview_tokens as string[]) {
    const p = ctx.state.previews.get(t)!;
    p.refreshed_at = ctx.now;
    if (ctx.body.open_ids) p.open_ids = [...ctx.body.open_ids];
  }
  ctx.rt.touch();
  return {};
};

/** The handlers of im.url_previews, one per method of specs/im/resources/url_previews.yaml. */
export const urlPreviewsHandlers: ResourceHandlers<'im.url_previews'> = {
  'im.url_previews.batch_update': refreshPreviews,
};
