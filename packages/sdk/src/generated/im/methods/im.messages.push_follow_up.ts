// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesPushFollowUpDescriptor } from '../descriptors/im.messages.push_follow_up.js';

/** `im.messages.push_follow_up` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesPushFollowUpDescriptor);
