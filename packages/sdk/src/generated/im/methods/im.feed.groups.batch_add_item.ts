// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedGroupsBatchAddItemDescriptor } from '../descriptors/im.feed.groups.batch_add_item.js';

/** `im.feed.groups.batch_add_item` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedGroupsBatchAddItemDescriptor);
