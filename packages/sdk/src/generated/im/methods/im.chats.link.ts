// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatsLinkDescriptor } from '../descriptors/im.chats.link.js';

/** `im.chats.link` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatsLinkDescriptor);
