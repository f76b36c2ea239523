// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat_button.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatButtonUpdateDescriptor } from '../descriptors/im.chat_button.update.js';

/** `im.chat_button.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatButtonUpdateDescriptor);
