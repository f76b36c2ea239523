// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/threads.yaml

import { defineMethod } from '../../../core/method.js';
import { imThreadsForwardDescriptor } from '../descriptors/im.threads.forward.js';

/** `im.threads.forward` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imThreadsForwardDescriptor);
