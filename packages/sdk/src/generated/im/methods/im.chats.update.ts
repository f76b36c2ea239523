// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatsUpdateDescriptor } from '../descriptors/im.chats.update.js';

/** `im.chats.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatsUpdateDescriptor);
