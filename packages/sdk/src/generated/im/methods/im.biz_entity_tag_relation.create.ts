// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/biz_entity_tag_relation.yaml

import { defineMethod } from '../../../core/method.js';
import { imBizEntityTagRelationCreateDescriptor } from '../descriptors/im.biz_entity_tag_relation.create.js';

/** `im.biz_entity_tag_relation.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imBizEntityTagRelationCreateDescriptor);
