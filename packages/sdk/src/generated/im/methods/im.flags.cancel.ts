// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import { defineMethod } from '../../../core/method.js';
import { imFlagsCancelDescriptor } from '../descriptors/im.flags.cancel.js';

/** `im.flags.cancel` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFlagsCancelDescriptor);
