// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import { defineMethod } from '../../../core/method.js';
import { imPinsCreateDescriptor } from '../descriptors/im.pins.create.js';

/** `im.pins.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imPinsCreateDescriptor);
