// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import { defineMethod } from '../../../core/method.js';
import { imReactionsBatchQueryDescriptor } from '../descriptors/im.reactions.batch_query.js';

/** `im.reactions.batch_query` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imReactionsBatchQueryDescriptor);
