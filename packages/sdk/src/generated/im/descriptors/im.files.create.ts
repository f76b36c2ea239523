// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/files.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/files` */
export const imFilesCreateDescriptor: MethodDescriptor = {
  id: 'im.files.create',
  http: 'POST',
  path: '/open-apis/im/v1/files',
  risk: 'write',
  identities: { bot: { anyOf: ['im:resource'] }, user: { anyOf: ['im:resource'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'multipart',
    required: true,
    fields: {
      file_type: { type: 'string', required: true, enum: ['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream'] },
      file_name: { type: 'string', required: true },
      duration: { type: 'integer', minimum: 0 },
      file: { type: 'file', required: true, maxBytes: 31457280 },
    },
  },
};
