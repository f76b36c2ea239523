// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { definePaged } from '../../../core/method.js';
import { imFeedGroupsListItemDescriptor } from '../descriptors/im.feed.groups.list_item.js';

/** `im.feed.groups.list_item` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imFeedGroupsListItemDescriptor);
