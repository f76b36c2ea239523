// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import { defineMethod } from '../../../core/method.js';
import { imPinsDeleteDescriptor } from '../descriptors/im.pins.delete.js';

/** `im.pins.delete` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imPinsDeleteDescriptor);
