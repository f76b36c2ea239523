// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/interactive/resources/card.yaml

import { defineMethod } from '../../core/method.js';
import { interactiveCardUpdateDescriptor } from './descriptors/interactive.card.update.js';

/** JSON body of `interactive.card.update`. */
export interface InteractiveCardUpdateData {
  /**
   * The token of the card.action.trigger callback (c-…), valid 30 minutes and for two updates.
   *
   * Constraints: at least 1 characters.
   */
  token: string;
  /**
   * The complete new card, as a JSON object (not a string): Card 2.0 with "schema": "2.0", Card 1.0 with
   * open_ids, or a template reference. Checked like any card, at most 30 KB.
   */
  card: Record<string, unknown>;
}

/** A call of `interactive.card.update`. */
export interface InteractiveCardUpdateRequest {
  /** JSON body. */
  data: InteractiveCardUpdateData;
}

/** Empty on success. */
export type InteractiveCardUpdateResponse = Record<string, never>;

/**
 * Replace a card later, with the token of a card callback
 *
 * Replaces the card a user interacted with, using the token that came with the card.action.trigger
 * callback. Use it when the new card is not ready within the three seconds the callback answer allows
 * (an approval that needs a lookup, a long job). The token is valid for 30 minutes and can be used
 * twice; the card must be complete (not a diff). For a Card 1.0 card, open_ids must name who sees the
 * update.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/interactive/resources/card.yaml:7 (`POST /open-apis/interactive/v1/card/update`)
 */
export const interactiveCardUpdate = /* @__PURE__ */ defineMethod<InteractiveCardUpdateRequest, InteractiveCardUpdateResponse>(interactiveCardUpdateDescriptor);

/**
 * A message card the app sent, addressed through the token of a card callback rather than by its
 * message id.
 */
export const interactiveCard = {
  /** Replace a card later, with the token of a card callback */
  update: interactiveCardUpdate,
};
