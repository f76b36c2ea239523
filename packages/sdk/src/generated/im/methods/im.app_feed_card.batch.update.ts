// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.batch.yaml

import { defineMethod } from '../../../core/method.js';
import { imAppFeedCardBatchUpdateDescriptor } from '../descriptors/im.app_feed_card.batch.update.js';

/** `im.app_feed_card.batch.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imAppFeedCardBatchUpdateDescriptor);
