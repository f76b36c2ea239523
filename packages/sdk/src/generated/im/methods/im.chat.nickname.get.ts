// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatNicknameGetDescriptor } from '../descriptors/im.chat.nickname.get.js';

/** `im.chat.nickname.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatNicknameGetDescriptor);
