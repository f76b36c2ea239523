// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { definePaged } from '../../../core/method.js';
import { imMessagesSearchDescriptor } from '../descriptors/im.messages.search.js';

/** `im.messages.search` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imMessagesSearchDescriptor);
