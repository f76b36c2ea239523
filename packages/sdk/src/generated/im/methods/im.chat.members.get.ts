// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { definePaged } from '../../../core/method.js';
import { imChatMembersGetDescriptor } from '../descriptors/im.chat.members.get.js';

/** `im.chat.members.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatMembersGetDescriptor);
