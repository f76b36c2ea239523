// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.batch.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `DELETE /open-apis/im/v2/app_feed_card/batch` */
export const imAppFeedCardBatchDeleteDescriptor: MethodDescriptor = {
  id: 'im.app_feed_card.batch.delete',
  http: 'DELETE',
  path: '/open-apis/im/v2/app_feed_card/batch',
  risk: 'high-risk-write',
  identities: { bot: { anyOf: ['im:app_feed_card:write'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['open_id', 'user_id', 'union_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      feed_cards: {
        type: 'array',
        items: {
          type: 'object',
          properties: { biz_id: { type: 'string', required: true }, user_id: { type: 'string', required: true } },
        },
      },
    },
  },
};
