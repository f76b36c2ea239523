// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatNicknameDeleteDescriptor } from '../descriptors/im.chat.nickname.delete.js';

/** `im.chat.nickname.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatNicknameDeleteDescriptor);
