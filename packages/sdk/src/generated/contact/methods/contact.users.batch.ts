// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/contact/resources/users.yaml

import { defineMethod } from '../../../core/method.js';
import { contactUsersBatchDescriptor } from '../descriptors/contact.users.batch.js';

/** `contact.users.batch` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(contactUsersBatchDescriptor);
