// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatMenuTreeGetDescriptor } from '../descriptors/im.chat.menu_tree.get.js';

/** `im.chat.menu_tree.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatMenuTreeGetDescriptor);
