// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.announcement.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatAnnouncementPatchDescriptor } from '../descriptors/im.chat.announcement.patch.js';

/** `im.chat.announcement.patch` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatAnnouncementPatchDescriptor);
