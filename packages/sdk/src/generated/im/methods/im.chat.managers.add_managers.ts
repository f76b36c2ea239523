// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.managers.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatManagersAddManagersDescriptor } from '../descriptors/im.chat.managers.add_managers.js';

/** `im.chat.managers.add_managers` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatManagersAddManagersDescriptor);
