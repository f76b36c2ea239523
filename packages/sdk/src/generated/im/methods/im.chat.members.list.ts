// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { definePaged } from '../../../core/method.js';
import { imChatMembersListDescriptor } from '../descriptors/im.chat.members.list.js';

/** `im.chat.members.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatMembersListDescriptor);
