// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatTabsCreateDescriptor } from '../descriptors/im.chat.tabs.create.js';

/** `im.chat.tabs.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatTabsCreateDescriptor);
