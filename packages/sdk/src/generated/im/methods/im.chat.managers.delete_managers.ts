// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.managers.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatManagersDeleteManagersDescriptor } from '../descriptors/im.chat.managers.delete_managers.js';

/** `im.chat.managers.delete_managers` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatManagersDeleteManagersDescriptor);
