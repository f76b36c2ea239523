// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.moderation.yaml

import { definePaged } from '../../../core/method.js';
import { imChatModerationGetDescriptor } from '../descriptors/im.chat.moderation.get.js';

/** `im.chat.moderation.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatModerationGetDescriptor);
