// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatMembersCreateDescriptor } from '../descriptors/im.chat.members.create.js';

/** `im.chat.members.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatMembersCreateDescriptor);
