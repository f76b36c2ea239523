// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatMembersMeJoinDescriptor } from '../descriptors/im.chat.members.me_join.js';

/** `im.chat.members.me_join` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatMembersMeJoinDescriptor);
