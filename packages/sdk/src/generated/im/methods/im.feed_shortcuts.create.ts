// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import { defineMethod } from '../../../core/method.js';
import { imFeedShortcutsCreateDescriptor } from '../descriptors/im.feed_shortcuts.create.js';

/** `im.feed_shortcuts.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFeedShortcutsCreateDescriptor);
