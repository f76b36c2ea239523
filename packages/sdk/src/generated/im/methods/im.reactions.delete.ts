// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import { defineMethod } from '../../../core/method.js';
import { imReactionsDeleteDescriptor } from '../descriptors/im.reactions.delete.js';

/** `im.reactions.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imReactionsDeleteDescriptor);
