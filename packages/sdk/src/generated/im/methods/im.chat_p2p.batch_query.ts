// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat_p2p.yaml

import { defineMethod } from '../../../core/method.js';
import { imChatP2pBatchQueryDescriptor } from '../descriptors/im.chat_p2p.batch_query.js';

/** `im.chat_p2p.batch_query` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imChatP2pBatchQueryDescriptor);
