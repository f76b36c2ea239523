// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { definePaged } from '../../../core/method.js';
import { imChatsSearchV2Descriptor } from '../descriptors/im.chats.search_v2.js';

/** `im.chats.search_v2` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ definePaged(imChatsSearchV2Descriptor);
