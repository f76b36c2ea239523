// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_cards.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedCardsBotTimeSentiveDescriptor } from '../descriptors/im.feed_cards.bot_time_sentive.js';

/** `im.feed_cards.bot_time_sentive` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedCardsBotTimeSentiveDescriptor);
