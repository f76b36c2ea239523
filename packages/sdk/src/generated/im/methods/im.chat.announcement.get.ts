// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.announcement.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatAnnouncementGetDescriptor } from '../descriptors/im.chat.announcement.get.js';

/** `im.chat.announcement.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatAnnouncementGetDescriptor);
