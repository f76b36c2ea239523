// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_cards.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PATCH /open-apis/im/v2/feed_cards/bot_time_sentive` */
export const imFeedCardsBotTimeSentiveDescriptor: MethodDescriptor = {
  id: 'im.feed_cards.bot_time_sentive',
  http: 'PATCH',
  path: '/open-apis/im/v2/feed_cards/bot_time_sentive',
  risk: 'write',
  identities: { bot: { anyOf: ['im:datasync.feed_card.time_sensitive:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      bot_id: { type: 'string' },
      time_sensitive: { type: 'boolean', required: true },
      user_ids: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
};
