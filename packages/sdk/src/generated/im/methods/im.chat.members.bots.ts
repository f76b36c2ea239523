// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { definePaged } from '../../../core/method.js';
import { imChatMembersBotsDescriptor } from '../descriptors/im.chat.members.bots.js';

/** `im.chat.members.bots` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatMembersBotsDescriptor);
