// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imBatchMessagesReadUserDescriptor } from '../descriptors/im.batch_messages.read_user.js';

/** `im.batch_messages.read_user` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imBatchMessagesReadUserDescriptor);
