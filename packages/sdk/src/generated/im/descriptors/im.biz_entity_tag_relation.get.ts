// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/biz_entity_tag_relation.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v2/biz_entity_tag_relation` */
export const imBizEntityTagRelationGetDescriptor: MethodDescriptor = {
  id: 'im.biz_entity_tag_relation.get',
  http: 'GET',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  risk: 'read',
  identities: { bot: { anyOf: ['im:biz_entity_tag_relation:read', 'im:tag:read'] } },
  pathParams: {},
  query: {
    tag_biz_type: { type: 'string', required: true, enum: ['chat'] },
    biz_entity_id: { type: 'string', required: true },
    bot_id: { type: 'string' },
  },
};
