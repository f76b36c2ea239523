// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatMembersDeleteDescriptor } from '../descriptors/im.chat.members.delete.js';

/** `im.chat.members.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatMembersDeleteDescriptor);
