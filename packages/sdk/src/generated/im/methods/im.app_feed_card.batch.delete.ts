// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.batch.yaml

import { defineMethod } from '../../../core/method.js';
import { imAppFeedCardBatchDeleteDescriptor } from '../descriptors/im.app_feed_card.batch.delete.js';

/** `im.app_feed_card.batch.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imAppFeedCardBatchDeleteDescriptor);
