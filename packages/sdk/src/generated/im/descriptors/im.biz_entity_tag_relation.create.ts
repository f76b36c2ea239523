// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/biz_entity_tag_relation.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v2/biz_entity_tag_relation` */
export const imBizEntityTagRelationCreateDescriptor: MethodDescriptor = {
  id: 'im.biz_entity_tag_relation.create',
  http: 'POST',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  risk: 'write',
  identities: { bot: { anyOf: ['im:biz_entity_tag_relation:write'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      tag_biz_type: { type: 'string', required: true, enum: ['chat'] },
      biz_entity_id: { type: 'string', required: true },
      tag_ids: { type: 'array', items: { type: 'string' } },
      bot_id: { type: 'string' },
    },
  },
};
