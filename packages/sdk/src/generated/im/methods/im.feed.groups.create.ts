// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedGroupsCreateDescriptor } from '../descriptors/im.feed.groups.create.js';

/** `im.feed.groups.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedGroupsCreateDescriptor);
