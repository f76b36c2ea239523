import { randomBytes } from 'node:crypto';
import type { State } from '../state.js';

/**
 * HOOK for delayed card updates: the token a card.action.trigger callback carries. On the
 * platform it is valid for 30 minutes and good for two updates through
 * `POST /open-apis/interactive/v1/card/update`. The cards work (`mintCardToken(state, messageId,
 * openId, now)` in src/cards.ts, not on main yet) mints and checks such tokens; once it lands,
 * this returns `mintCardToken(state, messageId, openId, now)`. Until then the token is an opaque
 * value of the right shape that the update method will not accept.
 */
export function mintCardUpdateToken(_state: State, _messageId: string, _openId: string, _now: number): string {
  return `c-${randomBytes(20).toString('hex')}`;
}
