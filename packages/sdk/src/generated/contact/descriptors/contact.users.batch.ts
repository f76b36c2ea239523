// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/contact/resources/users.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/contact/v3/users/batch` */
export const contactUsersBatchDescriptor: MethodDescriptor = {
  id: 'contact.users.batch',
  http: 'GET',
  path: '/open-apis/contact/v3/users/batch',
  risk: 'read',
  identities: { bot: { allOf: ['contact:user.base:readonly'] }, user: { anyOf: ['contact:user.base:readonly'] } },
  pathParams: {},
  query: {
    user_ids: { type: 'string', required: true, repeated: true, minItems: 1, maxItems: 50 },
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
    department_id_type: { type: 'string', enum: ['open_department_id', 'department_id'] },
  },
};
