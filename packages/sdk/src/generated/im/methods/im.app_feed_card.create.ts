// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.yaml

import { defineMethod } from '../../../core/method.js';
import { imAppFeedCardCreateDescriptor } from '../descriptors/im.app_feed_card.create.js';

/** `im.app_feed_card.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imAppFeedCardCreateDescriptor);
