// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/contact/resources/users.yaml

import { defineMethod } from '../../../core/method.js';
import { contactUsersBasicBatchDescriptor } from '../descriptors/contact.users.basic_batch.js';

/** `contact.users.basic_batch` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(contactUsersBasicBatchDescriptor);
