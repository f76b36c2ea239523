// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.top_notice.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatTopNoticePutTopNoticeDescriptor } from '../descriptors/im.chat.top_notice.put_top_notice.js';

/** `im.chat.top_notice.put_top_notice` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatTopNoticePutTopNoticeDescriptor);
