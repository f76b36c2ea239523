// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatUserSettingBatchQueryDescriptor } from '../descriptors/im.chat.user_setting.batch_query.js';

/** `im.chat.user_setting.batch_query` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatUserSettingBatchQueryDescriptor);
