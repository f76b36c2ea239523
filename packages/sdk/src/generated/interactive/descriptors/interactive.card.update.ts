// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/interactive/resources/card.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/interactive/v1/card/update` */
export const interactiveCardUpdateDescriptor: MethodDescriptor = {
  id: 'interactive.card.update',
  http: 'POST',
  path: '/open-apis/interactive/v1/card/update',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { token: { type: 'string', required: true, minLength: 1 }, card: { type: 'object', required: true } },
  },
};
