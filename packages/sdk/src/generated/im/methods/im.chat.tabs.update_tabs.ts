// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatTabsUpdateTabsDescriptor } from '../descriptors/im.chat.tabs.update_tabs.js';

/** `im.chat.tabs.update_tabs` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatTabsUpdateTabsDescriptor);
