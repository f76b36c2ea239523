// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { definePaged } from '../../../core/method.js';
import { imFeedGroupsListDescriptor } from '../descriptors/im.feed.groups.list.js';

/** `im.feed.groups.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imFeedGroupsListDescriptor);
