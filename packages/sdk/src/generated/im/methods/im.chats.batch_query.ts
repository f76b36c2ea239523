// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatsBatchQueryDescriptor } from '../descriptors/im.chats.batch_query.js';

/** `im.chats.batch_query` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatsBatchQueryDescriptor);
