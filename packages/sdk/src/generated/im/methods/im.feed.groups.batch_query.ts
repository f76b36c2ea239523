// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedGroupsBatchQueryDescriptor } from '../descriptors/im.feed.groups.batch_query.js';

/** `im.feed.groups.batch_query` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedGroupsBatchQueryDescriptor);
