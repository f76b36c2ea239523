// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatNicknameUpdateDescriptor } from '../descriptors/im.chat.nickname.update.js';

/** `im.chat.nickname.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatNicknameUpdateDescriptor);
