// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import { definePaged } from '../../../core/method.js';
import { imReactionsListDescriptor } from '../descriptors/im.reactions.list.js';

/** `im.reactions.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imReactionsListDescriptor);
