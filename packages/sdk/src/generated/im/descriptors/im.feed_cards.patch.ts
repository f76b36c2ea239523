// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_cards.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v2/feed_cards/{feed_card_id}` */
export const imFeedCardsPatchDescriptor: MethodDescriptor = {
  id: 'im.feed_cards.patch',
  http: 'PATCH',
  path: '/open-apis/im/v2/feed_cards/{feed_card_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:datasync.feed_card.time_sensitive:write'] } },
  pathParams: { feed_card_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      time_sensitive: { type: 'boolean', required: true },
      user_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
};
