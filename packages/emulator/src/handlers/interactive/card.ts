/** The emulator's handlers of `interactive.card` (specs/interactive/resources/card.yaml). */
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { checkCard, usableCardToken } from '../../cards.js';

/** interactive.card.update: replace a card with the token of a card callback (30 minutes, two uses). */
const update: MethodHandler<'interactive.card.update'> = (ctx) => {
  const { token, card } = ctx.body as { token: string; card: Record<string, unknown> };
  const t = usableCardToken(ctx.state, token, ctx.now);
  if (!t) ctx.fail(300091, 'The token is unknown, older than 30 minutes, or was already used twice.');
  const parsed = checkCard(ctx, card);
  if (!('schema' in parsed) && parsed.type === undefined && !(Array.isArray(parsed.open_ids) && parsed.open_ids.length > 0)) {
    ctx.fail(300090, 'A Card 1.0 update must list its readers in card.open_ids.');
  }
  const m = ctx.state.messages.get(t!.message_id);
  if (!m || m.deleted) ctx.fail(300091, `The card of this token (message ${t!.message_id}) no longer exists.`);
  const { open_ids: _readers, ...stored } = parsed;
  m!.content = JSON.stringify(stored);
  m!.updated = true;
  m!.update_time = ctx.now;
  t!.uses++;
  ctx.rt.touch();
  return {};
};

export const cardHandlers: ResourceHandlers<'interactive.card'> = {
  'interactive.card.update': update,
};
