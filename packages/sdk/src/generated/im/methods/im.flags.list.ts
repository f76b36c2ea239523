// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import { definePaged } from '../../../core/method.js';
import { imFlagsListDescriptor } from '../descriptors/im.flags.list.js';

/** `im.flags.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imFlagsListDescriptor);
