// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatMembersIsInChatDescriptor } from '../descriptors/im.chat.members.is_in_chat.js';

/** `im.chat.members.is_in_chat` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatMembersIsInChatDescriptor);
