// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import { definePaged } from '../../../core/method.js';
import { imPinsListDescriptor } from '../descriptors/im.pins.list.js';

/** `im.pins.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imPinsListDescriptor);
