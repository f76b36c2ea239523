// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imBatchMessagesDeleteDescriptor } from '../descriptors/im.batch_messages.delete.js';

/** `im.batch_messages.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imBatchMessagesDeleteDescriptor);
