// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import { defineMethod } from '../../../core/method.js';
import { imReactionsCreateDescriptor } from '../descriptors/im.reactions.create.js';

/** `im.reactions.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imReactionsCreateDescriptor);
