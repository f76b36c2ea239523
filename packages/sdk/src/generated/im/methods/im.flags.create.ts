// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import { defineMethod } from '../../../core/method.js';
import { imFlagsCreateDescriptor } from '../descriptors/im.flags.create.js';

/** `im.flags.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imFlagsCreateDescriptor);
