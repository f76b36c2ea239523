// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.moderation.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatModerationUpdateDescriptor } from '../descriptors/im.chat.moderation.update.js';

/** `im.chat.moderation.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatModerationUpdateDescriptor);
