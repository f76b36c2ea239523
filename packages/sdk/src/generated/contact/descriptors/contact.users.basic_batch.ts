// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/contact/resources/users.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/contact/v3/users/basic_batch` */
export const contactUsersBasicBatchDescriptor: MethodDescriptor = {
  id: 'contact.users.basic_batch',
  http: 'POST',
  path: '/open-apis/contact/v3/users/basic_batch',
  risk: 'read',
  identities: { user: { allOf: ['contact:user.basic_profile:readonly'] } },
  pathParams: {},
  query: { user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_ids: { type: 'array', required: true, minItems: 1, maxItems: 10, items: { type: 'string' } } },
  },
};
