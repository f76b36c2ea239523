// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imBatchMessagesGetProgressDescriptor } from '../descriptors/im.batch_messages.get_progress.js';

/** `im.batch_messages.get_progress` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imBatchMessagesGetProgressDescriptor);
