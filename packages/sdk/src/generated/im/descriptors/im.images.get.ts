// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/images.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `GET /open-apis/im/v1/images/{image_key}` */
export const imImagesGetDescriptor: MethodDescriptor = {
  id: 'im.images.get',
  http: 'GET',
  path: '/open-apis/im/v1/images/{image_key}',
  risk: 'read',
  identities: { bot: { anyOf: ['im:resource'] } },
  pathParams: { image_key: { type: 'string', required: true } },
  query: {},
  download: { contentTypes: [], range: true },
};
