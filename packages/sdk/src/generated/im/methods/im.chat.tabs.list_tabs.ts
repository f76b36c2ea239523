// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatTabsListTabsDescriptor } from '../descriptors/im.chat.tabs.list_tabs.js';

/** `im.chat.tabs.list_tabs` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatTabsListTabsDescriptor);
