// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedGroupsUpdateDescriptor } from '../descriptors/im.feed.groups.update.js';

/** `im.feed.groups.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedGroupsUpdateDescriptor);
