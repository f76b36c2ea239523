// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_cards.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedCardsPatchDescriptor } from '../descriptors/im.feed_cards.patch.js';

/** `im.feed_cards.patch` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedCardsPatchDescriptor);
