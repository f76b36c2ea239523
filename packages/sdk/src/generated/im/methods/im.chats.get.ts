// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatsGetDescriptor } from '../descriptors/im.chats.get.js';

/** `im.chats.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatsGetDescriptor);
