// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/interactive/resources/card.yaml, specs/interactive/service.yaml

export * from './card.js';
import { interactiveCard } from './card.js';

/**
 * Message cards: Card interactions that are not tied to a message id: when someone presses a button or
 * submits a form in a card, the app receives a card.action.trigger callback carrying a short-lived
 * token, and can replace the card later with that token instead of answering within the callback's
 * three seconds.
 */
export const interactiveService = {
  /**
   * A message card the app sent, addressed through the token of a card callback rather than by its
   * message id.
   */
  card: interactiveCard,
};
