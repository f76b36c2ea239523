// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/files.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/files/{file_key}` */
export const imFilesGetDescriptor: MethodDescriptor = {
  id: 'im.files.get',
  http: 'GET',
  path: '/open-apis/im/v1/files/{file_key}',
  risk: 'read',
  identities: { bot: { anyOf: ['im:resource'] } },
  pathParams: { file_key: { type: 'string', required: true } },
  query: {},
  download: { contentTypes: [], range: true },
};
