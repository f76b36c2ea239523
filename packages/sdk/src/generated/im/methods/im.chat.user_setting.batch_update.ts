// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatUserSettingBatchUpdateDescriptor } from '../descriptors/im.chat.user_setting.batch_update.js';

/** `im.chat.user_setting.batch_update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatUserSettingBatchUpdateDescriptor);
