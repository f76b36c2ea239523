// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_items.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatMenuItemsPatchDescriptor } from '../descriptors/im.chat.menu_items.patch.js';

/** `im.chat.menu_items.patch` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatMenuItemsPatchDescriptor);
