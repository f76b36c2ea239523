// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { definePaged } from '../../../core/method.js';
import { imMessagesListDescriptor } from '../descriptors/im.messages.list.js';

/** `im.messages.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imMessagesListDescriptor);
