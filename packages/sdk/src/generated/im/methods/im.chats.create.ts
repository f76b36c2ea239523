// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatsCreateDescriptor } from '../descriptors/im.chats.create.js';

/** `im.chats.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatsCreateDescriptor);
