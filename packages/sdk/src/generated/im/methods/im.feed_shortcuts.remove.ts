// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedShortcutsRemoveDescriptor } from '../descriptors/im.feed_shortcuts.remove.js';

/** `im.feed_shortcuts.remove` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedShortcutsRemoveDescriptor);
