// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { definePaged } from '../../../core/method.js';
import { imChatsSearchDescriptor } from '../descriptors/im.chats.search.js';

/** `im.chats.search` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatsSearchDescriptor);
