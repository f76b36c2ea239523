import { randomBytes } from 'node:crypto';
import type { State } from '../state.js';

/**
 * HOOK for delayed card updates: the token a card.action.trigger callback carries. The platform's
 * token is valid for 30 minutes and good for two updates through
 * `POST /open-apis/interactive/v1/card/update`. Until the emulator serves that method (the cards
 * work mints and checks these tokens), the token is only an opaque value of the right shape.
 */
export function mintCardUpdateToken(_state: State, _messageId: string, _now: number): string {
  return `c-${randomBytes(20).toString('hex')}`;
}
