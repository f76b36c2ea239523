// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/images.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/images` */
export const imImagesCreateDescriptor: MethodDescriptor = {
  id: 'im.images.create',
  http: 'POST',
  path: '/open-apis/im/v1/images',
  risk: 'write',
  identities: { bot: { anyOf: ['im:resource'] }, user: { anyOf: ['im:resource'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'multipart',
    required: true,
    fields: {
      image_type: { type: 'string', required: true, enum: ['message', 'avatar'] },
      image: { type: 'file', required: true, maxBytes: 10485760 },
    },
  },
};
