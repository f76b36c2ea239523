// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/biz_entity_tag_relation.yaml

import { defineMethod } from '../../../core/method.js';
import { imBizEntityTagRelationGetDescriptor } from '../descriptors/im.biz_entity_tag_relation.get.js';

/** `im.biz_entity_tag_relation.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imBizEntityTagRelationGetDescriptor);
