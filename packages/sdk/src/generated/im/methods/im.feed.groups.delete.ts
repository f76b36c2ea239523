// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedGroupsDeleteDescriptor } from '../descriptors/im.feed.groups.delete.js';

/** `im.feed.groups.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedGroupsDeleteDescriptor);
