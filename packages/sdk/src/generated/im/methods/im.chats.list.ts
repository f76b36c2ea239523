// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { definePaged } from '../../../core/method.js';
import { imChatsListDescriptor } from '../descriptors/im.chats.list.js';

/** `im.chats.list` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatsListDescriptor);
