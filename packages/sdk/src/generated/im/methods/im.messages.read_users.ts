// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { definePaged } from '../../../core/method.js';
import { imMessagesReadUsersDescriptor } from '../descriptors/im.messages.read_users.js';

/** `im.messages.read_users` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imMessagesReadUsersDescriptor);
